/// <reference types="node" />
/**
 * Runs `work` over `items`, at most `limit` at a time, results in item
 * order: the CLI's polite concurrency for per-job detail requests (BambooHR,
 * Workday), so a board of hundreds of jobs is not hundreds of requests at once.
 */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
