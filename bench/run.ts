/**
 * `npm run bench`: speed and size figures, printed, never asserted.
 * `npm run bench -- filing` (or startup, memory, queue) runs only the parts named.
 */
import { filingBenchmark } from './filing.js';
import { memoryBenchmark } from './memory.js';
import { queueBenchmark } from './queue.js';
import { startupBenchmark } from './startup.js';

const parts = {
  startup: startupBenchmark,
  filing: filingBenchmark,
  memory: memoryBenchmark,
  queue: queueBenchmark,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(`unknown part ${unknown.join(', ')}: choose from ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const chosen = asked.length > 0 ? asked : Object.keys(parts);
for (const [i, name] of chosen.entries()) {
  if (i > 0) console.log('');
  await parts[name as keyof typeof parts]();
}
