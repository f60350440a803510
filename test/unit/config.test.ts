import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('settings', () => {
  it('start with nothing set, with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      dataDir: resolve('./data'),
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      mailFrom: 'complaints@localhost',
      sessionSecret: undefined,
      initialAdminEmail: undefined,
      databasePoolSize: undefined,
      embeddedSharedBuffersMb: 16,
      embeddedAutovacuumWorkers: 1,
      production: false,
    });
  });

  it('size the embedded PostgreSQL and the pool for a larger desk', () => {
    const config = loadConfig({
      DATABASE_POOL_SIZE: '20',
      EMBEDDED_SHARED_BUFFERS_MB: '256',
      EMBEDDED_AUTOVACUUM_WORKERS: '3',
    });
    expect(config).toMatchObject({
      databasePoolSize: 20,
      embeddedSharedBuffersMb: 256,
      embeddedAutovacuumWorkers: 3,
    });
  });

  it('also start with nothing set in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL/],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.c' }, /set together/],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.c', INITIAL_ADMIN_PASSWORD: 'short' }, /12 characters/],
    [{ SESSION_SECRET: 'too-short' }, /32 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ EMBEDDED_SHARED_BUFFERS_MB: '0' }, /EMBEDDED_SHARED_BUFFERS_MB must be a whole number from 1/],
    [{ EMBEDDED_AUTOVACUUM_WORKERS: 'many' }, /EMBEDDED_AUTOVACUUM_WORKERS/],
  ])('refuse %o with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('derive PUBLIC_URL from PORT and drop a trailing slash from a given one', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://complaints.example.org/' }).publicUrl).toBe(
      'https://complaints.example.org',
    );
  });
});
