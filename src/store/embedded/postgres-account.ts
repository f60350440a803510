import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Who the PostgreSQL server runs as when Redress itself runs as root. */
export const POSTGRES_SYSTEM_USER = 'redress-postgres';

/** The account PostgreSQL runs under; undefined when it runs as the service's own user. */
export interface PostgresAccount {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/** PostgreSQL cannot run as this user, or cannot reach the folders it needs; nothing was started. */
export class PostgresAccountError extends Error {}

/**
 * PostgreSQL refuses to run as root. When the service runs as root, the server runs as an
 * unprivileged system user, created here if it is missing; otherwise it runs as the service's own
 * user and nothing changes hands.
 */
export function postgresAccount(): PostgresAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const found = lookUp(POSTGRES_SYSTEM_USER);
  if (found) return found;
  const made = spawnSync(
    'useradd',
    [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      POSTGRES_SYSTEM_USER,
    ],
    { encoding: 'utf8' },
  );
  // Another process may have created it at the same moment: look again before giving up.
  const created = lookUp(POSTGRES_SYSTEM_USER);
  if (created) return created;
  const reason = made.error ? made.error.message : made.stderr.trim() || `exit code ${made.status}`;
  throw new PostgresAccountError(
    `PostgreSQL cannot run as root and the system user ${POSTGRES_SYSTEM_USER} could not be created (${reason})`,
  );
}

function lookUp(name: string): PostgresAccount | undefined {
  // A system user made by useradd is in /etc/passwd; `id` asks every other source (NSS) as well.
  const line = passwdLines().find((entry) => entry.startsWith(`${name}:`));
  const fields = line?.split(':');
  if (fields && fields.length >= 4) return { name, uid: Number(fields[2]), gid: Number(fields[3]) };
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function passwdLines(): string[] {
  try {
    return readFileSync('/etc/passwd', 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** Every folder from the root down to `path`, the root first. */
function foldersDownTo(path: string): string[] {
  const folders: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dirname(dir) === dir) return folders;
  }
}

/** The folders the account cannot enter (`test -x` as that user, so ACLs count too). */
function unenterable(account: PostgresAccount, folders: readonly string[]): string[] {
  const check = spawnSync(
    '/bin/sh',
    ['-c', 'for d in "$@"; do [ -x "$d" ] || printf "%s\\n" "$d"; done', 'sh', ...folders],
    { uid: account.uid, gid: account.gid, encoding: 'utf8' },
  );
  if (check.status !== 0) throw new PostgresAccountError(`could not check folder access as ${account.name}`);
  return check.stdout.split('\n').filter((line) => line.length > 0);
}

/**
 * Lets the account pass through every folder on the way to each of `folders` (the data folder,
 * the binaries' folder): a folder it cannot enter gets an ACL entry giving that one user search
 * permission (`setfacl -m u:redress-postgres:x`), and nothing else changes. A checkout under /root
 * (mode 0700) or a DATA_DIR made by `mktemp -d` needs this. The folders are let through from the
 * root down, since below a closed folder every folder looks closed. Without setfacl, or on a file
 * system without ACLs, it refuses with one line naming the folder.
 */
export function letAccountReach(account: PostgresAccount, folders: readonly string[]): void {
  let remaining = [...new Set(folders.flatMap(foldersDownTo))].sort((a, b) => depth(a) - depth(b));
  for (;;) {
    const blocked = unenterable(account, remaining);
    const first = blocked[0];
    if (first === undefined) return;
    const granted = spawnSync('setfacl', ['-m', `u:${account.name}:x`, first], { encoding: 'utf8' });
    if (granted.error || granted.status !== 0) {
      const why = granted.error
        ? 'setfacl is not installed (Debian: apt-get install acl)'
        : granted.stderr.trim() || 'setfacl failed';
      throw new PostgresAccountError(
        `PostgreSQL runs as ${account.name}, which cannot enter ${first}, and it could not be let through (${why}); ` +
          'grant it search permission there or choose a DATA_DIR it can reach',
      );
    }
    if (unenterable(account, [first]).length > 0) {
      throw new PostgresAccountError(
        `PostgreSQL runs as ${account.name}, which cannot enter ${first} even with an ACL entry; ` +
          'choose a DATA_DIR it can reach',
      );
    }
    remaining = blocked.slice(1);
  }
}

const depth = (path: string) => path.split('/').length;
