import { writeFileSync } from 'node:fs';
import { renderLifecycleDoc } from './lifecycle-doc.js';

writeFileSync('docs/lifecycle.md', renderLifecycleDoc());
process.stdout.write('wrote docs/lifecycle.md\n');
