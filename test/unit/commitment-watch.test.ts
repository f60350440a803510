import { describe, expect, it } from 'vitest';
import { newHolidayBook } from '../../src/domain/business-calendar.js';
import {
  alarmsDue,
  dueMoment,
  firstAlarmCheck,
  nextAlarmMoment,
  previousBusinessDay,
  startOfLocalDay,
  type WatchedCase,
} from '../../src/domain/commitment-watch.js';

const ontario = { country: 'CA', region: 'ON' } as const;
const settings = {
  reminderHoursBefore: 24,
  automaticProgressNotice: true,
  closed: { closures: new Set<string>(), holidays: newHolidayBook() },
};
const open = (overrides: Partial<WatchedCase> = {}): WatchedCase => ({
  status: 'investigating',
  expectedResponseBy: '2026-12-04', // a Friday
  nextUpdateBy: null,
  calendar: ontario,
  ...overrides,
});
const kinds = (c: WatchedCase, at: string, s = settings) => alarmsDue(c, new Date(at), s).map((a) => a.kind);

describe('C7 C8 when each promise falls due', () => {
  it('a local day starts at local midnight, summer and winter time alike', () => {
    expect(startOfLocalDay('2026-12-04', 'America/Toronto').toISOString()).toBe('2026-12-04T05:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'America/Toronto').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfLocalDay('2026-03-08', 'America/St_Johns').toISOString()).toBe('2026-03-08T03:30:00.000Z');
    expect(startOfLocalDay('2026-11-01', 'America/Vancouver').toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });

  it('C6 a promise for a date is kept until the end of that day where the customer lives', () => {
    expect(dueMoment('2026-12-04', ontario).toISOString()).toBe('2026-12-05T05:00:00.000Z');
    expect(dueMoment('2026-12-04', { country: 'CA', region: 'BC' }).toISOString()).toBe(
      '2026-12-05T08:00:00.000Z',
    );
  });

  it('C8 the delay notice is due one business day before: over a weekend and a holiday', () => {
    expect(previousBusinessDay('2026-12-04', ontario, settings.closed)).toBe('2026-12-03');
    expect(previousBusinessDay('2026-12-07', ontario, settings.closed)).toBe('2026-12-04'); // Monday → Friday
    // Tuesday 19 May 2026 follows Victoria Day (Monday 18 May): the Friday before.
    expect(previousBusinessDay('2026-05-19', ontario, settings.closed)).toBe('2026-05-15');
    expect(
      previousBusinessDay('2026-12-03', ontario, { ...settings.closed, closures: new Set(['2026-12-02']) }),
    ).toBe('2026-12-01');
  });

  it('C8 nothing before the reminder; then the reminder, the delay task, and at the end of the day the breach and the customer notice', () => {
    const c = open();
    expect(kinds(c, '2026-12-02T12:00:00Z')).toEqual([]);
    expect(kinds(c, '2026-12-03T05:00:00Z')).toEqual(['delay_task']); // Thursday begins in Toronto
    expect(kinds(c, '2026-12-04T05:00:00Z')).toEqual(['reminder', 'delay_task']); // 24 h before the end of Friday
    expect(kinds(c, '2026-12-05T04:59:59Z')).toEqual(['reminder', 'delay_task']);
    expect(kinds(c, '2026-12-05T05:00:00Z')).toEqual([
      'reminder',
      'delay_task',
      'breach',
      'automatic_delay_notice',
    ]);
    expect(
      alarmsDue(c, new Date('2026-12-05T05:00:00Z'), settings).every((a) => a.dueOn === '2026-12-04'),
    ).toBe(true);
  });

  it('C7 a missed update: reminder, breach, and a progress notice only when the setting is on', () => {
    const c = open({ expectedResponseBy: null, nextUpdateBy: '2026-12-04' });
    expect(kinds(c, '2026-12-04T06:00:00Z')).toEqual(['reminder']);
    expect(kinds(c, '2026-12-05T06:00:00Z')).toEqual(['reminder', 'breach', 'progress_notice']);
    expect(kinds(c, '2026-12-05T06:00:00Z', { ...settings, automaticProgressNotice: false })).toEqual([
      'reminder',
      'breach',
    ]);
    expect(kinds(c, '2026-12-01T06:00:00Z', { ...settings, reminderHoursBefore: 96 })).toEqual(['reminder']);
  });

  it('C7 C8 the sweep looks at a case again only at its next moment: the delay task, the reminder, the deadline, then never', () => {
    const c = open();
    const next = (at: string) => nextAlarmMoment(c, new Date(at), settings)?.toISOString() ?? null;
    expect(next('2026-12-01T12:00:00Z')).toBe('2026-12-03T05:00:00.000Z'); // Thursday: the delay task
    expect(next('2026-12-03T05:00:00Z')).toBe('2026-12-04T05:00:00.000Z'); // 24 h before the end of Friday
    expect(next('2026-12-04T05:00:00Z')).toBe('2026-12-05T05:00:00.000Z'); // the end of Friday
    expect(next('2026-12-05T05:00:00Z')).toBeNull();
    expect(
      nextAlarmMoment({ ...c, status: 'closed' }, new Date('2026-12-01T12:00:00Z'), settings),
    ).toBeNull();
    // At intake: a letter recorded late may owe something already; then the first look is now.
    const now = new Date('2026-12-04T12:00:00Z');
    expect(firstAlarmCheck(c, now, settings)).toEqual(now);
    expect(firstAlarmCheck(c, new Date('2026-12-01T12:00:00Z'), settings)?.toISOString()).toBe(
      '2026-12-03T05:00:00.000Z',
    );
  });

  it('C8 a case with an outcome, closed or not yet acknowledged owes nothing more', () => {
    for (const status of ['outcome_given', 'closed', 'received', 'final_response_given'] as const)
      expect(kinds(open({ status, nextUpdateBy: '2026-12-01' }), '2027-01-10T00:00:00Z')).toEqual([]);
    expect(kinds(open({ status: 'escalated' }), '2027-01-10T00:00:00Z')).toHaveLength(4);
  });
});
