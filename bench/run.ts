/** `npm run bench`: speed and size figures, printed, never asserted. */
import { filingBenchmark } from './filing.js';
import { startupBenchmark } from './startup.js';

await startupBenchmark();
console.log('');
await filingBenchmark();
