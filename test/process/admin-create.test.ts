import { describe, expect, it } from 'vitest';
import { runNode, startChildServer, tempDataDir } from '../support/child-server.js';

async function signIn(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('npm run admin:create', () => {
  it('creates an admin with a password shown once, refuses a duplicate, and works through a running service', async () => {
    const dataDir = tempDataDir(true);
    const created = runNode('dist/cli/admin-create.js', { DATA_DIR: dataDir }, [
      '--email',
      'Ops@Provider.example',
      '--name',
      'Ops',
    ]);
    expect(await created.exited).toEqual({ code: 0, signal: null });
    const password = created.stdout().match(/password \(shown once\): (\S+)/)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);

    const again = runNode(
      'dist/cli/admin-create.js',
      { DATA_DIR: dataDir, ADMIN_PASSWORD: 'another long password' },
      ['--email', 'ops@provider.example'],
    );
    expect(await again.exited).toEqual({ code: 1, signal: null });
    expect(again.stderr()).toMatch(/already exists/);

    const server = await startChildServer({ DATA_DIR: dataDir });
    try {
      expect(await signIn(server.url, 'ops@provider.example', password)).toBe(200);
      // While the service runs, the command goes through its PostgreSQL server.
      const through = runNode('dist/cli/admin-create.js', { DATA_DIR: dataDir }, [
        '--email',
        'second@provider.example',
      ]);
      expect(await through.exited).toEqual({ code: 0, signal: null });
      const second = through.stdout().match(/password \(shown once\): (\S+)/)?.[1] ?? '';
      expect(await signIn(server.url, 'second@provider.example', second)).toBe(200);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 90_000);
});
