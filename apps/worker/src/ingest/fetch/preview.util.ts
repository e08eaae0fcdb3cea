/**
 * A page's items newest first, whatever order the document lists them in (many feeds list oldest first),
 * so a preview shows what the source posts now. Undated items keep their document order after the dated ones.
 */
export function newestFirst<T extends { publishedAt?: Date | null }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, at: item.publishedAt?.getTime() }))
    .sort((a, b) => {
      if (a.at !== undefined && b.at !== undefined && a.at !== b.at) return b.at - a.at;
      if (a.at === undefined && b.at !== undefined) return 1;
      if (b.at === undefined && a.at !== undefined) return -1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
