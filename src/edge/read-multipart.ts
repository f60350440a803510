import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { acceptUpload } from '../app/attachments/accept-upload.js';
import type { AppContext } from '../app/context.js';
import { failure, type Outcome, success } from '../app/errors.js';
import type { StoredFile } from '../domain/attachment.js';

export interface MultipartContent {
  fields: Map<string, string>;
  files: StoredFile[];
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}

/**
 * Reads a multipart request: text fields, and files stored and checked one by one. On any refusal
 * the files already stored are removed, so a refused request leaves nothing behind.
 */
export async function readMultipart(
  request: FastifyRequest,
  ctx: AppContext,
): Promise<Outcome<MultipartContent>> {
  const store = ctx.files;
  const fields = new Map<string, string>();
  const files: StoredFile[] = [];
  const removeStored = () => {
    for (const file of files) store.remove(file.storageKey);
  };
  const refuse = (outcome: Outcome<MultipartContent>) => {
    removeStored();
    return outcome;
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        // A part sent as application/json arrives parsed; it is read as the text it was.
        if (typeof part.value === 'string') fields.set(part.fieldname, part.value);
        else if (part.value !== undefined) fields.set(part.fieldname, JSON.stringify(part.value));
        continue;
      }
      if (!part.filename) {
        part.file.resume(); // a file input left empty
        continue;
      }
      const accepted = await acceptUpload(store, part.file, part.filename);
      if (part.file.truncated) {
        if (accepted.ok) store.remove(accepted.value.storageKey);
        return refuse(failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_large', fileName: part.filename }));
      }
      if (!accepted.ok) return refuse(accepted);
      files.push(accepted.value);
    }
  } catch (error) {
    switch (errorCode(error)) {
      case 'FST_REQ_FILE_TOO_LARGE':
        return refuse(failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_large' }));
      case 'FST_FILES_LIMIT':
        return refuse(failure({ code: 'ATTACHMENT_REFUSED', reason: 'too_many' }));
      default:
        removeStored();
        throw error;
    }
  }
  return success({ fields, files });
}
