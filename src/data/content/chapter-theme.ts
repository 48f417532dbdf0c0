/**
 * The report's metaphor: 绿之根 (root), 绿之茎 (stem), 绿之叶 (leaf), 绿之花 (flower), 绿之果 (fruit).
 * A chapter titled "绿之根·降碳管理" takes the root's colours; other chapters the report's own green.
 */
export type ChapterTheme = 'root' | 'stem' | 'leaf' | 'flower' | 'fruit' | 'plain';

const THEMES: Record<string, ChapterTheme> = {
  绿之根: 'root',
  绿之茎: 'stem',
  绿之叶: 'leaf',
  绿之花: 'flower',
  绿之果: 'fruit',
};

/** Splits "绿之根·降碳管理" into its emblem "绿之根" and its name "降碳管理". */
export function splitChapterTitle(title: string): { emblem: string | undefined; name: string } {
  const [first, ...rest] = title.split('·');
  return rest.length > 0
    ? { emblem: first, name: rest.join('·') }
    : { emblem: undefined, name: title };
}

export function chapterTheme(title: string): ChapterTheme {
  const { emblem } = splitChapterTitle(title);
  return (emblem && THEMES[emblem]) || 'plain';
}
