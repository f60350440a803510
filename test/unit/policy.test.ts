import { describe, expect, it } from 'vitest';
import { isBusinessDay, newHolidayBook } from '../../src/domain/business-calendar.js';
import {
  addDuration,
  businessDays,
  type CaseFacts,
  dueDateFrom,
  policyProblems,
  timesFor,
} from '../../src/domain/policy.js';
import { AUSTRALIA_ACMA, CANADA_CCTS, UNITED_KINGDOM_OFCOM } from '../../src/domain/policy-presets.js';

const none = { closures: new Set<string>(), holidays: newHolidayBook() };
const complaint: CaseFacts = {
  kind: 'complaint',
  category: 'billing',
  customerType: 'residential',
  urgent: false,
};

describe('C6 business calendars beyond Canada (official public holidays)', () => {
  it.each([
    // England and Wales, gov.uk: 2026 and 2027 bank holidays
    [
      'GB',
      'ENG',
      ['2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
    ],
    [
      'GB',
      'ENG',
      ['2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
    ],
    // Scotland: 2 January, St Andrew's Day (Monday 30 November 2026), the first Monday of August
    ['GB', 'SCT', ['2026-01-02', '2026-08-03', '2026-11-30']],
    // Northern Ireland: St Patrick's Day, the Battle of the Boyne
    ['GB', 'NIR', ['2027-03-17', '2027-07-12']],
    // Victoria: Labour Day (second Monday of March), Melbourne Cup (first Tuesday of November)
    ['AU', 'VIC', ['2026-03-09', '2026-11-03', '2027-03-08', '2027-11-02']],
    // Queensland: Labour Day on the first Monday of May; Western Australia Day on the first Monday of June
    ['AU', 'QLD', ['2026-05-04', '2027-05-03']],
    ['AU', 'WA', ['2026-06-01', '2027-06-07']],
    // New South Wales: Easter Monday, and Boxing Day moved to Monday 28 December 2026
    ['AU', 'NSW', ['2026-04-06', '2026-12-28']],
  ] as const)('%s-%s closes on %j', (country, region, days) => {
    for (const day of days)
      expect(isBusinessDay(day, { country, region } as never, none), `${country}-${region} ${day}`).toBe(
        false,
      );
  });

  it('a regional holiday closes only its region: 30 November 2026 in Scotland, not in England', () => {
    expect(isBusinessDay('2026-11-30', { country: 'GB', region: 'SCT' }, none)).toBe(false);
    expect(isBusinessDay('2026-11-30', { country: 'GB', region: 'ENG' }, none)).toBe(true);
    expect(isBusinessDay('2026-11-03', { country: 'AU', region: 'NSW' }, none)).toBe(true); // no Melbourne Cup
  });
});

describe('C6 C7 C9 each preset applied to sample cases', () => {
  it('Canada — CCTS: 10 business days for a complaint, 3 for an inquiry, 2 when urgent, 5 per level and between updates', () => {
    const received = new Date('2026-11-20T15:00:00Z'); // Friday, 10:00 in Toronto
    const ontario = { country: 'CA', region: 'ON' } as const;
    const due = (facts: CaseFacts) =>
      dueDateFrom(received, timesFor(CANADA_CCTS.rules, facts).investigation, ontario, none);
    expect(due(complaint)).toBe('2026-12-04');
    expect(due({ ...complaint, kind: 'inquiry' })).toBe('2026-11-25');
    expect(due({ ...complaint, urgent: true })).toBe('2026-11-24');
    const times = timesFor(CANADA_CCTS.rules, complaint);
    expect(addDuration('2026-12-01', times.escalationLevel2, ontario, none)).toBe('2026-12-08');
    expect(addDuration('2026-12-18', times.updateInterval, ontario, none)).toBe('2026-12-28'); // Christmas Day does not count
    expect(times.acknowledgement).toEqual(businessDays(0)); // at once
    expect(CANADA_CCTS.rules.smallBusinessMonthlyBillLimit).toBe(2500);
    expect(CANADA_CCTS.rules.quickResolutionSummary).toEqual({ enabled: true, withinBusinessDays: 3 });
  });

  it('Australia — ACMA: acknowledged within 2 working days, resolved in 10, the remedy 5 after agreement, over Easter and Christmas in NSW', () => {
    const nsw = { country: 'AU', region: 'NSW' } as const;
    const received = new Date('2026-04-01T23:00:00Z'); // Thursday 2 April, 10:00 in Sydney
    const times = timesFor(AUSTRALIA_ACMA.rules, complaint);
    expect(dueDateFrom(received, times.acknowledgement, nsw, none)).toBe('2026-04-08');
    expect(dueDateFrom(received, times.investigation, nsw, none)).toBe('2026-04-20');
    expect(times.remedy && addDuration('2026-12-21', times.remedy, nsw, none)).toBe('2026-12-30');
    expect(
      dueDateFrom(
        received,
        timesFor(AUSTRALIA_ACMA.rules, { ...complaint, urgent: true }).investigation,
        nsw,
        none,
      ),
    ).toBe('2026-04-08');
    expect(AUSTRALIA_ACMA.rules.ombudsman.name).toContain('TIO');
  });

  it('United Kingdom — Ofcom: the ADR letter is due 8 weeks after receipt at the latest; St Andrew’s Day counts in Scotland only', () => {
    const received = new Date('2026-11-23T09:00:00Z'); // Monday
    const times = timesFor(UNITED_KINGDOM_OFCOM.rules, complaint);
    const scotland = { country: 'GB', region: 'SCT' } as const;
    const england = { country: 'GB', region: 'ENG' } as const;
    expect(times.finalResponseCap && dueDateFrom(received, times.finalResponseCap, scotland, none)).toBe(
      '2027-01-18',
    );
    expect(dueDateFrom(received, times.investigation, scotland, none)).toBe('2026-12-08');
    expect(dueDateFrom(received, times.investigation, england, none)).toBe('2026-12-07');
    expect(UNITED_KINGDOM_OFCOM.rules.ombudsman.noticeAt).toEqual(['deadlock', 'weeks_after_receipt']);
    expect(UNITED_KINGDOM_OFCOM.rules.ombudsman.weeksAfterReceipt).toBe(8);
  });

  it('overrides apply in order, and a version that contradicts itself is refused', () => {
    const rules = {
      ...CANADA_CCTS.rules,
      overrides: [
        { match: { customerType: 'small_business' as const }, times: { investigation: businessDays(7) } },
        {
          match: { category: 'billing' as const, customerType: 'small_business' as const },
          times: { investigation: businessDays(4) },
        },
      ],
    };
    expect(timesFor(rules, { ...complaint, customerType: 'small_business' }).investigation).toEqual(
      businessDays(4),
    );
    expect(
      timesFor(rules, { ...complaint, customerType: 'small_business', category: 'contract' }).investigation,
    ).toEqual(businessDays(7));
    expect(
      policyProblems({ ...rules, times: { ...rules.times, finalResponseCap: businessDays(5) } }),
    ).toEqual([{ field: '/rules/times/finalResponseCap', rule: 'invalid' }]);
    expect(policyProblems(UNITED_KINGDOM_OFCOM.rules)).toEqual([]);
  });
});
