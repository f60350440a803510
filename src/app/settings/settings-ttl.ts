/**
 * Settings and the policy in force are read on every page and filing but change rarely, so each
 * database handle keeps them for a few seconds. A change is seen at once by the instance that made
 * it and within this time by the others sharing a PostgreSQL server.
 */
export const SETTINGS_TTL_MS = 5_000;
