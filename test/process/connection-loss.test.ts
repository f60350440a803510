import { describe, expect, it } from 'vitest';
import { startChildServer, tempDataDir } from '../support/child-server.js';
import { testBackends } from '../support/databases.js';
import { keepFiling } from '../support/embedded-folder.js';
import { cuttableProxy } from '../support/tcp-proxy.js';
import { readiness, until } from '../support/waiting.js';

/** Where the proxy forwards to: the database's own address (a socket folder, or host and port). */
function targetOf(url: string) {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host') ?? parsed.hostname;
  const port = Number(parsed.searchParams.get('port') ?? parsed.port ?? 5432) || 5432;
  return host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port };
}

describe.each(testBackends())('losing the database connection, on $name PostgreSQL', (backend) => {
  it('never ends the process: requests get 503 problem+json, /readyz says 503, and it recovers by itself, 5 times over', async () => {
    const database = await backend.open({ poolSize: 1 });
    const proxy = await cuttableProxy(targetOf(database.url));
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    viaProxy.searchParams.delete('host');
    viaProxy.searchParams.delete('port');
    const server = await startChildServer({
      DATABASE_URL: viaProxy.toString(),
      DATA_DIR: tempDataDir(false),
      FILING_RATE_LIMIT: '0',
    });
    try {
      for (let round = 0; round < 5; round++) {
        const filing = keepFiling(server.url, 4);
        while (filing.acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 10));
        await proxy.cut(); // connections in use and idle alike are cut mid-conversation
        await until(async () => (await readiness(server.url)) === 503, 5_000);
        const refused = await fetch(`${server.url}/api/v1/complaints`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            language: 'en',
            customer: { name: 'Kim', email: 'kim@example.org', type: 'residential', province: 'ON' },
            service: 'internet',
            category: 'billing',
            description: 'Charged twice.',
          }),
        });
        expect(refused.status).toBe(503);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        await proxy.restore();
        await until(async () => (await readiness(server.url)) === 200, 10_000);
        const before = filing.acknowledged.length;
        await until(async () => filing.acknowledged.length > before + 5, 10_000);
        await filing.stop();
        expect([...filing.statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
        expect(server.process.exitCode).toBeNull();
      }
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
      await proxy.close();
      await database.dispose();
    }
  }, 120_000);
});
