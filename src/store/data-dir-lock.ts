import { createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { makeDirs } from './make-dirs.js';

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
    readonly ownerRole: string,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${ownerPid} (${ownerRole}); ` +
        'stop it first — one Redress process at a time runs the embedded database',
    );
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

export interface DataDirOwner {
  pid: number;
  role: string;
}

/**
 * One process at a time runs the embedded database of a data folder: whoever does (the server,
 * `npm run migrate`, …) holds this lock. It is a listening Unix socket, which the kernel closes
 * when the process ends however it ends, so a lock is never left behind by a killed process and
 * never mistaken for a live one because its pid was reused (PID 1 in a container, say). On Linux
 * the socket is in the abstract namespace, named after the folder's device and inode; elsewhere it
 * is a socket file in the folder. Whoever connects is told the owner's pid and role.
 */
export async function acquireDataDirLock(dataDir: string, role: string): Promise<DataDirLock> {
  makeDirs(dataDir);
  const address = lockAddress(dataDir);
  const owner: DataDirOwner = { pid: process.pid, role };
  for (let attempt = 0; attempt < 3; attempt++) {
    const server = createServer((socket) => {
      socket.on('error', () => {});
      socket.end(JSON.stringify(owner));
    });
    const taken = await listen(server, address);
    if (taken === 'ok') {
      server.unref();
      return { release: () => new Promise((done) => server.close(() => done())) };
    }
    const current = await dataDirOwner(dataDir);
    if (current) throw new DataDirBusyError(dataDir, current.pid, current.role);
    // A socket file left by a killed process (not on Linux): nobody answers it, so it is stale.
    if (!address.startsWith('\0')) await rm(address, { force: true });
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}

/** Who holds the folder now, if anyone does. */
export async function dataDirOwner(dataDir: string): Promise<DataDirOwner | undefined> {
  const address = lockAddress(dataDir);
  return new Promise((done) => {
    const socket = connect(address);
    // An owner too busy (or stopped) to answer still holds the folder.
    socket.setTimeout(2_000, () => {
      socket.destroy();
      done({ pid: 0, role: 'not answering' });
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', () => done(undefined));
    socket.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
          const role = 'role' in parsed && typeof parsed.role === 'string' ? parsed.role : 'unknown';
          done({ pid: parsed.pid, role });
          return;
        }
      } catch {
        // an answer that is not ours: treated as held by someone unknown
      }
      done({ pid: 0, role: 'unknown' });
    });
  });
}

/**
 * The lock's name: the folder's device and inode, and a random key kept in the folder (mode 0600),
 * so that another user of the machine, who cannot read the key, cannot take the name first.
 */
function lockAddress(dataDir: string): string {
  if (process.platform === 'linux') {
    const { dev, ino } = statSync(dataDir);
    const id = createHash('sha256')
      .update(`${dev}:${ino}:${lockKey(dataDir)}`)
      .digest('hex');
    return `\0redress-data-dir-${id.slice(0, 32)}`;
  }
  return join(dataDir, 'redress.lock');
}

function lockKey(dataDir: string): string {
  const path = join(dataDir, LOCK_KEY_FILE);
  if (!existsSync(path)) {
    // Written whole beside it, then linked into place: of two processes starting at once, one
    // link wins and both read the same, complete key.
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(16).toString('hex'), { mode: 0o600 });
    try {
      linkSync(draft, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return readFileSync(path, 'utf8');
}

const LOCK_KEY_FILE = 'redress.lock-key';

function listen(server: Server, address: string): Promise<'ok' | 'in use'> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') done('in use');
      else fail(error);
    };
    server.once('error', onError);
    server.listen(address, () => {
      server.off('error', onError);
      done('ok');
    });
  });
}
