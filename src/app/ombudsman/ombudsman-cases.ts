import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { EventChannel } from '../../domain/channel.js';
import type { CaseSubmission } from '../../domain/complaint.js';
import {
  type OmbudsmanCaseRecord,
  type OmbudsmanStage,
  ombudsmanDeadlines,
} from '../../domain/ombudsman-case.js';
import { may } from '../../domain/permissions.js';
import {
  appendEvents,
  type EventOrigin,
  findCaseByIdForUpdate,
  findCaseForUpdate,
  recordCaseChange,
} from '../../store/case-store.js';
import {
  findOmbudsmanCase,
  insertOmbudsmanCase,
  listOmbudsmanCases,
  saveOmbudsmanCaseChange,
} from '../../store/ombudsman-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { calendarOfCase } from '../cases/case-calendar.js';
import { changeCase } from '../cases/change-case.js';
import { recordCase } from '../cases/record-case.js';
import { staffActor } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';

/** An ombudsman case as the API and the console show it. */
export interface OmbudsmanCase {
  reference: string;
  trackingNumber: string;
  accountNumber: string | null;
  stage: OmbudsmanStage;
  receivedAt: string;
  objectionDueOn: string;
  reportDueOn: string;
  objectionAnsweredAt: string | null;
  reportedAt: string | null;
  /** Billing systems read this: while true, the disputed charges are not collected. */
  chargesOnHold: boolean;
  closedAt: string | null;
}

function view(row: OmbudsmanCaseRecord, trackingNumber: string, accountNumber: string | null): OmbudsmanCase {
  return {
    reference: row.reference,
    trackingNumber,
    accountNumber,
    stage: row.stage,
    receivedAt: row.receivedAt.toISOString(),
    objectionDueOn: row.objectionDueOn,
    reportDueOn: row.reportDueOn,
    objectionAnsweredAt: row.objectionAnsweredAt?.toISOString() ?? null,
    reportedAt: row.reportedAt?.toISOString() ?? null,
    chargesOnHold: row.chargesOnHold,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export interface OmbudsmanReferral {
  trackingNumber: string;
  /** The ombudsman's own reference for the complaint. */
  reference: string;
  stage: OmbudsmanStage;
  /** When the referral reached the provider: the deadlines count from its local date. */
  receivedAt: Date;
  chargesOnHold: boolean;
}

/**
 * C10: the ombudsman forwards a complaint. It is recorded against the case, whose status becomes
 * "referred to the ombudsman" where the lifecycle allows; the provider's deadlines are set from the
 * day the referral arrived and watched by the commitment sweep from then on.
 */
export async function recordOmbudsmanCase(
  ctx: AppContext,
  staff: StaffMember,
  referral: OmbudsmanReferral,
  channel: EventChannel,
): Promise<Outcome<OmbudsmanCase>> {
  if (!may(staff.role, 'ombudsman.manage')) return failure({ code: 'FORBIDDEN' });
  const organisation = await getOrganisation(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCaseForUpdate(trx, referral.trackingNumber);
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
    const at = ctx.clock();
    if (referral.receivedAt.getTime() > at.getTime())
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/receivedAt', rule: 'dateInFuture' }] });
    const receivedOn = localDateIn(referral.receivedAt, timeZoneOf(calendarOfCase(row, organisation)));
    const deadlines = ombudsmanDeadlines(receivedOn);
    const inserted = await insertOmbudsmanCase(trx, {
      caseId: row.id,
      reference: referral.reference,
      stage: referral.stage,
      receivedAt: referral.receivedAt,
      objectionDueOn: deadlines.objectionDueOn,
      reportDueOn: deadlines.reportDueOn,
      chargesOnHold: referral.chargesOnHold,
      createdAt: at,
      updatedAt: at,
    });
    if (!inserted) return failure({ code: 'ALREADY_EXISTS', entity: 'ombudsman_case' });
    const origin: EventOrigin = { actor: staffActor(staff), channel, at };
    const details = {
      reference: referral.reference,
      stage: referral.stage,
      chargesOnHold: referral.chargesOnHold,
      ...deadlines,
    };
    const referred = await changeCase(trx, row, { type: 'refer_to_ombudsman' }, origin, { details });
    // A closed case or an inquiry keeps its status; the referral is on its timeline all the same.
    const opened = { type: 'ombudsman_case_opened', data: details };
    if (referred.ok) await appendEvents(trx, row.id, referred.value.version, origin, [opened]);
    else await recordCaseChange(trx, row, origin, [opened]);
    return success(view(inserted, row.trackingNumber, row.customerAccountNumber));
  });
}

export interface OmbudsmanCaseChange {
  stage?: OmbudsmanStage;
  chargesOnHold?: boolean;
  /** The provider answered on objection (objected or not) before its deadline. */
  objectionAnswered?: boolean;
  /** The provider reported back to the ombudsman. */
  reported?: boolean;
  closed?: boolean;
}

/** Moves an ombudsman case on: its stage, the hold on charges, the deadlines met, its end. */
export async function updateOmbudsmanCase(
  ctx: AppContext,
  staff: StaffMember,
  reference: string,
  change: OmbudsmanCaseChange,
  channel: EventChannel,
): Promise<Outcome<OmbudsmanCase>> {
  if (!may(staff.role, 'ombudsman.manage')) return failure({ code: 'FORBIDDEN' });
  const existing = await findOmbudsmanCase(ctx.db, reference);
  if (!existing) return failure({ code: 'NOT_FOUND', entity: 'ombudsman_case' });
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock();
    const caseRow = await findCaseByIdForUpdate(trx, existing.caseId);
    if (!caseRow) return failure({ code: 'NOT_FOUND', entity: 'case' });
    const current = await findOmbudsmanCase(trx, reference);
    if (!current) return failure({ code: 'NOT_FOUND', entity: 'ombudsman_case' });
    if (current.closedAt) return failure({ code: 'CASE_CLOSED' });
    const updated = await saveOmbudsmanCaseChange(trx, current.id, {
      ...(change.stage ? { stage: change.stage } : {}),
      ...(change.chargesOnHold !== undefined ? { chargesOnHold: change.chargesOnHold } : {}),
      ...(change.objectionAnswered && !current.objectionAnsweredAt ? { objectionAnsweredAt: at } : {}),
      ...(change.reported && !current.reportedAt ? { reportedAt: at } : {}),
      ...(change.closed ? { closedAt: at } : {}),
      updatedAt: at,
    });
    await recordCaseChange(trx, caseRow, { actor: staffActor(staff), channel, at }, [
      {
        type: change.closed ? 'ombudsman_case_closed' : 'ombudsman_case_updated',
        data: { reference, ...change },
      },
    ]);
    return success(view(updated, caseRow.trackingNumber, caseRow.customerAccountNumber));
  });
}

/** For managers and billing systems: open cases by default, or those with charges on hold. */
export async function listOmbudsman(
  ctx: AppContext,
  staff: StaffMember,
  filter: { open?: boolean; chargesOnHold?: boolean },
): Promise<Outcome<OmbudsmanCase[]>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const rows = await listOmbudsmanCases(ctx.db, filter);
  return success(rows.map((r) => view(r, r.trackingNumber, r.customerAccountNumber)));
}

/**
 * The case a referral is about: the one named, or one recorded now (a complaint that went to the
 * ombudsman first). Recorded only if the reference is new, so a repeated call makes no second case.
 */
export async function caseForReferral(
  ctx: AppContext,
  staff: StaffMember,
  input: { reference: string; trackingNumber?: string; newCase?: CaseSubmission },
): Promise<Outcome<string>> {
  if (!may(staff.role, 'ombudsman.manage')) return failure({ code: 'FORBIDDEN' });
  if (input.trackingNumber && !input.newCase) return success(input.trackingNumber);
  if (!input.newCase || input.trackingNumber)
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/trackingNumber', rule: 'required' }] });
  if (await findOmbudsmanCase(ctx.db, input.reference))
    return failure({ code: 'ALREADY_EXISTS', entity: 'ombudsman_case' });
  const recorded = await recordCase(ctx, staff, input.newCase);
  return recorded.ok ? success(recorded.value.trackingNumber) : recorded;
}
