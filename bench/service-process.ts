import { type ChildProcess, spawn } from 'node:child_process';
import { freeLocalPort } from '../src/store/embedded/free-port.js';

/**
 * `npm start`'s compiled service as a child process, with only the settings given; ready when
 * `/readyz` answers 200 (the time includes the database's start and the migrations).
 */
export async function startUntilReady(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const port = await freeLocalPort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    const response = await fetch(`${url}/readyz`).catch(() => undefined);
    if (response?.status === 200) return { child, url, ms: performance.now() - started };
    if (child.exitCode !== null) throw new Error('the service exited before it was ready');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
