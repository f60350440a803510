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

/**
 * Claims a key inside the caller's transaction. Returns false when the key is already taken; a
 * concurrent claim waits on the primary key until the first transaction ends, so only one wins.
 */
export async function claimIdempotencyKey(
  trx: Db,
  scope: string,
  key: string,
  record: IdempotencyRecord,
  at: Date,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('idempotency_record')
    .values({
      scope,
      key,
      request_hash: record.requestHash,
      response_status: record.responseStatus,
      response_body: JSON.stringify(record.responseBody),
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function forgetOldIdempotencyRecords(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('idempotency_record').where('created_at', '<', before).execute();
}
