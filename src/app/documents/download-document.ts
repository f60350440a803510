import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { EventChannel } from '../../domain/channel.js';
import { maySeeCase } from '../../domain/permissions.js';
import { attachmentOfCase } from '../../store/attachment-store.js';
import { findCase, recordCaseAccess } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

export interface DocumentDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** The bytes, streamed from the store (never read whole into memory). */
  content: Readable;
}

/**
 * A document of a case one may see, opened by staff (issue 16): every download is on the case's
 * timeline (`document_downloaded`, for staff only), so who looked at what stays provable.
 */
export async function downloadDocument(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  documentId: string,
  channel: EventChannel,
): Promise<Outcome<DocumentDownload>> {
  const row = await findCase(ctx.db, trackingNumber);
  if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
  if (!maySeeCase(staff, caseAssignment(row))) return failure({ code: 'FORBIDDEN' });
  const document = await attachmentOfCase(ctx.db, row.id, documentId);
  if (!document) return failure({ code: 'NOT_FOUND', entity: 'document' });
  await recordCaseAccess(
    ctx.db,
    row,
    { actor: { type: 'staff', staffId: staff.id }, channel, at: ctx.clock() },
    { type: 'document_downloaded', data: { documentId: document.id, fileName: document.fileName } },
  );
  return success({
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    content: createReadStream(ctx.files.pathOf(document.storageKey)),
  });
}
