import { recentSignInFailures } from '../../store/sign-in-failure-store.js';
import type { AppContext } from '../context.js';

/** After this many failures for one account or one client address within the window… */
export const SIGN_IN_FAILURE_LIMIT = 10;
/** …further attempts are refused until the window has passed the oldest of them. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Whether a sign-in may be tried now. A sliding window kept in the database, so several instances
 * count the same failures; it holds password guessing to a few dozen tries an hour per account.
 */
export async function signInRetryAfter(
  ctx: AppContext,
  email: string,
  clientAddress: string,
): Promise<number | undefined> {
  const now = ctx.clock().getTime();
  const failures = await recentSignInFailures(
    ctx.db,
    email,
    clientAddress,
    new Date(now - SIGN_IN_WINDOW_MS),
  );
  let reopensAt = 0;
  for (const times of [failures.forAccount, failures.forAddress]) {
    if (times.length < SIGN_IN_FAILURE_LIMIT) continue;
    // Newest first: when the LIMIT-th newest failure leaves the window, one more try is allowed.
    const decisive = times[SIGN_IN_FAILURE_LIMIT - 1];
    if (decisive) reopensAt = Math.max(reopensAt, decisive.getTime() + SIGN_IN_WINDOW_MS);
  }
  return reopensAt > now ? Math.max(1, Math.ceil((reopensAt - now) / 1000)) : undefined;
}
