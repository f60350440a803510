import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

export interface ChildServer {
  process: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A fresh temporary DATA_DIR; `withTemplate` copies a migrated database into it (saves ~6 s). */
export function tempDataDir(withTemplate: boolean): string {
  const dir = mkdtempSync(join(resolve('.tmp'), 'data-'));
  if (withTemplate)
    cpSync(join(inject('pgliteTemplateDataDir'), 'pgdata'), join(dir, 'pgdata'), { recursive: true });
  return dir;
}

/** Only what a fresh machine has: no Redress settings unless the test gives them. */
function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
}

/** Runs a compiled entry point (`dist/…`) and collects its output. */
export function runNode(script: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [script, ...args], { env: { ...baseEnv(), ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('exit', (code, signal) => done({ code, signal }));
  });
  return { child, exited, stdout: () => out, stderr: () => err };
}

/** Starts `npm start`'s compiled server and waits for its "ready" log line. */
export async function startChildServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ChildServer> {
  const run = runNode('dist/main.js', { PORT: '0', HOST: '127.0.0.1', ...env });
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const line = run
      .stdout()
      .split('\n')
      .find((l) => l.includes('"Redress is ready"'));
    if (line) {
      const { url } = JSON.parse(line) as { url: string };
      return { process: run.child, url, stdout: run.stdout, stderr: run.stderr, exited: run.exited };
    }
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  run.child.kill('SIGKILL');
  throw new Error(`server did not start: ${run.stderr()}${run.stdout().slice(-2000)}`);
}
