import { generateTrackingNumber, type TrackingNumber } from '../../domain/tracking-number.js';
import { isUniqueViolation } from '../../store/case-store.js';
import type { AppContext } from '../context.js';

/** How often to draw a new number after a collision; with 27.5 billion numbers, one retry is rare. */
const ATTEMPTS = 5;

/**
 * Runs `store` with a newly drawn tracking number. Two instances may draw the same number at
 * once; the database's unique constraint refuses the second, which draws again.
 */
export async function withFreshTrackingNumber<T>(
  ctx: AppContext,
  prefix: string,
  store: (trackingNumber: TrackingNumber) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store(generateTrackingNumber(prefix, ctx.randomIndex));
    } catch (error) {
      if (attempt < ATTEMPTS && isUniqueViolation(error, 'complaint_case_tracking_number_key')) continue;
      throw error;
    }
  }
}
