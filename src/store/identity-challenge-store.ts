import type { Db } from './database.js';

export async function insertIdentityChallenge(
  trx: Db,
  challenge: { caseId: string; staffId: string; codeHash: string; at: Date; expiresAt: Date },
): Promise<void> {
  await trx
    .insertInto('identity_challenge')
    .values({
      case_id: challenge.caseId,
      staff_user_id: challenge.staffId,
      code_hash: challenge.codeHash,
      created_at: challenge.at,
      expires_at: challenge.expiresAt,
    })
    .execute();
}

/** The newest open challenge this staff member sent for this case, locked for the check. */
export async function latestOpenChallenge(trx: Db, caseId: string, staffId: string, now: Date) {
  return trx
    .selectFrom('identity_challenge')
    .select(['id', 'code_hash as codeHash', 'attempts', 'expires_at as expiresAt'])
    .where('case_id', '=', caseId)
    .where('staff_user_id', '=', staffId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function settleChallenge(
  trx: Db,
  id: string,
  outcome: { attempts: number; usedAt: Date | null },
): Promise<void> {
  await trx
    .updateTable('identity_challenge')
    .set({ attempts: outcome.attempts, used_at: outcome.usedAt })
    .where('id', '=', id)
    .execute();
}

/** When this staff member last passed an identity check on this case, if ever. */
export async function lastPassedIdentityCheck(
  db: Db,
  caseId: string,
  staffId: string,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('case_event')
    .select('occurred_at')
    .where('case_id', '=', caseId)
    .where('type', '=', 'identity_checked')
    .where('actor_id', '=', staffId)
    .where((eb) => eb(eb.ref('data', '->>').key('result'), '=', 'passed'))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.occurred_at;
}
