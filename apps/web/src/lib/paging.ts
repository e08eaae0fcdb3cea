/** A connection's next-page cursor, or null at its end (server and client alike). */
export function nextCursorOf(pageInfo: { hasNextPage: boolean; endCursor?: string | null }): string | null {
  return pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null;
}
