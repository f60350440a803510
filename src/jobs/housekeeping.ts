import type { AppContext } from '../app/context.js';
import { forgetExpired } from '../app/limits/forget-expired.js';

/** Periodic clean-up that keeps small tables small. Safe to run on several instances at once. */
export function startHousekeeping(
  ctx: AppContext,
  log: { warn(obj: object, msg: string): void },
  everyMs = 10 * 60_000,
): { stop(): void } {
  const timer = setInterval(() => {
    forgetExpired(ctx).catch((error: unknown) => {
      log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'housekeeping failed');
    });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
