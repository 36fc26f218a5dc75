// node scripts/make-code-cache.js BUNDLE INPUT...: makes BUNDLE's code cache by running normalize on
// INPUT (scripts/fast-start.js), in a process of its own so that V8's flags are those a run starts with.
import { devNull } from 'node:os';
import { makeCodeCache } from './fast-start.js';

const [bundle, ...inputs] = process.argv.slice(2);
// The run's summary and exit code are not this script's.
process.stderr.write = () => true;
await makeCodeCache(bundle, inputs, devNull);
process.exitCode = 0;
