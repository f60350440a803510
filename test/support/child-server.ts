import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { clusterLayout } from '../../src/store/embedded/cluster-layout.js';

export interface ChildServer {
  process: ChildProcess;
  url: string;
  /** Its DATA_DIR, as the test gave it. */
  dataDir: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A fresh temporary DATA_DIR; `withTemplate` copies a migrated, stopped cluster into it. */
export function tempDataDir(withTemplate: boolean): string {
  const dir = mkdtempSync(join(resolve('.tmp'), 'data-'));
  if (withTemplate) {
    const template = clusterLayout(inject('templateDataDir'));
    const layout = clusterLayout(dir);
    cpSync(template.pgdata, layout.pgdata, { recursive: true });
    cpSync(template.passwordFile, layout.passwordFile);
  }
  return dir;
}

/** Only what a fresh machine has: no Redress settings unless the test gives them. */
function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
}

/**
 * Runs a compiled entry point (`dist/…`) and collects its output. It leads a process group of its
 * own, so a test can kill it alone or with the whole group (`killGroup`).
 */
export function runNode(script: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...baseEnv(), ...env },
    stdio: 'pipe',
    detached: true,
  });
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
      const dataDir = env.DATA_DIR ?? '';
      return { process: run.child, url, dataDir, stdout: run.stdout, stderr: run.stderr, exited: run.exited };
    }
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  run.child.kill('SIGKILL');
  throw new Error(`server did not start: ${run.stderr()}${run.stdout().slice(-2000)}`);
}

/** `kill -9 -<pgid>`: the process and every process of its group, at once. */
export function killGroup(child: ChildProcess): void {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
}
