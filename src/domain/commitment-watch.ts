import {
  addCalendarDays,
  type CalendarRegion,
  type ClosedDays,
  isBusinessDay,
  type LocalDate,
  localDateIn,
  nextDate,
  timeZoneOf,
} from './business-calendar.js';
import type { CaseStatus } from './case-lifecycle.js';
import { zoneFormat, zoneFormats } from './zone-formats.js';

/**
 * Which promised dates of an open case are watched, and what is due when (C7, C8, C9). Pure: the
 * sweep in `src/jobs/` asks this module what is due at "now" and records each answer at most once
 * per (case, commitment, due date, kind) — a unique key in the database — so asking twice, from two
 * instances or after a crash, never does a step twice.
 */

/**
 * `response`: the date of the outcome promised (at acknowledgement, or by an escalation);
 * `next_update`: C7; the two `ombudsman_*`: the provider's deadlines in a case the ombudsman
 * forwarded (C10).
 */
export const COMMITMENTS = [
  'response',
  'next_update',
  'ombudsman_objection',
  'ombudsman_report',
  /** C10: the letter naming the ombudsman, where the policy sends it weeks after receipt. */
  'ombudsman_notice',
] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const ALARM_KINDS = [
  /** To the owner, a configurable time before the due moment. */
  'reminder',
  /** The moment passed without the promise being kept: recorded, and the owner's manager is told. */
  'breach',
  /** An update fell due and nobody wrote: the customer gets a short progress notice (a setting). */
  'progress_notice',
  /** One business day before the expected date: the owner must send a delay notice or the outcome. */
  'delay_task',
  /** The expected date passed with neither: the customer is told automatically. */
  'automatic_delay_notice',
  /** The policy's weeks after receipt passed without resolution: the customer gets the ombudsman letter. */
  'automatic_ombudsman_notice',
] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

export interface DueAlarm {
  commitment: Commitment;
  /** The promised date this alarm is about; a new date (after a delay notice) is a new promise. */
  dueOn: LocalDate;
  kind: AlarmKind;
}

export interface WatchedCase {
  status: CaseStatus;
  expectedResponseBy: LocalDate | null;
  nextUpdateBy: LocalDate | null;
  /** The customer's calendar (their region, else the organisation's default). */
  calendar: CalendarRegion;
  /** C10: the day the ombudsman letter is due by the policy (weeks after receipt), if it is still owed. */
  ombudsmanNoticeDueOn?: LocalDate | null;
}

export interface WatchSettings {
  /** How long before a due moment the owner is reminded. */
  reminderHoursBefore: number;
  /** Whether a missed update sends the customer an automatic progress notice. */
  automaticProgressNotice: boolean;
  closed: ClosedDays;
}

/** While a case is in one of these, the provider owes the customer an answer and updates. */
export const WATCHED_STATUSES: readonly CaseStatus[] = [
  'acknowledged',
  'investigating',
  'waiting_for_customer',
  'escalated',
];

/** Where the weeks-after-receipt letter can still be owed. */
export const LETTER_STATUSES: readonly CaseStatus[] = [...WATCHED_STATUSES, 'outcome_given'];

const HOUR_MS = 3_600_000;

/** The instant a local date begins in a time zone (DST-safe: the offset is read at that instant). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let start = guess;
  for (let i = 0; i < 2; i++) start = guess - offsetMs(new Date(start), timeZone);
  return new Date(start);
}

const OFFSET_FORMATS = zoneFormats(
  (timeZone) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
);

/** Local wall-clock time minus UTC at an instant, in ms. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = zoneFormat(OFFSET_FORMATS, timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A promise for date D is kept if met by the end of D in the customer's time zone. */
export function dueMoment(date: LocalDate, calendar: CalendarRegion): Date {
  return startOfLocalDay(nextDate(date), timeZoneOf(calendar));
}

/** The business day before a date (the day the delay notice is due). */
export function previousBusinessDay(
  date: LocalDate,
  calendar: CalendarRegion,
  closed: ClosedDays,
): LocalDate {
  let day = previousDate(date);
  for (let i = 0; i < 60 && !isBusinessDay(day, calendar, closed); i++) day = previousDate(day);
  return day;
}

const previousDate = (date: LocalDate): LocalDate => addCalendarDays(date, -1);

/** Every alarm whose moment has come for this case at `now` (already-fired ones included: the caller dedupes). */
export function alarmsDue(watched: WatchedCase, now: Date, settings: WatchSettings): DueAlarm[] {
  const alarms: DueAlarm[] = [];
  const at = now.getTime();
  const zone = timeZoneOf(watched.calendar);
  // An outcome not yet accepted is not a resolution: the ombudsman letter still falls due.
  const letterDue = watched.ombudsmanNoticeDueOn;
  if (
    letterDue &&
    LETTER_STATUSES.includes(watched.status) &&
    at >= startOfLocalDay(letterDue, zone).getTime()
  )
    alarms.push({ commitment: 'ombudsman_notice', dueOn: letterDue, kind: 'automatic_ombudsman_notice' });
  if (!WATCHED_STATUSES.includes(watched.status)) return alarms;
  const add = (commitment: Commitment, dueOn: LocalDate, kind: AlarmKind) =>
    alarms.push({ commitment, dueOn, kind });

  if (watched.expectedResponseBy) {
    const dueOn = watched.expectedResponseBy;
    const due = dueMoment(dueOn, watched.calendar).getTime();
    if (at >= due - settings.reminderHoursBefore * HOUR_MS) add('response', dueOn, 'reminder');
    const taskDay = previousBusinessDay(dueOn, watched.calendar, settings.closed);
    if (at >= startOfLocalDay(taskDay, zone).getTime()) add('response', dueOn, 'delay_task');
    if (at >= due) {
      add('response', dueOn, 'breach');
      add('response', dueOn, 'automatic_delay_notice');
    }
  }
  if (watched.nextUpdateBy) {
    const dueOn = watched.nextUpdateBy;
    const due = dueMoment(dueOn, watched.calendar).getTime();
    if (at >= due - settings.reminderHoursBefore * HOUR_MS) add('next_update', dueOn, 'reminder');
    if (at >= due) {
      add('next_update', dueOn, 'breach');
      if (settings.automaticProgressNotice) add('next_update', dueOn, 'progress_notice');
    }
  }
  return alarms;
}

/** The local date "today" for a case's customer: used to pick which cases can have alarms soon. */
export function todayFor(now: Date, calendar: CalendarRegion): LocalDate {
  return localDateIn(now, timeZoneOf(calendar));
}

/** An open case the ombudsman forwarded: what the provider still owes it, and by when. */
export interface WatchedOmbudsmanCase {
  objectionDueOn: LocalDate;
  objectionAnswered: boolean;
  reportDueOn: LocalDate;
  reported: boolean;
  calendar: CalendarRegion;
}

/** C10: the ombudsman's deadlines get a reminder before and, if missed, a breach — like any other. */
export function ombudsmanAlarmsDue(
  watched: WatchedOmbudsmanCase,
  now: Date,
  settings: Pick<WatchSettings, 'reminderHoursBefore'>,
): DueAlarm[] {
  const alarms: DueAlarm[] = [];
  const at = now.getTime();
  const deadlines = [
    ['ombudsman_objection', watched.objectionDueOn, watched.objectionAnswered],
    ['ombudsman_report', watched.reportDueOn, watched.reported],
  ] as const;
  for (const [commitment, dueOn, done] of deadlines) {
    if (done) continue;
    const due = dueMoment(dueOn, watched.calendar).getTime();
    if (at >= due - settings.reminderHoursBefore * HOUR_MS)
      alarms.push({ commitment, dueOn, kind: 'reminder' });
    if (at >= due) alarms.push({ commitment, dueOn, kind: 'breach' });
  }
  return alarms;
}

/**
 * The next moment after `now` at which an alarm of this case could fire, or null if none ever
 * can (until the case changes): the sweep looks at the case again only then.
 */
export function nextAlarmMoment(watched: WatchedCase, now: Date, settings: WatchSettings): Date | null {
  const moments: number[] = [];
  const zone = timeZoneOf(watched.calendar);
  if (watched.ombudsmanNoticeDueOn && LETTER_STATUSES.includes(watched.status))
    moments.push(startOfLocalDay(watched.ombudsmanNoticeDueOn, zone).getTime());
  if (WATCHED_STATUSES.includes(watched.status)) {
    for (const dueOn of [watched.expectedResponseBy, watched.nextUpdateBy]) {
      if (!dueOn) continue;
      const due = dueMoment(dueOn, watched.calendar).getTime();
      moments.push(due, due - settings.reminderHoursBefore * HOUR_MS);
    }
    if (watched.expectedResponseBy) {
      const taskDay = previousBusinessDay(watched.expectedResponseBy, watched.calendar, settings.closed);
      moments.push(startOfLocalDay(taskDay, zone).getTime());
    }
  }
  const future = moments.filter((m) => m > now.getTime());
  return future.length > 0 ? new Date(Math.min(...future)) : null;
}

/** When the sweep should first look at a case: now if something is due already (a late letter), else its next moment. */
export function firstAlarmCheck(watched: WatchedCase, now: Date, settings: WatchSettings): Date | null {
  return alarmsDue(watched, now, settings).length > 0 ? now : nextAlarmMoment(watched, now, settings);
}
