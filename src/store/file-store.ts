import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { makeDirs } from './make-dirs.js';

/**
 * Uploaded files live as plain files under one folder (FILES_DIR, default DATA_DIR/files), named
 * by a random key; their metadata is in the database. A file is written before the transaction
 * that links it; if that transaction fails the file is removed, and a crash in between leaves
 * at worst an unreferenced file, never a reference without a file.
 */
export interface FileStore {
  readonly dir: string;
  /** Writes a stream; returns its key, size, SHA-256 and first bytes (for type detection). */
  put(stream: Readable): Promise<{ storageKey: string; sizeBytes: number; sha256: string; head: Buffer }>;
  remove(storageKey: string): void;
  pathOf(storageKey: string): string;
}

const HEAD_BYTES = 4100; // what file-type needs to recognise a format

export function localFileStore(dir: string): FileStore {
  return {
    dir,
    async put(stream) {
      const now = new Date();
      const folder = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
      const storageKey = `${folder}/${randomUUID()}`;
      makeDirs(join(dir, folder));
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      let headLength = 0;
      let sizeBytes = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          if (headLength < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headLength));
            headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
          }
          done(null, chunk);
        },
      });
      const target = join(dir, storageKey);
      try {
        await pipeline(stream, measure, createWriteStream(target, { flags: 'wx' }));
      } catch (error) {
        rmSync(target, { force: true });
        throw error;
      }
      return { storageKey, sizeBytes, sha256: hash.digest('hex'), head: Buffer.concat(head) };
    },
    remove(storageKey) {
      rmSync(join(dir, storageKey), { force: true });
    },
    pathOf(storageKey) {
      return join(dir, storageKey);
    },
  };
}
