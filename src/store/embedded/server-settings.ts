/** How the embedded server is sized and reached: a small desk on a small machine by default. */
export interface EmbeddedServerSettings {
  /** `shared_buffers`, in MB (EMBEDDED_SHARED_BUFFERS_MB). */
  sharedBuffersMb: number;
  /** `max_connections`: the service's pool, and room for `npm run backup` and other commands. */
  maxConnections: number;
  /** `autovacuum_max_workers` (EMBEDDED_AUTOVACUUM_WORKERS). */
  autovacuumWorkers: number;
}

export type Listener = { socketDir: string; port: number } | { tcpPort: number };

/**
 * The server's settings, given on its command line at every start (nothing is written into its
 * postgresql.conf, so a setting changed in the environment applies at the next start).
 * Durability is PostgreSQL's own: fsync, synchronous commit and full-page writes stay on, so a
 * complaint acknowledged after its commit survives a power cut. Memory is kept small: a few
 * shared buffers, no parallel query, one autovacuum worker, no I/O workers, no replication
 * senders or logical replication. WAL is kept at
 * `replica` level, which an online backup needs.
 */
export function serverArguments(listener: Listener, settings: EmbeddedServerSettings): string[] {
  const values: Record<string, string> = {
    ...('socketDir' in listener
      ? { listen_addresses: '', unix_socket_directories: listener.socketDir, port: String(listener.port) }
      : { listen_addresses: '127.0.0.1', unix_socket_directories: '', port: String(listener.tcpPort) }),
    unix_socket_permissions: '0700',
    fsync: 'on',
    synchronous_commit: 'on',
    full_page_writes: 'on',
    wal_level: 'replica',
    max_wal_senders: '0',
    max_replication_slots: '4',
    max_wal_size: '256MB',
    min_wal_size: '32MB',
    shared_buffers: `${settings.sharedBuffersMb}MB`,
    max_connections: String(settings.maxConnections),
    superuser_reserved_connections: '0',
    max_worker_processes: '2',
    // PostgreSQL 18 reads through three I/O worker processes by default; a small desk reads little.
    io_method: 'sync',
    max_logical_replication_workers: '0',
    // Just-in-time compilation pays off for long analytical queries, not for a desk's short ones.
    jit: 'off',
    max_parallel_workers: '0',
    max_parallel_workers_per_gather: '0',
    max_parallel_maintenance_workers: '0',
    autovacuum_max_workers: String(settings.autovacuumWorkers),
    autovacuum_worker_slots: String(settings.autovacuumWorkers),
    huge_pages: 'off',
    logging_collector: 'off',
    log_destination: 'stderr',
    log_checkpoints: 'off',
    log_timezone: 'UTC',
    timezone: 'UTC',
  };
  return Object.entries(values).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
