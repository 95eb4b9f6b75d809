/** `close()` may be called by a test and by its harness: the second call waits for the first. */
export function once(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= run());
}
