/** `npm run bench`: speed and size figures, printed, never asserted. */
import { filingBenchmark } from './filing.js';
import { queueBenchmark } from './queue.js';
import { startupBenchmark } from './startup.js';

await startupBenchmark();
console.log('');
await filingBenchmark();
console.log('');
await queueBenchmark();
