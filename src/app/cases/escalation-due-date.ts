import type { Case } from '../../domain/case.js';
import { dueDateFrom } from '../../domain/policy.js';
import type { Db } from '../../store/database.js';
import type { AppContext } from '../context.js';
import { policyOfCase } from '../policies/policy-in-force.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { calendarOfCase, closedDaysOf } from './case-calendar.js';

/** C9: the date an escalation is promised an answer by, from the case's policy for that level. */
export async function escalationDueDate(
  ctx: AppContext,
  row: Pick<Case, 'calendarCountry' | 'calendarRegion' | 'policyId' | 'policyVersion' | 'escalationLevel'>,
  at: Date,
  requestedLevel?: 2 | 3,
  db: Db = ctx.db,
): Promise<string> {
  const organisation = await getOrganisation(ctx, db);
  const policy = await policyOfCase(ctx, row, db);
  const level = requestedLevel ?? (row.escalationLevel === 1 ? 2 : 3);
  return dueDateFrom(
    at,
    level === 2 ? policy.rules.times.escalationLevel2 : policy.rules.times.escalationLevel3,
    calendarOfCase(row, organisation),
    closedDaysOf(ctx, organisation),
  );
}
