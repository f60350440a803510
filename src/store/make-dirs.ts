import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates missing folders one level at a time. Node's `mkdirSync(…, { recursive: true })` spins
 * forever on some impossible paths (under /proc, for one); this fails at once instead.
 */
export function makeDirs(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirs(parent);
  mkdirSync(dir);
}
