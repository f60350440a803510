import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';

/** A .tar.gz being written: files are read as they are at the moment they are added. */
export interface ArchiveWriter {
  /** Adds a file as it is now; false if it was gone (a file PostgreSQL removed meanwhile). */
  addFile(name: string, path: string): Promise<boolean>;
  addBytes(name: string, bytes: Buffer, mode?: number): Promise<void>;
  addFolder(name: string, mode?: number): Promise<void>;
  /** Ends the archive and waits until every byte is on disk. */
  finish(): Promise<void>;
  /** Stops and leaves the partial file for the caller to remove. */
  abort(error: Error): void;
}

export function archiveWriter(target: string): ArchiveWriter {
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(target, { flags: 'wx', mode: 0o600 }));
  written.catch(() => {}); // seen by finish(); an abort must not become an unhandled rejection
  const entry = (header: tar.Headers, fill: (sink: NodeJS.WritableStream) => Promise<void>) =>
    new Promise<void>((done, fail) => {
      const sink = pack.entry(header, (error) => (error ? fail(error) : done()));
      fill(sink).catch(fail);
    });
  return {
    async addFile(name, path) {
      let file: Awaited<ReturnType<typeof open>>;
      try {
        file = await open(path, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
      try {
        // The size is the open file's: one that grows while it is read is cut there, one that
        // shrinks is filled with zeros, so the header never lies. A torn page is repaired from
        // the WAL when the backup is restored (full-page writes).
        const stats = await file.stat();
        await entry({ name, size: stats.size, mode: stats.mode & 0o777, mtime: stats.mtime }, (sink) =>
          stats.size === 0
            ? Promise.resolve(void sink.end())
            : pipeline(
                createReadStream('', { fd: file.fd, start: 0, end: stats.size - 1, autoClose: false }),
                exactly(stats.size),
                sink,
              ),
        );
        return true;
      } finally {
        await file.close();
      }
    },
    addBytes(name, bytes, mode = 0o600) {
      return entry({ name, size: bytes.length, mode, mtime: new Date() }, async (sink) => {
        sink.end(bytes);
      });
    },
    addFolder(name, mode = 0o700) {
      return entry({ name, type: 'directory', mode, mtime: new Date() }, async (sink) => {
        sink.end();
      });
    },
    async finish() {
      pack.finalize();
      await written;
      // A backup said to be written must survive a power cut too.
      const file = await open(target, 'r');
      try {
        await file.sync();
      } finally {
        await file.close();
      }
    },
    abort(error) {
      pack.destroy(error);
    },
  };
}

/** Passes at most `size` bytes and makes up any shortfall with zeros. */
function exactly(size: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const room = size - seen;
      seen += Math.min(chunk.length, room);
      done(null, room >= chunk.length ? chunk : chunk.subarray(0, Math.max(0, room)));
    },
    flush(done) {
      if (seen < size) this.push(Buffer.alloc(size - seen));
      done();
    },
  });
}

/**
 * Reads a .tar.gz made by `archiveWriter`: each entry goes where `placeOf` says (a path under one
 * of the caller's folders), or is skipped when it says nothing. Names that climb out of the
 * archive (`..`, absolute paths) are refused.
 */
export async function extractArchive(
  source: string,
  placeOf: (name: string) => string | undefined,
): Promise<string[]> {
  const names: string[] = [];
  const extract = tar.extract();
  const done = pipeline(createReadStream(source), createGunzip(), extract);
  // A broken archive fails the pipeline and the loop below at once: the loop's error is the one
  // reported, and the pipeline's must not become an unhandled rejection meanwhile.
  done.catch(() => {});
  try {
    for await (const item of extract) {
      const name = item.header.name;
      const clean = normalize(name);
      if (isAbsolute(clean) || clean.split(sep).includes('..'))
        throw new Error(`unsafe name in archive: ${name}`);
      const target = placeOf(clean.replace(/\/$/, ''));
      if (target === undefined) {
        item.resume();
        continue;
      }
      names.push(clean);
      const mode = (item.header.mode ?? 0o600) & 0o777;
      if (item.header.type === 'directory') {
        await mkdir(target, { recursive: true, mode });
        item.resume();
        continue;
      }
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await pipeline(item, createWriteStream(target, { flags: 'wx', mode }));
    }
  } catch (error) {
    extract.destroy();
    throw error;
  }
  await done;
  return names;
}
