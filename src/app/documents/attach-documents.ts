import { MAX_ATTACHMENTS, type StoredFile } from '../../domain/attachment.js';
import type { EventChannel } from '../../domain/channel.js';
import { may, maySeeCase } from '../../domain/permissions.js';
import { insertAttachments } from '../../store/attachment-store.js';
import { findCaseForUpdate, recordCaseChange } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { caseAssignment } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { type AppError, failure, type Outcome, success } from '../errors.js';

export interface AttachedDocument {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Staff attach documents to an existing case (issue 16) — a scan of a letter, a bill the customer
 * brought in — with the limits and type checks of a filing (the files were read and checked
 * before this call). On the timeline as `documents_attached`; unless it commits, the files go.
 */
export async function attachStaffDocuments(
  ctx: AppContext,
  staff: StaffMember,
  trackingNumber: string,
  files: readonly StoredFile[],
  channel: EventChannel,
): Promise<Outcome<{ documents: AttachedDocument[] }>> {
  const removeFiles = () => {
    for (const file of files) ctx.files.remove(file.storageKey);
  };
  const refuse = (error: AppError) => {
    removeFiles();
    return failure<{ documents: AttachedDocument[] }>(error);
  };
  if (!may(staff.role, 'case.work')) return refuse({ code: 'FORBIDDEN' });
  if (files.length === 0)
    return refuse({ code: 'INVALID_INPUT', fields: [{ field: '/attachments', rule: 'required' }] });
  if (files.length > MAX_ATTACHMENTS) return refuse({ code: 'ATTACHMENT_REFUSED', reason: 'too_many' });
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const row = await findCaseForUpdate(trx, trackingNumber);
      if (!row) return failure<{ documents: AttachedDocument[] }>({ code: 'NOT_FOUND', entity: 'case' });
      if (!maySeeCase(staff, caseAssignment(row)))
        return failure<{ documents: AttachedDocument[] }>({ code: 'FORBIDDEN' });
      const at = ctx.clock();
      const stored = await insertAttachments(trx, row.id, files, at);
      await recordCaseChange(trx, row, { actor: { type: 'staff', staffId: staff.id }, channel, at }, [
        { type: 'documents_attached', data: { files: files.map((f) => f.fileName) } },
      ]);
      return success({
        documents: stored.map((d) => ({
          id: d.id,
          fileName: d.fileName,
          contentType: d.mediaType,
          size: d.sizeBytes,
        })),
      });
    });
    if (!result.ok) removeFiles();
    return result;
  } catch (error) {
    removeFiles();
    throw error;
  }
}
