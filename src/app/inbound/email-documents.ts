import { Readable } from 'node:stream';
import { MAX_ATTACHMENTS, type StoredFile } from '../../domain/attachment.js';
import type { InboundAttachment } from '../../domain/inbound-mail.js';
import { acceptUpload } from '../attachments/accept-upload.js';
import type { AppContext } from '../context.js';

/**
 * The attachments of an email that can be case documents: checked like a filing's (PDF, PNG,
 * JPEG by their content, 10 MB, 5 at most). The rest stay in the stored message's bytes, where
 * staff still find them; nothing a sender attached is lost, and nothing unchecked is served.
 */
export async function documentsOfEmail(
  ctx: AppContext,
  attachments: readonly InboundAttachment[],
): Promise<{ files: StoredFile[]; notKept: string[] }> {
  const files: StoredFile[] = [];
  const notKept: string[] = [];
  for (const attachment of attachments) {
    if (files.length >= MAX_ATTACHMENTS) {
      notKept.push(attachment.fileName);
      continue;
    }
    const accepted = await acceptUpload(ctx.files, Readable.from([attachment.content]), attachment.fileName);
    if (accepted.ok) files.push(accepted.value);
    else notKept.push(attachment.fileName);
  }
  return { files, notKept };
}

/** Files stored for a transaction that did not commit. */
export function removeDocuments(ctx: AppContext, files: readonly StoredFile[]): void {
  for (const file of files) ctx.files.remove(file.storageKey);
}
