import type { Case } from '../../domain/case.js';
import type { PolicyVersion } from '../../domain/policy.js';
import type { Db } from '../../store/database.js';
import { activePolicyId, findPolicyVersion, latestPolicyVersions } from '../../store/policy-store.js';
import type { AppContext } from '../context.js';
import { SETTINGS_TTL_MS } from '../settings/settings-ttl.js';

/**
 * The newest version of the organisation's policy: what a case acknowledged now is promised by.
 * Read on every filing, so kept for as long as the settings are (a change made here is seen at once).
 */
export async function policyInForce(ctx: AppContext, db: Db = ctx.db): Promise<PolicyVersion> {
  const now = ctx.clock().getTime();
  const cached = ctx.caches.policyInForce.get(now);
  if (cached) return cached;
  const id = await activePolicyId(db);
  const [value] = await latestPolicyVersions(db, id);
  if (!value) throw new Error(`the active policy ${id} has no version`);
  ctx.caches.policyInForce.set(value, now, SETTINGS_TTL_MS);
  return value;
}

export function forgetPolicyInForce(ctx: AppContext): void {
  ctx.caches.policyInForce.forget();
}

/**
 * The version a case was acknowledged under (older cases without one: the policy in force). Inside
 * a transaction, pass it as `db`: PGlite runs one statement at a time, so a read outside the
 * transaction would wait for it forever.
 */
export async function policyOfCase(
  ctx: AppContext,
  row: Pick<Case, 'policyId' | 'policyVersion'>,
  db: Db = ctx.db,
): Promise<PolicyVersion> {
  if (!row.policyId || !row.policyVersion) return policyInForce(ctx, db);
  const key = `${row.policyId}@${row.policyVersion}`;
  const versions = ctx.caches.policyVersions;
  let version = versions.get(key);
  if (!version) {
    version = await findPolicyVersion(db, row.policyId, row.policyVersion);
    if (!version) return policyInForce(ctx, db);
    versions.set(key, version);
  }
  return version;
}
