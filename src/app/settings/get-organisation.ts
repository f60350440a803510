import type { OrganisationProfile } from '../../domain/organisation.js';
import type { Db } from '../../store/database.js';
import { loadOrganisation } from '../../store/settings-store.js';
import type { AppContext } from '../context.js';

/**
 * Settings are read on every page and filing but change rarely, so each database handle keeps
 * them for a few seconds. An admin's change is seen at once by the instance that made it and
 * within SETTINGS_TTL_MS by the others sharing a PostgreSQL server.
 */
export const SETTINGS_TTL_MS = 5_000;

const cache = new WeakMap<Db, { value: OrganisationProfile; expiresAt: number }>();

/** The organisation's settings, which every page and message shows (C11). Public information. */
export async function getOrganisation(ctx: AppContext): Promise<OrganisationProfile> {
  const now = ctx.clock().getTime();
  const cached = cache.get(ctx.db);
  if (cached && cached.expiresAt > now) return cached.value;
  const value = await loadOrganisation(ctx.db);
  cache.set(ctx.db, { value, expiresAt: now + SETTINGS_TTL_MS });
  return value;
}

/** After a change: the next read goes to the database. */
export function forgetCachedOrganisation(ctx: AppContext): void {
  cache.delete(ctx.db);
}
