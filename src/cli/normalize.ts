/**
 * npm run --silent normalize -- [options] PATH... (the options: normalize-run.ts, or --help).
 * The script form of the door, as main.ts and the tests run it; the built CLI runs
 * runNormalize from its own bundle (scripts/build-cli.js).
 */
import { runNormalize } from './normalize-run';

await runNormalize(process.argv.slice(2));
