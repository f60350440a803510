import { acknowledgementMedium } from '../../domain/complaint.js';
import { type AcknowledgedCase, findAcknowledgedCases, firstEventOfType } from '../../store/case-store.js';
import type { AppContext } from '../context.js';
import { type Acknowledgement, acknowledgementOf } from './acknowledgement.js';

/**
 * The acknowledgement of a case as it was given, rebuilt from the case and its events (the mail
 * worker renders from this). Not access-controlled: callers are the system or already authorised.
 */
export async function getAcknowledgement(
  ctx: AppContext,
  trackingNumber: string,
): Promise<Acknowledgement | undefined> {
  return (await getAcknowledgements(ctx, [trackingNumber])).get(trackingNumber);
}

/** The same for several cases, read in one statement (the mail worker's batch). */
export async function getAcknowledgements(
  ctx: AppContext,
  trackingNumbers: readonly string[],
): Promise<Map<string, Acknowledgement>> {
  const found = new Map<string, Acknowledgement>();
  for (const row of await findAcknowledgedCases(ctx.db, trackingNumbers))
    found.set(row.trackingNumber, await rebuild(ctx, row));
  return found;
}

async function rebuild(ctx: AppContext, row: AcknowledgedCase): Promise<Acknowledgement> {
  const firstContact = row.resolvedAtFirstContact
    ? await firstEventOfType(ctx.db, row.id, 'resolved_at_first_contact')
    : undefined;
  const summary =
    firstContact && typeof firstContact.data.summary === 'string' ? firstContact.data.summary : null;
  const medium = acknowledgementMedium(
    {
      name: row.customerName ?? '',
      type: row.customerType ?? 'residential',
      email: row.customerEmail ?? undefined,
    },
    row.preferredContact ?? 'email',
  );
  return acknowledgementOf(row, medium, summary);
}
