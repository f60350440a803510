/**
 * Ends a PostgreSQL server as gently as it allows: a fast shutdown (SIGINT: sessions end, a
 * checkpoint is written), then an immediate one (SIGQUIT: crash recovery at the next start), then
 * SIGKILL. Resolves true once it has ended, false if even SIGKILL did not end it in time.
 */
export async function stopInSteps(
  signal: (name: NodeJS.Signals) => void,
  endedWithin: (ms: number) => Promise<boolean>,
  fastShutdownMs = 60_000,
): Promise<boolean> {
  for (const [name, waitMs] of [
    ['SIGINT', fastShutdownMs],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      signal(name);
    } catch {
      // already gone
    }
    if (await endedWithin(waitMs)) return true;
  }
  return false;
}
