import { readdirSync, readFileSync } from 'node:fs';

/** The process and all its descendants (the embedded PostgreSQL's postmaster and backends). */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command may hold spaces and parentheses: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/**
 * Proportional set size, in MB: each page a process maps, divided by the number of processes that
 * share it, so shared memory (PostgreSQL's buffers, the binaries' code) is counted once in a sum.
 */
export function pssMb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const line = rollup.split('\n').find((l) => l.startsWith('Pss:'));
    return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The service's memory: its own Pss and its PostgreSQL processes' together. */
export function treeMemory(root: number): { service: number; postgres: number; processes: number } {
  const tree = processTree(root);
  const service = pssMb(root);
  const postgres = tree.slice(1).reduce((sum, pid) => sum + pssMb(pid), 0);
  return { service, postgres, processes: tree.length };
}
