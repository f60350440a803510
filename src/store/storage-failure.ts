/**
 * Why a storage operation failed, when the cause is the storage itself rather than the request:
 * the database cannot be reached (a restart, a cut network, too many connections), or the disk
 * is full. Both are answered 503 and make `/readyz` say so; neither ends the process.
 */
export type StorageFailure = 'unavailable' | 'full';

/** SQLSTATEs that mean "not now" rather than "not this request" (PostgreSQL's appendix A). */
const UNAVAILABLE_STATES: ReadonlySet<string> = new Set([
  '53000', // insufficient_resources
  '53200', // out_of_memory
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '57P05', // idle_session_timeout
  '58000', // system_error
  '58030', // io_error
]);

const CONNECTION_ERRNOS: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed and is not queryable',
  'terminating connection',
];

export function storageFailureOf(error: unknown): StorageFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  if (code === '53100' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return 'unavailable'; // connection_exception
    if (UNAVAILABLE_STATES.has(code)) return 'unavailable';
    if (CONNECTION_ERRNOS.has(code)) return 'unavailable';
    // The embedded server's socket is missing while it restarts.
    if (code === 'ENOENT' && syscall === 'connect') return 'unavailable';
  }
  if (CONNECTION_MESSAGES.some((text) => error.message.includes(text))) return 'unavailable';
  if (error.cause !== undefined && error.cause !== error) return storageFailureOf(error.cause);
  return undefined;
}
