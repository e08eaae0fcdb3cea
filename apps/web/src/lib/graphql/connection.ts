// The shape of a Relay connection as the web app reads one (../shared/API.md: unbounded lists).
export type PageInfo = { hasNextPage: boolean; endCursor?: string | null };
export type Connection<Node> = { edges: { node: Node }[]; pageInfo: PageInfo };
