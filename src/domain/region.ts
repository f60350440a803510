/** Canada's provinces and territories, with the time zone that decides a customer's local date. */
export const CANADIAN_REGIONS = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type CanadianRegion = (typeof CANADIAN_REGIONS)[number];

/**
 * One zone per region: where a region spans several (NU, and parts of BC, ON, QC), the zone of its
 * capital and most of its people. A complaint received at 23:30 in Toronto is received on that
 * Toronto date, whatever the server's clock says.
 */
export const REGION_TIME_ZONES: Readonly<Record<CanadianRegion, string>> = {
  AB: 'America/Edmonton',
  BC: 'America/Vancouver',
  MB: 'America/Winnipeg',
  NB: 'America/Moncton',
  NL: 'America/St_Johns',
  NS: 'America/Halifax',
  NT: 'America/Yellowknife',
  NU: 'America/Iqaluit',
  ON: 'America/Toronto',
  PE: 'America/Halifax',
  QC: 'America/Toronto',
  SK: 'America/Regina',
  YT: 'America/Whitehorse',
};

export function isCanadianRegion(value: unknown): value is CanadianRegion {
  return typeof value === 'string' && (CANADIAN_REGIONS as readonly string[]).includes(value);
}

/** Australia's states and territories (ISO 3166-2:AU), for the ACMA policy. */
export const AUSTRALIAN_REGIONS = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'] as const;
export type AustralianRegion = (typeof AUSTRALIAN_REGIONS)[number];

/** The United Kingdom's nations (as `date-holidays` names them), for the Ofcom policy. */
export const UK_REGIONS = ['ENG', 'NIR', 'SCT', 'WLS'] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

export const AUSTRALIAN_TIME_ZONES: Readonly<Record<AustralianRegion, string>> = {
  ACT: 'Australia/Sydney',
  NSW: 'Australia/Sydney',
  NT: 'Australia/Darwin',
  QLD: 'Australia/Brisbane',
  SA: 'Australia/Adelaide',
  TAS: 'Australia/Hobart',
  VIC: 'Australia/Melbourne',
  WA: 'Australia/Perth',
};

export const COUNTRIES = ['CA', 'AU', 'GB'] as const;
export type Country = (typeof COUNTRIES)[number];
