import { createHash, randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { appCaches, outboxSignal } from './app/app-state.js';
import type { AppContext } from './app/context.js';
import { ensureInitialAdmin } from './app/setup/ensure-initial-admin.js';
import { ensureSessionSecret } from './app/setup/ensure-session-secret.js';
import { type Config, mailDomain } from './config.js';
import { type Clock, systemClock } from './domain/clock.js';
import { DEFAULT_TRACKING_PREFIX } from './domain/tracking-number.js';
import { type ServiceLog, serviceLog } from './http/log.js';
import { type CommitmentSweep, startCommitmentSweep } from './jobs/commitment-sweep.js';
import { startHousekeeping } from './jobs/housekeeping.js';
import { type InboundSmtp, startInboundSmtp } from './jobs/inbound-smtp.js';
import { type OutboxWorker, startOutboxWorker } from './jobs/outbox-worker.js';
import { fileMailer, smtpMailer } from './notify/mailer.js';
import { buildServer } from './server.js';
import { caseIntake, intakeWritesAtOnce } from './store/case-intake.js';
import { localFileStore } from './store/file-store.js';
import { migrate } from './store/migrate.js';
import { openStorage, type Storage } from './store/open-storage.js';
import { VERSION } from './version.js';

export interface RunningService {
  readonly app: FastifyInstance;
  readonly storage: Storage;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  /** The mail outbox's worker (tests and operators can ask it to deliver now). */
  readonly outbox: OutboxWorker;
  /** The commitment sweep (C7–C9): tests and operators can run a pass now. */
  readonly sweep: CommitmentSweep;
  /** The built-in SMTP listener for customers' mail, when INBOUND_SMTP_PORT is set. */
  readonly inboundSmtp: InboundSmtp | undefined;
  /** Stops accepting, lets requests in flight finish, then closes the database. */
  stop(): Promise<void>;
}

/**
 * The composition root: open the database, migrate, prepare secrets and the first admin, then
 * serve. Everything the service holds is released by `stop()`.
 */
export interface ServiceOptions {
  clock?: Clock;
  /** Between passes of the commitment sweep; tests with a hand-moved clock run passes themselves. */
  sweepIntervalMs?: number;
  /**
   * An already opened database (`npm start` opens it while the rest of the code loads; tests use
   * a migrated template); by default, the settings decide.
   */
  storage?: Storage;
  /** The log to write to (by default, one at the configured level on stdout). */
  log?: ServiceLog;
  /**
   * The storage failed for good (the embedded server died and could not be restarted): the
   * service cannot go on. `npm start` ends with one line and a non-zero exit code.
   */
  onFatal?: (reason: string) => void;
  /** Adds routes before the server listens (the benchmark's bare baseline route). */
  beforeListen?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
}

export async function startService(config: Config, options: ServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const log: ServiceLog = options.log ?? serviceLog(config.logLevel);
  const storage = options.storage ?? (await openStorage(config, { role: 'server', log }));
  try {
    const { db } = storage.database;
    const migration = await migrate(db);
    const sessionSecret = await ensureSessionSecret(db, config.sessionSecret);
    await ensureInitialAdmin(db, clock, {
      email: config.initialAdminEmail,
      password: config.initialAdminPassword,
    });

    const ctx: AppContext = {
      db,
      clock,
      randomIndex: randomInt,
      trackingPrefix: DEFAULT_TRACKING_PREFIX,
      mail: {
        from: config.mailFrom,
        publicUrl: config.publicUrl,
        inboundAddress: config.inbound.address,
        plusAddressing: config.inbound.plusAddressing,
      },
      messageIdDomain: mailDomain(config.mailFrom),
      linkKey: createHash('sha256').update(`case links:${sessionSecret}`).digest('hex'),
      files: localFileStore(config.filesDir),
      intake: caseIntake(db, intakeWritesAtOnce(storage.database.poolSize)),
      outbox: outboxSignal(),
      caches: appCaches(),
    };
    const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : fileMailer(join(config.dataDir, 'outbox'));
    let outbox: OutboxWorker | undefined;
    const app = await buildServer({
      filingRateLimit: config.filingRateLimit,
      ctx,
      secureCookies: config.publicUrl.startsWith('https:'),
      publicUrl: config.publicUrl,
      readiness: { check: () => storage.health.ready() },
      sessionSecret,
      log,
      trustProxy: config.trustProxy,
      version: VERSION,
    });
    await options.beforeListen?.(app, ctx);
    const url = await app.listen({ port: config.port, host: config.host });
    outbox = startOutboxWorker({
      ctx,
      mailer,
      log: app.log,
    });
    ctx.outbox.onWake(() => outbox?.nudge()); // a use case queued messages and committed
    outbox.nudge(); // deliver what a previous run left behind
    const housekeeping = startHousekeeping(ctx, app.log);
    const sweep = startCommitmentSweep({
      ctx,
      log: app.log,
      ...(options.sweepIntervalMs ? { intervalMs: options.sweepIntervalMs } : {}),
    });
    const inbound = config.inbound;
    const inboundSmtp =
      inbound.smtpPort === undefined
        ? undefined
        : await startInboundSmtp({
            ctx,
            host: inbound.smtpHost,
            port: inbound.smtpPort,
            maxBytes: inbound.maxBytes,
            settings: inbound,
            log: app.log,
          });
    app.log.info(
      {
        url,
        inboundSmtp: inboundSmtp ? `${inbound.smtpHost}:${inboundSmtp.port}` : 'off',
        database: storage.mode,
        mail: mailer.description,
        migrationsApplied: migration.applied.map((m) => m.version),
      },
      'Redress is ready',
    );
    storage.onFatal((reason) => {
      app.log.fatal({ reason }, 'the database is gone for good');
      options.onFatal?.(reason);
    });
    let stopping: Promise<void> | undefined;
    const worker = outbox;
    return {
      app,
      storage,
      url,
      outbox: worker,
      sweep,
      inboundSmtp,
      stop() {
        stopping ??= (async () => {
          // Each step runs even if one before it failed; the database closes last.
          const steps = [
            async () => inboundSmtp?.close(),
            () => app.close(),
            async () => housekeeping.stop(),
            () => sweep.stop(),
            () => worker.stop(),
          ];
          const failures: unknown[] = [];
          for (const step of steps) await step().catch((error: unknown) => failures.push(error));
          await storage.close();
          if (failures.length > 0) throw failures[0];
        })();
        return stopping;
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
