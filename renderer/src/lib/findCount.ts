/** The find bar's count: "3 of 17", "No matches", or nothing before anything is typed. */
export function findCountText(query: string, count: number, current: number, truncated: boolean): string {
  if (query.trim() === '') return '';
  if (count === 0) return 'No matches';
  return `${(current + 1).toLocaleString()} of ${count.toLocaleString()}${truncated ? '+' : ''}`;
}
