import { addBusinessDays, localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import { appendEvents, type EventOrigin } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { calendarOfCase, closedDaysOf } from '../cases/case-calendar.js';
import type { AppContext } from '../context.js';
import { policyOfCase } from '../policies/policy-in-force.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { messageSentEvent, queueCustomerMessage } from './queue-customer-message.js';

/**
 * C8/C10: where the policy asks for it (Canada: within 3 business days), a complaint resolved
 * quickly still gets a written summary with the way to the ombudsman, in the transaction that
 * recorded the customer's acceptance.
 */
export async function sendQuickResolutionSummary(
  ctx: AppContext,
  trx: Db,
  row: Case,
  origin: EventOrigin,
): Promise<void> {
  if (row.kind !== 'complaint') return;
  const policy = await policyOfCase(ctx, row, trx);
  const summary = policy.rules.quickResolutionSummary;
  if (!summary.enabled) return;
  const organisation = await getOrganisation(ctx, trx);
  const calendar = calendarOfCase(row, organisation);
  const zone = timeZoneOf(calendar);
  const resolvedOn = localDateIn(origin.at, zone);
  const deadline = addBusinessDays(
    localDateIn(row.receivedAt, zone),
    summary.withinBusinessDays,
    calendar,
    closedDaysOf(ctx, organisation),
  );
  if (resolvedOn > deadline) return;
  const queued = await queueCustomerMessage(
    ctx,
    trx,
    row,
    { template: 'resolution_summary', resolvedOn },
    origin.at,
  );
  await appendEvents(trx, row.id, row.version, origin, [messageSentEvent(queued)]);
}
