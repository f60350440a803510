/**
 * Tracking numbers (C6): what a customer reads aloud over the phone, e.g. `RDX-7K4M-9QX2`.
 *
 * - The alphabet leaves out 0/O and 1/I/L, which people confuse when reading or listening.
 * - It has 31 symbols, a prime, so a weighted sum modulo 31 as the last character catches every
 *   single wrong character and every swap of two neighbouring characters before any lookup.
 * - The seven other characters are random (31^7 ≈ 27.5 billion), so numbers are neither
 *   sequential nor guessable; uniqueness is the database's job (a unique constraint and a retry).
 */

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = TRACKING_ALPHABET.length;
const RANDOM_LENGTH = 7;
const PREFIX_PATTERN = /^[A-Z]{2,6}$/;

export const DEFAULT_TRACKING_PREFIX = 'RDX';

/** A tracking number in its one canonical spelling. */
export type TrackingNumber = string & { readonly __brand: 'TrackingNumber' };

export type TrackingNumberProblem = 'TRACKING_NUMBER_MALFORMED' | 'TRACKING_NUMBER_CHECK_FAILED';

export type ParsedTrackingNumber =
  | { ok: true; value: TrackingNumber }
  | { ok: false; problem: TrackingNumberProblem };

export function isValidTrackingPrefix(prefix: string): boolean {
  return PREFIX_PATTERN.test(prefix);
}

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Weights 1..n differ by one between neighbours, and 31 is prime, so a swap always changes the sum.
    sum += (i + 1) * TRACKING_ALPHABET.indexOf(body.charAt(i));
  }
  return TRACKING_ALPHABET.charAt(sum % BASE);
}

/**
 * Makes a new tracking number. `randomIndex(n)` returns an integer in [0, n): pass
 * `crypto.randomInt` in production, a seeded function in tests.
 */
export function generateTrackingNumber(prefix: string, randomIndex: (n: number) => number): TrackingNumber {
  if (!isValidTrackingPrefix(prefix)) {
    throw new RangeError(`tracking-number prefix must be 2 to 6 capital letters, got "${prefix}"`);
  }
  let body = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) body += TRACKING_ALPHABET.charAt(randomIndex(BASE));
  const full = body + checkCharacter(body);
  return `${prefix}-${full.slice(0, 4)}-${full.slice(4)}` as TrackingNumber;
}

/**
 * Reads what a person typed: any case, spaces or dashes anywhere. Refuses a wrong check
 * character before anything is looked up.
 */
export function parseTrackingNumber(input: string): ParsedTrackingNumber {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const match = /^([A-Z]{2,6}?)([2-9A-Z]{8})$/.exec(compact);
  if (!match) return { ok: false, problem: 'TRACKING_NUMBER_MALFORMED' };
  const prefix = match[1] as string;
  const full = match[2] as string;
  if ([...full].some((c) => !TRACKING_ALPHABET.includes(c))) {
    return { ok: false, problem: 'TRACKING_NUMBER_MALFORMED' };
  }
  if (checkCharacter(full.slice(0, RANDOM_LENGTH)) !== full.charAt(RANDOM_LENGTH)) {
    return { ok: false, problem: 'TRACKING_NUMBER_CHECK_FAILED' };
  }
  return { ok: true, value: `${prefix}-${full.slice(0, 4)}-${full.slice(4)}` as TrackingNumber };
}
