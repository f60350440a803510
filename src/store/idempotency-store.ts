import type { Db } from './database.js';

export interface IdempotencyRecord {
  requestHash: string;
  responseStatus: number;
  responseBody: unknown;
}

export async function findIdempotencyRecord(
  db: Db,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const row = await db
    .selectFrom('idempotency_record')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  return row
    ? { requestHash: row.request_hash, responseStatus: row.response_status, responseBody: row.response_body }
    : undefined;
}

export async function forgetOldIdempotencyRecords(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('idempotency_record').where('created_at', '<', before).execute();
}
