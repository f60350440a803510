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
      databasePreparedStatements: true,
      production: false,
    });
  });

  it('switch prepared statements off for a pooler that cannot keep them', () => {
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'off' }).databasePreparedStatements).toBe(false);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'on' }).databasePreparedStatements).toBe(true);
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
    [{ DATABASE_PREPARED_STATEMENTS: 'yes' }, /DATABASE_PREPARED_STATEMENTS must be on or off/],
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
