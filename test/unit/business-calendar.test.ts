import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  expectedDate,
  isBusinessDay,
  type LocalDate,
  localDateIn,
  newHolidayBook,
} from '../../src/domain/business-calendar.js';

const holidays = newHolidayBook();
const closed = (...closures: LocalDate[]) => ({ closures: new Set(closures), holidays });

const ON = { country: 'CA', region: 'ON' } as const;
const QC = { country: 'CA', region: 'QC' } as const;
const BC = { country: 'CA', region: 'BC' } as const;
const NS = { country: 'CA', region: 'NS' } as const;

describe('C6 business days', () => {
  it('C6 count from the day after receipt: a Monday complaint with 10 business days is due two Mondays on', () => {
    expect(addBusinessDays('2026-11-16', 10, ON, closed())).toBe('2026-11-30');
  });

  it('C6 never count the day of receipt, even when it is a business day', () => {
    expect(addBusinessDays('2026-11-18', 1, ON, closed())).toBe('2026-11-19');
    expect(addBusinessDays('2026-11-18', 0, ON, closed())).toBe('2026-11-18');
  });

  it('C6 skip weekends: something received on a Saturday with 1 business day is due on Monday', () => {
    expect(addBusinessDays('2026-11-21', 1, ON, closed())).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-20', 1, ON, closed())).toBe('2026-11-23');
  });

  it('C6 skip official public holidays of the province: Ontario over Christmas and New Year', () => {
    // 2026-12-25 Christmas, 12-26 Boxing Day (a Saturday), 2027-01-01 New Year.
    expect(addBusinessDays('2026-12-18', 10, ON, closed())).toBe('2027-01-05');
  });

  it('C6 holidays differ by province: Quebec’s Fête nationale (24 June) is not Ontario’s', () => {
    expect(addBusinessDays('2026-06-23', 1, QC, closed())).toBe('2026-06-25');
    expect(addBusinessDays('2026-06-23', 1, ON, closed())).toBe('2026-06-24');
  });

  it('C6 Remembrance Day closes British Columbia and Nova Scotia, not Ontario or Quebec', () => {
    expect(isBusinessDay('2026-11-11', BC, closed())).toBe(false);
    expect(isBusinessDay('2026-11-11', NS, closed())).toBe(false);
    expect(isBusinessDay('2026-11-11', ON, closed())).toBe(true);
    expect(isBusinessDay('2026-11-11', QC, closed())).toBe(true);
  });

  it('C6 Ontario’s Family Day and Easter Monday are closed days there, not in Quebec (2027)', () => {
    expect(holidays.publicHolidays(ON, 2027)).toEqual(
      new Set([
        '2027-01-01',
        '2027-02-15',
        '2027-03-26',
        '2027-03-29',
        '2027-05-24',
        '2027-07-01',
        '2027-09-06',
        '2027-10-11',
        '2027-12-25',
        '2027-12-26',
      ]),
    );
    expect(isBusinessDay('2027-02-15', QC, closed())).toBe(true);
    expect(isBusinessDay('2027-03-26', QC, closed())).toBe(false); // Good Friday everywhere
  });

  it('C6 skip the organisation’s own closure days', () => {
    expect(addBusinessDays('2026-11-16', 1, ON, closed('2026-11-17'))).toBe('2026-11-18');
  });

  it('C6 take the date of receipt in the customer’s time zone, not the server’s', () => {
    const lateEvening = new Date('2026-11-20T04:30:00Z'); // 23:30 on the 19th in Toronto, 00:30 on the 20th in Halifax
    expect(localDateIn(lateEvening, 'America/Toronto')).toBe('2026-11-19');
    expect(localDateIn(lateEvening, 'America/Halifax')).toBe('2026-11-20');
    expect(expectedDate(lateEvening, 3, ON, closed())).toBe('2026-11-24');
    expect(expectedDate(lateEvening, 3, NS, closed())).toBe('2026-11-25');
  });

  it('refuse a negative or fractional number of days', () => {
    expect(() => addBusinessDays('2026-11-16', -1, ON, closed())).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-16', 1.5, ON, closed())).toThrow(RangeError);
  });
});
