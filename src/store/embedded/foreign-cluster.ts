import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterLayout } from './cluster-layout.js';

/**
 * A data folder whose `pgdata` Redress did not make: most likely the PGlite database of an earlier
 * Redress (PostgreSQL 18 compiled to WebAssembly; its folder too says 18 in PG_VERSION, but its
 * files are a 32-bit build's and no real server may open them), or some other cluster. It is never
 * opened; the message says how to bring its data over. Undefined for a folder that is fine.
 */
export function foreignClusterProblem(layout: ClusterLayout): string | undefined {
  if (!existsSync(join(layout.pgdata, 'PG_VERSION'))) return undefined;
  if (existsSync(layout.markerFile)) return undefined;
  const what = looksLikePglite(layout.pgdata)
    ? 'the PGlite database of an earlier Redress'
    : 'a PostgreSQL cluster that Redress did not make';
  return (
    `${layout.pgdata} holds ${what}, which this version does not open; ` +
    `move it aside and import it once: mv ${layout.pgdata} ${layout.pgdata}.pglite && ` +
    `npm run import:pglite -- ${layout.pgdata}.pglite (see the README, "Moving from PGlite")`
  );
}

/** PGlite never starts a postmaster, so its folders lack `postmaster.opts`, which a server writes at each start. */
function looksLikePglite(pgdata: string): boolean {
  if (existsSync(join(pgdata, 'postmaster.opts'))) return false;
  try {
    return readFileSync(join(pgdata, 'PG_VERSION'), 'utf8').trim() === '18';
  } catch {
    return false;
  }
}
