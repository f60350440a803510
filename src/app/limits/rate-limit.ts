import { countHit } from '../../store/rate-limit-store.js';
import type { AppContext } from '../context.js';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed-window limit kept in the database, so every instance counts the same hits. `limit` of
 * 0 switches it off.
 */
export async function checkRateLimit(
  ctx: AppContext,
  bucket: string,
  limit: number,
  windowMs: number,
): Promise<RateDecision> {
  if (limit <= 0) return { allowed: true };
  const now = ctx.clock().getTime();
  const windowStart = now - (now % windowMs);
  const hits = await countHit(ctx.db, bucket, new Date(windowStart));
  if (hits <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
}
