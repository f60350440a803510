import { AUSTRALIAN_TIME_ZONES, REGION_TIME_ZONES } from './region.js';

/**
 * Intl formats are costly to build (about 60 µs each) and cheap to use (about 1 µs), and every
 * filing formats dates in its customer's zone. The zones are known in advance — one per region we
 * serve, London and UTC — so each table is built once, when the module loads, and never changes
 * afterwards: no memo to grow, nothing shared that anyone writes to. A zone outside the list (none
 * today) still works; its format is built on every call.
 */
export const KNOWN_TIME_ZONES: readonly string[] = [
  ...new Set([
    ...Object.values(REGION_TIME_ZONES),
    ...Object.values(AUSTRALIAN_TIME_ZONES),
    'Europe/London',
    'UTC',
  ]),
];

export interface ZoneFormats {
  readonly byZone: ReadonlyMap<string, Intl.DateTimeFormat>;
  readonly make: (timeZone: string) => Intl.DateTimeFormat;
}

/** One format per known zone, built now. */
export function zoneFormats(make: (timeZone: string) => Intl.DateTimeFormat): ZoneFormats {
  return { byZone: new Map(KNOWN_TIME_ZONES.map((zone) => [zone, make(zone)])), make };
}

export function zoneFormat(formats: ZoneFormats, timeZone: string): Intl.DateTimeFormat {
  return formats.byZone.get(timeZone) ?? formats.make(timeZone);
}
