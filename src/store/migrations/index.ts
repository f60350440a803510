import * as m001 from './001-foundation.js';
import * as m002 from './002-staff-sessions.js';
import * as m003 from './003-intake.js';
import * as m004 from './004-staff-console.js';
import * as m005 from './005-customer-access.js';
import * as m006 from './006-ccts-eligibility.js';
import * as m007 from './007-staff-shown-to-customers.js';
import * as m008 from './008-commitment-alarms.js';
import * as m009 from './009-ombudsman-notice.js';
import * as m010 from './010-ombudsman-cases.js';
import * as m011 from './011-policies.js';
import * as m012 from './012-ombudsman-letters.js';
import * as m013 from './013-calendars-and-urgency.js';
import * as m014 from './014-alarm-check.js';
import * as m015 from './015-correspondence.js';

export interface Migration {
  /** Numbered, forward-only: a shipped migration is never edited, a change is a new number. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m001.sql },
  { version: 2, name: 'staff sessions', sql: m002.sql },
  { version: 3, name: 'intake', sql: m003.sql },
  { version: 4, name: 'staff console', sql: m004.sql },
  { version: 5, name: 'customer access', sql: m005.sql },
  { version: 6, name: 'ccts eligibility', sql: m006.sql },
  { version: 7, name: 'staff shown to customers', sql: m007.sql },
  { version: 8, name: 'commitment alarms', sql: m008.sql },
  { version: 9, name: 'ombudsman notice', sql: m009.sql },
  { version: 10, name: 'ombudsman cases', sql: m010.sql },
  { version: 11, name: 'policies', sql: m011.sql },
  { version: 12, name: 'ombudsman letters', sql: m012.sql },
  { version: 13, name: 'calendars and urgency', sql: m013.sql },
  { version: 14, name: 'alarm check', sql: m014.sql },
  { version: 15, name: 'correspondence', sql: m015.sql },
];
