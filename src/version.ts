import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package version, for the API document and logs: from the nearest package.json above this
 * code (in src/ when run from source, in dist/ or dist/cli/ when bundled).
 */
export const VERSION: string = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string')
          return pkg.version;
      } catch {
        // unreadable: keep looking further up
      }
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
})();
