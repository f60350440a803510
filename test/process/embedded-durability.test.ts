import { describe, expect, it } from 'vitest';
import { type ChildServer, killGroup, startChildServer, tempDataDir } from '../support/child-server.js';
import { isAlive, keepFiling, postmasterPid, storedCases } from '../support/embedded-folder.js';
import { readiness, until } from '../support/waiting.js';

const CYCLES = 10;

/** Every complaint that was answered 201 is stored, whole; none is stored half. */
async function expectAllKept(dataDir: string, acknowledged: Iterable<string>): Promise<void> {
  const stored = await storedCases(dataDir);
  const lost = [...acknowledged].filter((number) => !stored.numbers.has(number));
  expect(lost).toEqual([]);
  expect(stored.incomplete).toBe(0);
}

const start = (dataDir: string): Promise<ChildServer> =>
  startChildServer({ DATA_DIR: dataDir, FILING_RATE_LIMIT: '0' });

/**
 * Starts the service on one folder again and again; each time, once complaints are being filed
 * and acknowledged, `kill` ends it the hard way. Then a last start must find every complaint that
 * was acknowledged in any of those runs.
 */
async function killDuringFilings(kill: (server: ChildServer, cycle: number) => void): Promise<Set<string>> {
  const dataDir = tempDataDir(true);
  const acknowledged = new Set<string>();
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const server = await start(dataDir);
    const filing = keepFiling(server.url);
    await until(() => filing.acknowledged.length >= 10, 30_000);
    kill(server, cycle);
    await server.exited;
    await filing.stop();
    for (const number of filing.acknowledged) acknowledged.add(number);
  }
  const last = await start(dataDir);
  try {
    await expectAllKept(dataDir, acknowledged);
  } finally {
    last.process.kill('SIGTERM');
    await last.exited;
  }
  return acknowledged;
}

describe('C6 the embedded PostgreSQL keeps every acknowledged complaint', () => {
  it(`C6 kill -9 of the service (alone, or with its process group) during filings, ${CYCLES} times: the next start has every acknowledged complaint`, async () => {
    const acknowledged = await killDuringFilings((server, cycle) => {
      if (cycle % 2 === 0) server.process.kill('SIGKILL');
      else killGroup(server.process);
    });
    expect(acknowledged.size).toBeGreaterThanOrEqual(CYCLES * 10);
  }, 300_000);

  it(`C6 kill -9 of its PostgreSQL server while it runs, ${CYCLES} times: /readyz says 503 within 5 s, requests get 503 problem+json, and it is back within 10 s`, async () => {
    const dataDir = tempDataDir(true);
    const server = await start(dataDir);
    const acknowledged = new Set<string>();
    const statuses = new Map<number, number>();
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const filing = keepFiling(server.url);
        await until(() => filing.acknowledged.length >= 5, 30_000);
        const pid = postmasterPid(dataDir);
        if (!pid) throw new Error('no postmaster');
        process.kill(pid, 'SIGKILL');
        const killedAt = Date.now();
        await until(async () => (await readiness(server.url)) === 503, 5_000);
        // While it is down, a filing is refused as unavailable, never as an error of ours.
        const refused = await fetch(`${server.url}/api/v1/complaints`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({}),
        });
        if (refused.status === 503) {
          expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(((await refused.json()) as { code: string }).code).toBe('SERVICE_UNAVAILABLE');
        } else {
          await refused.arrayBuffer();
        }
        await until(async () => (await readiness(server.url)) === 200, 10_000 - (Date.now() - killedAt));
        await until(() => filing.acknowledged.length >= 10, 30_000);
        await filing.stop();
        for (const number of filing.acknowledged) acknowledged.add(number);
        for (const [status, count] of filing.statuses)
          statuses.set(status, (statuses.get(status) ?? 0) + count);
      }
      expect(server.process.exitCode).toBeNull();
      expect([...statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
      await expectAllKept(dataDir, acknowledged);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 300_000);

  it(`C6 kill -9 of both the service and its PostgreSQL server during filings, ${CYCLES} times: crash recovery on the next start keeps every acknowledged complaint`, async () => {
    await killDuringFilings((server) => {
      const pid = postmasterPid(server.dataDir);
      if (!pid) throw new Error('no postmaster');
      server.process.kill('SIGKILL');
      process.kill(pid, 'SIGKILL');
    });
  }, 300_000);

  it('a PostgreSQL server left running by a killed service is stopped by the next start, which then runs its own', async () => {
    const dataDir = tempDataDir(true);
    const first = await start(dataDir);
    const orphan = postmasterPid(dataDir);
    if (!orphan) throw new Error('no postmaster');
    first.process.kill('SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true); // it outlives the service that started it

    const second = await start(dataDir);
    try {
      expect(isAlive(orphan)).toBe(false);
      expect(postmasterPid(dataDir)).not.toBe(orphan);
      expect(await readiness(second.url)).toBe(200);
      expect(second.stdout()).toContain('stopped a PostgreSQL server left running by an earlier run');
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
  }, 60_000);
});
