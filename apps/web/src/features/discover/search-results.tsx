'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { SearchFilter, SearchQuery as SearchData } from '@/gql/graphql';
import { KIND_LABEL } from '@/lib/format';
import { TimeAgo } from '@/components/time-ago';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from '@/components/avatar';
import { FormError } from '@/components/form-error';
import { VerifiedBadge } from '@/components/icons';
import { Highlighted } from './highlighted';
import { SearchQuery } from './discover.graphql';
import './discover.css';

type Edge = SearchData['search']['edges'][number];

/** Search results with highlighted titles and snippets; "More results" pages by cursor. */
export function SearchResults({
  query,
  filter,
  initial,
}: {
  query: string;
  filter: SearchFilter | null;
  initial: SearchData['search'];
}) {
  const [edges, setEdges] = useState<Edge[]>(initial.edges);
  const [pageInfo, setPageInfo] = useState(initial.pageInfo);
  const [isLoading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const more = async () => {
    setLoading(true);
    try {
      const { search } = await queryBrowser(SearchQuery, {
        variables: { query, after: pageInfo.endCursor ?? null, filter },
      });
      setEdges((list) => [...list, ...search.edges]);
      setPageInfo(search.pageInfo);
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setLoading(false);
    }
  };

  if (edges.length === 0) {
    return (
      <p className="empty-note">
        Nothing matches “{query}”{filter ? ' with these filters' : ''}. Try fewer words
        {filter ? ', fewer filters' : ''}, or “a phrase in quotes”.
      </p>
    );
  }

  return (
    <>
      <ol className="results-list" aria-label={`Results for ${query}`}>
        {edges.map(({ node, highlight }) => {
          const when = node.publishedAt;
          return (
            <li key={node.id} className="hit card">
              <p className="hit__source muted">
                <Avatar name={node.source.title} src={node.source.imageUrl} size="xs" square />
                <Link href={`/sources/${node.source.id}`}>{node.source.title}</Link>
                {node.source.isVerified || node.isVerified ? <VerifiedBadge label="Verified source" /> : null}
                <span>· {KIND_LABEL[node.source.kind]}</span>
                {when ? (
                  <span>· <TimeAgo iso={when} isPosted /></span>
                ) : null}
              </p>
              <h2 className="hit__title">
                <Link href={`/entries/${node.id}`}>
                  {highlight.title ? <Highlighted html={highlight.title} /> : node.title || 'Untitled post'}
                </Link>
              </h2>
              {highlight.snippet ? (
                <p className="hit__snippet">
                  <Highlighted html={highlight.snippet} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <FormError message={error} />
      {pageInfo.hasNextPage ? (
        <div className="pager">
          <button
            type="button"
            className="button button--quiet"
            disabled={isLoading}
            onClick={() => void more()}
          >
            {isLoading ? 'Loading…' : 'More results'}
          </button>
        </div>
      ) : null}
    </>
  );
}
