import { readFile } from 'node:fs/promises';
import type { Case } from '../../domain/case.js';
import { isCustomerVisible } from '../../domain/case-events.js';
import type { EventChannel } from '../../domain/channel.js';
import { may, maySeeCase } from '../../domain/permissions.js';
import { attachmentsOfCase } from '../../store/attachment-store.js';
import { findCase, recordCaseAccess, timelineOfCase } from '../../store/case-store.js';
import { messagesOfCase } from '../../store/message-store.js';
import { referencesOfCase } from '../../store/reference-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { type MessageView, messageView } from './case-messages.js';

/** One document of the case, with its bytes for the JSON bundle (base64) or to list in the PDF. */
export interface ExportedDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  content: Buffer;
}

/** Everything the ombudsman asks for (C10): the case, its whole timeline, its messages and documents. */
export interface CaseFileExport {
  exportedAt: string;
  exportedBy: string;
  case: Case;
  references: string[];
  timeline: {
    id: number;
    occurredAt: string;
    type: string;
    actorType: string;
    actorName: string | null;
    channel: string;
    customerVisible: boolean;
    data: Record<string, unknown>;
  }[];
  /** Every message out and in as stored, oldest first: the words that were sent, never re-rendered. */
  messages: MessageView[];
  documents: ExportedDocument[];
}

/**
 * The case file for the ombudsman: unmasked (the ombudsman handles the complaint in the customer's
 * name), so only those who deal with the ombudsman may take it, and every export is recorded.
 */
export async function exportCaseFile(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  channel: EventChannel,
): Promise<Outcome<CaseFileExport>> {
  if (!may(staff.role, 'case.export')) return failure({ code: 'FORBIDDEN' });
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const at = ctx.clock();
  await recordCaseAccess(
    ctx.db,
    row,
    { actor: { type: 'staff', staffId: staff.id }, channel, at },
    {
      type: 'case_file_exported',
      data: {},
    },
  );
  const [events, references, attachments, messages] = await Promise.all([
    timelineOfCase(ctx.db, row.id),
    referencesOfCase(ctx.db, row.id),
    attachmentsOfCase(ctx.db, row.id),
    messagesOfCase(ctx.db, row.id),
  ]);
  const documents = await Promise.all(
    attachments.map(async (a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      uploadedAt: a.uploadedAt.toISOString(),
      content: await readFile(ctx.files.pathOf(a.storageKey)),
    })),
  );
  return success({
    exportedAt: at.toISOString(),
    exportedBy: staff.displayName,
    case: row,
    references: references.map((r) => r.reference),
    timeline: events.map((e) => ({
      id: Number(e.id),
      occurredAt: e.occurredAt.toISOString(),
      type: e.type,
      actorType: e.actorType,
      actorName: e.actorName,
      channel: e.channel,
      customerVisible: isCustomerVisible(e.type),
      data: e.data,
    })),
    messages: messages.map(messageView),
    documents,
  });
}
