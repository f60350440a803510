import pino from 'pino';

export type ServiceLog = pino.Logger;

/**
 * The service's one log: JSON lines on stdout, with a request id on each request's lines. Made
 * before the server so that starting the database is logged in the same stream.
 */
export function serviceLog(level: string): ServiceLog {
  return pino({
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
  });
}
