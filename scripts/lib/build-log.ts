/**
 * The lines the publishing build prints about its steps and its PDFs, written and read here
 * together: `npm run build` and scripts/pdf.ts write them for editors (in Chinese), and the
 * benchmark reads them back, so a change of wording cannot leave the reader behind.
 */

/** "build：<what was done> 用时 N 秒"; a command is followed by a space, work's own words are not. */
export const stepLine = (done: string, isCommand: boolean, seconds: number) =>
  `build：${done}${isCommand ? ' ' : ''}用时 ${seconds.toFixed(1)} 秒`;

/** One rendered PDF: "pdf：<file>  <KB> KB  <s> 秒". */
export const pdfFileLine = (file: string, bytes: number, seconds: number) =>
  `pdf：${file}  ${(bytes / 1024).toFixed(0)} KB  ${seconds.toFixed(1)} 秒`;

export interface PdfCounts {
  all: number;
  rendered: number;
  reused: number;
}

/** The PDF step's closing line. */
export const pdfSummaryLine = (
  { all, rendered, reused }: PdfCounts,
  cacheFolder: string,
  megabytes: number,
  seconds: number,
) =>
  `pdf：共 ${all} 个 PDF，新生成 ${rendered} 个，取自缓存（${cacheFolder}/）${reused} 个；共 ${megabytes.toFixed(1)} MB，用时 ${seconds.toFixed(1)} 秒`;

/** The steps of scripts/lib/publish-steps.ts, as their lines name them. */
const STEPS: [string, RegExp][] = [
  ['check', /check\.ts $/],
  ['site', /astro build .*--outDir \S+ $/],
  ['pdf', /pdf\.ts .* $/],
  ['cards', /cards\.ts .* $/],
  ['finish', /^完成页面/],
  ['search', /pagefind .* $/],
];

export interface BuildLog {
  /** Seconds per step. */
  phases: Record<string, number>;
  pdfs: PdfCounts;
  /** The PDFs this build rendered (not reused), by file name, sorted. */
  renderedFiles: string[];
}

export function readBuildLog(output: string): BuildLog {
  const phases: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const step = /^build：(.*)用时 ([\d.]+) 秒$/.exec(line);
    const name = step && STEPS.find(([, pattern]) => pattern.test(step[1]!))?.[0];
    if (name) phases[name] = Number(step[2]);
  }
  const counts = /pdf：共 (\d+) 个 PDF，新生成 (\d+) 个，取自缓存（[^）]*）(\d+) 个/.exec(output);
  return {
    phases,
    pdfs: { all: Number(counts?.[1]), rendered: Number(counts?.[2]), reused: Number(counts?.[3]) },
    renderedFiles: [...output.matchAll(/^pdf：(\S+\.pdf) {2}\d+ KB/gm)].map((m) => m[1]!).sort(),
  };
}
