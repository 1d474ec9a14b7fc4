// Which page numbers Pagination shows. Pure: also usable on the server, from @aukio/react/server.

/** The page numbers to show, with `'ellipsis'` where pages are left out. Always shows the first and last page. */
export function pageRange(page: number, pageCount: number, siblingCount = 1): Array<number | 'ellipsis'> {
  const slots = siblingCount * 2 + 5;
  const all = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (pageCount <= slots) return all(1, pageCount);
  const left = Math.max(page - siblingCount, 1);
  const right = Math.min(page + siblingCount, pageCount);
  const leftGap = left > 3;
  const rightGap = right < pageCount - 2;
  const edge = 3 + 2 * siblingCount;
  if (!leftGap) return [...all(1, edge), 'ellipsis', pageCount];
  if (!rightGap) return [1, 'ellipsis', ...all(pageCount - edge + 1, pageCount)];
  return [1, 'ellipsis', ...all(left, right), 'ellipsis', pageCount];
}
