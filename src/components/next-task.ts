/**
 * A promise settled in a task of its own. Work that follows a large module's arrival (Chart.js,
 * Pagefind) continues there, in short tasks, so the page can answer the reader between them.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
