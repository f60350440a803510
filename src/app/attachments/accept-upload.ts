import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { isAllowedAttachmentType, MAX_ATTACHMENT_BYTES, type StoredFile } from '../../domain/attachment.js';
import type { FileStore } from '../../store/file-store.js';
import { failure, type Outcome, success } from '../errors.js';

/**
 * Stores one uploaded file and accepts it only if its content is a PDF, PNG or JPEG — the name
 * and the browser's declared type are not trusted. A refused file is removed at once.
 */
export async function acceptUpload(
  files: FileStore,
  stream: Readable,
  fileName: string,
): Promise<Outcome<StoredFile>> {
  const stored = await files.put(stream);
  const refuse = (reason: 'type' | 'too_large' | 'empty') => {
    files.remove(stored.storageKey);
    return failure<StoredFile>({ code: 'ATTACHMENT_REFUSED', reason, fileName });
  };
  if (stored.sizeBytes === 0) return refuse('empty');
  if (stored.sizeBytes > MAX_ATTACHMENT_BYTES) return refuse('too_large');
  const detected = await fileTypeFromBuffer(stored.head);
  if (!isAllowedAttachmentType(detected?.mime)) return refuse('type');
  return success({
    fileName: cleanFileName(fileName),
    mediaType: detected.mime,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Keeps a name a person recognises, without paths or control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(CONTROL_CHARACTERS, '').trim().slice(0, 255);
  return clean || 'document';
}
