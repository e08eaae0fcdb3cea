import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EntryObject } from '../../entries/dto/entry.object.js';
import { TimelineView } from '../../timeline/dto/timeline-filter.input.js';
import { PageInfo } from '../../../graphql/connection.js';

@InputType({ description: 'Narrows a search. Every field is optional; they combine with AND.' })
export class SearchFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries of this source.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries whose author contains this text (case-insensitive).' })
  author?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries that sort at or after this instant (Entry.sortAt).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries that sort before this instant (Entry.sortAt).' })
  to?: Date | null;

  @Field(() => TimelineView, { nullable: true, defaultValue: TimelineView.ALL, description: 'Kinds of entries, as in the timeline.' })
  view?: TimelineView | null;
}

@ObjectType({
  description:
    'Why an entry matched, as HTML that contains only text and <mark>…</mark> around the matched words (everything else is escaped). Render it as HTML.',
})
export class SearchHighlight {
  @Field({ description: 'The whole title with matches marked.' })
  title!: string;

  @Field({ description: 'Up to two fragments of the summary/content around the matches, joined by " … "; empty when only the title matched.' })
  snippet!: string;
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor!: string;

  @Field(() => EntryObject)
  node!: EntryObject;

  @Field(() => SearchHighlight)
  highlight!: SearchHighlight;

  @Field(() => Float, { description: 'Relevance: 1 + rank when every searched word is in the title, else rank (0 ≤ rank < 1). Results come in descending order.' })
  score!: number;
}

@ObjectType({ description: 'Search results, most relevant first (title matches before the rest, then newer first).' })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
