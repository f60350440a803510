import type { OrganisationProfile } from '../../domain/organisation.js';
import { loadOrganisation } from '../../store/settings-store.js';
import type { AppContext } from '../context.js';

/** The organisation's settings, which every page and message shows (C11). Public information. */
export function getOrganisation(ctx: AppContext): Promise<OrganisationProfile> {
  return loadOrganisation(ctx.db);
}
