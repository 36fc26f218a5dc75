// node scripts/make-code-cache.js BUNDLE INPUT...: makes BUNDLE's code cache by running normalize on
// INPUT (scripts/fast-start.cjs), in a process of its own so that V8's flags are those a run starts with.
import { devNull } from 'node:os';
import { makeCodeCache } from './fast-start.cjs';

const [bundle, ...inputs] = process.argv.slice(2);
// The run's summary and exit code are not this script's; a failure to make the cache is, and the build shows it.
const writeError = process.stderr.write.bind(process.stderr);
process.stderr.write = () => true;
try {
	await makeCodeCache(bundle, inputs, devNull);
	process.exitCode = 0;
} catch (e) {
	writeError(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
	process.exitCode = 1;
}
