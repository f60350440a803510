/**
 * Start-up time and memory of `npm start` on the embedded default, printed, never asserted.
 *   - first start on an empty data folder (initdb, migrations) → /readyz
 *   - start on an existing folder → /readyz (median of five)
 *   - memory after start: the sum of Pss over the service and all its PostgreSQL processes
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeMemory } from './process-tree.js';
import { median, startUntilReady, stop } from './service-process.js';

const RESTARTS = 5;

export async function startupBenchmark(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  try {
    const first = await startUntilReady(dataDir);
    await stop(first.child);

    const times: number[] = [];
    const memory: ReturnType<typeof treeMemory>[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      const run = await startUntilReady(dataDir);
      times.push(run.ms);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // let start-up garbage settle
      memory.push(treeMemory(run.child.pid ?? 0));
      await stop(run.child);
    }
    const total = median(memory.map((m) => m.service + m.postgres));
    const at = memory.find((m) => m.service + m.postgres === total) ?? memory[0];

    console.log('Start-up and memory (npm start on the embedded PostgreSQL)');
    console.log(`  first start, empty data folder → /readyz : ${first.ms.toFixed(0)} ms  (target ≤ 3000 ms)`);
    console.log(
      `  start on an existing folder → /readyz    : median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')}; target ≤ 1000 ms)`,
    );
    console.log(
      `  memory after start (sum of Pss)          : ${total.toFixed(0)} MB  (service ${at?.service.toFixed(0)} MB + PostgreSQL ${at?.postgres.toFixed(0)} MB in ${(at?.processes ?? 1) - 1} processes; target ≤ 150 MB)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
