import type { StoredFile } from '../domain/attachment.js';
import type { Db } from './database.js';

export async function insertAttachments(
  trx: Db,
  caseId: string,
  files: readonly StoredFile[],
  at: Date,
): Promise<{ id: string; fileName: string; mediaType: string; sizeBytes: number }[]> {
  if (files.length === 0) return [];
  return trx
    .insertInto('case_attachment')
    .values(
      files.map((file) => ({
        case_id: caseId,
        file_name: file.fileName,
        media_type: file.mediaType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        storage_key: file.storageKey,
        uploaded_at: at,
      })),
    )
    .returning(['id', 'file_name as fileName', 'media_type as mediaType', 'size_bytes as sizeBytes'])
    .execute();
}

/** A document's fields as the application names them (mapped here, once). */
const DOCUMENT_FIELDS = [
  'id',
  'file_name as fileName',
  'media_type as mediaType',
  'size_bytes as sizeBytes',
  'sha256',
  'storage_key as storageKey',
  'uploaded_at as uploadedAt',
] as const;

/** The documents of a case, oldest first (each row mapped to its fields by the aliases). */
export async function attachmentsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('case_attachment')
    .select(DOCUMENT_FIELDS)
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .execute();
}

/** One document of a case, if it is that case's. */
export async function attachmentOfCase(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('case_attachment')
    .select(DOCUMENT_FIELDS)
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
