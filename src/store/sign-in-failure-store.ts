import type { Db } from './database.js';

export async function recordSignInFailure(
  db: Db,
  failure: { email: string; clientAddress: string; at: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_failure')
    .values({ email: failure.email, client_address: failure.clientAddress, failed_at: failure.at })
    .execute();
}

/**
 * Failures since `since` for the account and for the address, with the oldest of each (it decides
 * when the window lets the next attempt through).
 */
export async function recentSignInFailures(
  db: Db,
  email: string,
  clientAddress: string,
  since: Date,
): Promise<{ forAccount: Date[]; forAddress: Date[] }> {
  const rows = await db
    .selectFrom('sign_in_failure')
    .select(['email', 'client_address', 'failed_at'])
    .where('failed_at', '>', since)
    .where((eb) => eb.or([eb('email', '=', email), eb('client_address', '=', clientAddress)]))
    .orderBy('failed_at', 'desc')
    .limit(200)
    .execute();
  return {
    forAccount: rows.filter((r) => r.email === email).map((r) => r.failed_at),
    forAddress: rows.filter((r) => r.client_address === clientAddress).map((r) => r.failed_at),
  };
}

export async function forgetSignInFailures(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('failed_at', '<', before).execute();
}
