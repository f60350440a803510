import { join, resolve } from 'node:path';

/**
 * Every setting Redress reads, from the environment, with its default. The README's settings
 * table mirrors this list. None is required: the service starts with an empty environment.
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Uploaded documents; default DATA_DIR/files. */
  filesDir: string;
  /** Unset: the embedded PostgreSQL server in `dataDir`. Set: a PostgreSQL server. */
  databaseUrl: string | undefined;
  /** Unset: 10 connections on a server, 5 on the embedded one. */
  databasePoolSize: number | undefined;
  /** The embedded server's `shared_buffers`, in MB. */
  embeddedSharedBuffersMb: number;
  /** The embedded server's `autovacuum_max_workers`. */
  embeddedAutovacuumWorkers: number;
  publicUrl: string;
  /** Unset: messages are written as .eml files under `dataDir/outbox`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Mail that comes in (issue 16): a built-in SMTP listener, where replies find their case. */
  inbound: InboundMailConfig;
  /** Unset: generated on first start and kept in the database. */
  sessionSecret: string | undefined;
  initialAdminEmail: string | undefined;
  initialAdminPassword: string | undefined;
  /** Public filings per client address per minute; 0 switches the limit off. */
  filingRateLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * Behind a reverse proxy, which `X-Forwarded-For` hops to believe for the client address (rate
   * limits and sign-in throttles count per address): `true`, or the proxies' addresses/CIDRs.
   * Unset: the direct peer is the client, and the header is ignored.
   */
  trustProxy: boolean | string;
  production: boolean;
}

export interface InboundMailConfig {
  /** Unset: no listener (INBOUND_SMTP_PORT). */
  smtpPort: number | undefined;
  smtpHost: string;
  /** Larger messages are refused with SMTP 552. */
  maxBytes: number;
  /** The address customers write to; outgoing emails carry it as Reply-To. */
  address: string | undefined;
  /** Reply-To as `local+TRACKING-NUMBER@domain`, so a reply names its case. */
  plusAddressing: boolean;
  /** What mail that matches no case opens. */
  newCaseKind: 'inquiry' | 'complaint';
  /** New cases per sender per hour from mail; the rest are held for staff. */
  newCasesPerSenderPerHour: number;
}

export class ConfigError extends Error {}

function inboundMail(env: Env): InboundMailConfig {
  const kind = text(env, 'INBOUND_NEW_CASE_KIND') ?? 'inquiry';
  if (kind !== 'inquiry' && kind !== 'complaint')
    throw new ConfigError('INBOUND_NEW_CASE_KIND must be inquiry or complaint');
  const plus = text(env, 'INBOUND_PLUS_ADDRESSING') ?? 'off';
  if (plus !== 'on' && plus !== 'off') throw new ConfigError('INBOUND_PLUS_ADDRESSING must be on or off');
  const address = text(env, 'INBOUND_ADDRESS');
  if (address !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(address))
    throw new ConfigError('INBOUND_ADDRESS must be a bare email address, e.g. complaints@provider.example');
  return {
    smtpPort: integer(env, 'INBOUND_SMTP_PORT', undefined, 0, 65535),
    smtpHost: text(env, 'INBOUND_SMTP_HOST') ?? '127.0.0.1',
    maxBytes: integer(env, 'INBOUND_MAX_BYTES', 26_214_400, 1_024, 1_073_741_824),
    address,
    plusAddressing: plus === 'on',
    newCaseKind: kind,
    newCasesPerSenderPerHour: integer(env, 'INBOUND_NEW_CASES_PER_SENDER_PER_HOUR', 5, 0, 100_000),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer<T extends number | undefined>(
  env: Env,
  name: string,
  fallback: T,
  min: number,
  max: number,
): number | T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function trustProxy(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === 'false') return false;
  return raw === 'true' ? true : raw;
}

export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const logLevel = text(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const adminEmail = text(env, 'INITIAL_ADMIN_EMAIL');
  const adminPassword = text(env, 'INITIAL_ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('INITIAL_ADMIN_EMAIL and INITIAL_ADMIN_PASSWORD must be set together');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    throw new ConfigError('INITIAL_ADMIN_PASSWORD must be at least 12 characters');
  }
  const sessionSecret = text(env, 'SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  }
  const dataDir = resolve(text(env, 'DATA_DIR') ?? './data');
  return {
    port,
    host: text(env, 'HOST') ?? 'localhost',
    dataDir,
    filesDir: resolve(text(env, 'FILES_DIR') ?? join(dataDir, 'files')),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', undefined, 1, 500),
    embeddedSharedBuffersMb: integer(env, 'EMBEDDED_SHARED_BUFFERS_MB', 16, 1, 65_536),
    embeddedAutovacuumWorkers: integer(env, 'EMBEDDED_AUTOVACUUM_WORKERS', 1, 1, 8),
    publicUrl: (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(
      /\/+$/,
      '',
    ),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: text(env, 'MAIL_FROM') ?? 'complaints@localhost',
    inbound: inboundMail(env),
    sessionSecret,
    initialAdminEmail: adminEmail?.toLowerCase(),
    initialAdminPassword: adminPassword,
    filingRateLimit: integer(env, 'FILING_RATE_LIMIT', 10, 0, 100_000),
    logLevel: logLevel as Config['logLevel'],
    trustProxy: trustProxy(text(env, 'TRUST_PROXY')),
    production: env.NODE_ENV === 'production',
  };
}

/** The domain of MAIL_FROM, whether it is a bare address or `Name <address>` (for Message-IDs). */
export function mailDomain(mailFrom: string): string {
  const address = /<([^<>\s]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return address.split('@')[1]?.toLowerCase() || 'localhost';
}
