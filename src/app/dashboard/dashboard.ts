import { addCalendarDays, localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { CaseStatus } from '../../domain/case-lifecycle.js';
import { may } from '../../domain/permissions.js';
import {
  acknowledgementHours,
  dueCounts,
  firstContactResolution,
  openCasesByStatusAndLevel,
  openCasesWithBreach,
  weeklyFigures,
} from '../../store/dashboard-store.js';
import { undeliveredCustomerMessages } from '../../store/message-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { listOmbudsman, type OmbudsmanCase } from '../ombudsman/ombudsman-cases.js';
import { getOrganisation } from '../settings/get-organisation.js';

export const DASHBOARD_WEEKS = 12;

export interface Dashboard {
  generatedAt: string;
  /** 'YYYY-MM-DD' where the organisation is. */
  today: string;
  open: { status: CaseStatus; level: number; count: number }[];
  dueToday: number;
  overdue: number;
  /** Open cases with a promise missed (C7–C9). */
  withBreach: number;
  /** Emails to customers of open cases that failed or bounced: someone must reach them (issue 16). */
  undeliveredMessages: number;
  escalationsWaiting: { level2: number; level3: number };
  ombudsmanCases: OmbudsmanCase[];
  /** C5, over the weeks shown. */
  firstContactResolution: { total: number; firstContact: number; rate: number | null };
  /** C6, over the weeks shown: hours from receipt to acknowledgement, by channel. */
  acknowledgement: { channel: string; count: number; medianHours: number; p90Hours: number }[];
  /** Oldest first: the Monday each week starts on (UTC), and its figures. */
  weeks: { weekStarting: string; opened: number; resolved: number; breached: number }[];
}

/** The Monday (UTC) of the week an instant falls in. */
function mondayOf(instant: Date): string {
  const day = instant.toISOString().slice(0, 10);
  const weekday = (instant.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addCalendarDays(day, -weekday);
}

/** What managers watch: the state of the desk now, and the last twelve weeks. */
export async function getDashboard(ctx: AppContext, staff: StaffMember): Promise<Outcome<Dashboard>> {
  if (!may(staff.role, 'case.assign')) return failure({ code: 'FORBIDDEN' });
  const now = ctx.clock();
  const organisation = await getOrganisation(ctx);
  const today = localDateIn(now, timeZoneOf({ country: 'CA', region: organisation.defaultRegion }));
  const firstWeek = addCalendarDays(mondayOf(now), -7 * (DASHBOARD_WEEKS - 1));
  const since = new Date(`${firstWeek}T00:00:00Z`);
  const open = await openCasesByStatusAndLevel(ctx.db);
  const due = await dueCounts(ctx.db, today);
  const withBreach = await openCasesWithBreach(ctx.db);
  const undeliveredMessages = await undeliveredCustomerMessages(ctx.db);
  const fcr = await firstContactResolution(ctx.db, since);
  const acknowledgement = await acknowledgementHours(ctx.db, since);
  const weekly = await weeklyFigures(ctx.db, since);
  const ombudsman = await listOmbudsman(ctx, staff, { open: true });
  const escalated = (level: number) =>
    open.filter((o) => o.status === 'escalated' && o.level === level).reduce((sum, o) => sum + o.count, 0);
  return success({
    generatedAt: now.toISOString(),
    today,
    open,
    ...due,
    withBreach,
    undeliveredMessages,
    escalationsWaiting: { level2: escalated(2), level3: escalated(3) },
    ombudsmanCases: ombudsman.ok ? ombudsman.value : [],
    firstContactResolution: { ...fcr, rate: fcr.total > 0 ? fcr.firstContact / fcr.total : null },
    acknowledgement,
    weeks: Array.from({ length: DASHBOARD_WEEKS }, (_, i) => {
      const weekStarting = addCalendarDays(firstWeek, 7 * i);
      return {
        weekStarting,
        opened: weekly.opened.get(weekStarting) ?? 0,
        resolved: weekly.resolved.get(weekStarting) ?? 0,
        breached: weekly.breached.get(weekStarting) ?? 0,
      };
    }),
  });
}
