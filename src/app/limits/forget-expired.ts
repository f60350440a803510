import { forgetOldIdempotencyRecords } from '../../store/idempotency-store.js';
import { forgetOldCounters } from '../../store/rate-limit-store.js';
import { forgetSignInFailures } from '../../store/sign-in-failure-store.js';
import type { AppContext } from '../context.js';

const DAY_MS = 24 * 3600 * 1000;

/** Rate-limit windows, idempotency keys and failed sign-ins older than a day have served their purpose. */
export async function forgetExpired(ctx: AppContext): Promise<void> {
  const before = new Date(ctx.clock().getTime() - DAY_MS);
  await forgetOldCounters(ctx.db, before);
  await forgetOldIdempotencyRecords(ctx.db, before);
  await forgetSignInFailures(ctx.db, before);
}
