import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppContext } from '../app/context.js';
import { type InboundSettings, receiveEmail } from '../app/inbound/receive-email.js';
import { parseInbound } from './parse-inbound.js';

export interface InboundSmtpOptions {
  ctx: AppContext;
  host: string;
  port: number;
  maxBytes: number;
  settings: InboundSettings;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export interface InboundSmtp {
  readonly port: number;
  close(): Promise<void>;
}

/** Recipients of one SMTP transaction; more are refused (452) rather than stored by the thousand. */
const MAX_RECIPIENTS = 100;

/**
 * The built-in SMTP listener (INBOUND_SMTP_PORT) an MTA relays customers' mail to. A message is
 * answered 250 only once it is stored (with what it does to its case) — so an MTA that never
 * heard the answer delivers it again, and the second copy is recognised (its Message-ID) and
 * not taken twice. Larger than INBOUND_MAX_BYTES: 552. A failure to store: 451, try again later.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const { ctx, log } = options;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    banner: 'Redress complaints intake',
    onRcptTo(_address, session, callback) {
      if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) {
        const error = Object.assign(new Error('too many recipients'), { responseCode: 452 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= options.maxBytes) chunks.push(chunk);
      });
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded || size > options.maxBytes) {
          callback(Object.assign(new Error('message too large'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        parseInbound(raw, envelopeTo)
          .then((email) => receiveEmail(ctx, email, options.settings))
          .then(
            (received) => {
              log.info({ outcome: received.outcome, bytes: raw.length }, 'email received');
              callback();
            },
            (error: unknown) => {
              log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'email not taken');
              callback(Object.assign(new Error('not stored, try again later'), { responseCode: 451 }));
            },
          );
      });
    },
  });
  server.on('error', (error) => log.warn({ reason: error.message }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
