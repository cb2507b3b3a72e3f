// Many small file operations, a bounded number at a time: 10,000 files at once exhaust the open-file limit.
/** `fn` for every item, `parallel` at a time. */
export async function forEachBounded<T>(items: readonly T[], parallel: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}
