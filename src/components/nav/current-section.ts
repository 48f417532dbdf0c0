/**
 * The section being read: the last heading (in document order) whose top is at or above the
 * reading line, given each heading's distance from the viewport's top; -1 before the first one.
 */
export function currentIndex(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
