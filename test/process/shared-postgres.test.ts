import { describe, expect, it } from 'vitest';
import { startChildServer, tempDataDir } from '../support/child-server.js';
import { testBackends } from '../support/databases.js';

describe.each(testBackends())('several instances on one $name PostgreSQL server', (backend) => {
  it('start together on a new database: one migrates, all serve, and they share sessions and sign-in throttles', async () => {
    const fresh = await backend.freshUrl();
    const env = {
      DATABASE_URL: fresh.url,
      INITIAL_ADMIN_EMAIL: 'admin@example.org',
      INITIAL_ADMIN_PASSWORD: 'correct horse battery staple',
    };
    const servers = await Promise.all(
      [1, 2, 3].map(() => startChildServer({ ...env, DATA_DIR: tempDataDir(false) })),
    );
    try {
      for (const server of servers) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      const migrated = servers.filter((server) => !server.stdout().includes('"migrationsApplied":[]'));
      expect(migrated).toHaveLength(1); // the advisory lock let exactly one instance migrate
      const login = await fetch(`${servers[0]?.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: env.INITIAL_ADMIN_EMAIL, password: env.INITIAL_ADMIN_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      // A session opened on one instance is valid on every other (sessions live in the database).
      for (const server of servers.slice(1)) {
        expect((await fetch(`${server.url}/api/v1/auth/session`, { headers: { cookie } })).status).toBe(200);
      }
      // Failed sign-ins are counted in the database: 10 spread over the instances lock the account on all.
      const attempt = (url: string | undefined, password: string) =>
        fetch(`${url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: env.INITIAL_ADMIN_EMAIL, password }),
        });
      for (let i = 0; i < 10; i += 1) {
        expect((await attempt(servers[i % 3]?.url, `wrong ${i}`)).status).toBe(401);
      }
      for (const server of servers) {
        const refused = await attempt(server.url, env.INITIAL_ADMIN_PASSWORD);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      for (const server of servers) server.process.kill('SIGTERM');
      const exits = await Promise.all(servers.map((server) => server.exited));
      await fresh.drop();
      expect(exits.every((e) => e.code === 0)).toBe(true);
    }
  }, 90_000);
});
