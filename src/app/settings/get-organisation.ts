import type { OrganisationProfile } from '../../domain/organisation.js';
import { investigationDays } from '../../domain/policy.js';
import type { Db } from '../../store/database.js';
import { loadOrganisation } from '../../store/settings-store.js';
import type { AppContext } from '../context.js';
import { policyInForce } from '../policies/policy-in-force.js';
import { SETTINGS_TTL_MS } from './settings-ttl.js';

/**
 * The organisation's settings, which every page and message shows (C11). Public information.
 * Inside a transaction, pass it as `db` (see `policyOfCase`).
 */
export async function getOrganisation(ctx: AppContext, db: Db = ctx.db): Promise<OrganisationProfile> {
  const now = ctx.clock().getTime();
  const cached = ctx.caches.organisation.get(now);
  if (cached) return cached;
  // One after the other: inside a transaction (`db`), PGlite takes one statement at a time.
  const stored = await loadOrganisation(db);
  const policy = await policyInForce(ctx, db);
  // The days to an outcome are the policy's (C6); the settings page shows and edits them there.
  const value = {
    ...stored,
    responseBusinessDays: investigationDays(policy.rules),
    activePolicyId: policy.policyId,
  };
  ctx.caches.organisation.set(value, now, SETTINGS_TTL_MS);
  return value;
}

/** After a change: the next read goes to the database. */
export function forgetCachedOrganisation(ctx: AppContext): void {
  ctx.caches.organisation.forget();
}
