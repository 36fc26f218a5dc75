/**
 * `npx tsx scripts/bench-forms.ts [N]`: forms read per second by the core (processFile) on N forms from
 * the test generator (tests/fixtures/forms.ts, seeds 1000…), the same files as `npm run bench`'s
 * forms figure, without the rest of the bench. Prints the runs and a JSON line.
 */
import { performance } from 'node:perf_hooks';
import { processFile } from '../src/lib/pipeline';
import { makeFormWorkbook, randomFormSpec } from '../tests/fixtures/forms';

const n = Number(process.argv[2] ?? 300);
const RUNS = 5;

async function main() {
	const files = [];
	for (let i = 0; i < n; i++) {
		const f = await makeFormWorkbook(randomFormSpec(1000 + i));
		files.push({ name: `${i}-${f.fileName}`, bytes: f.bytes });
	}
	const runs: number[] = [];
	let facts = 0;
	for (let k = 0; k < RUNS; k++) {
		const t0 = performance.now();
		facts = 0;
		for (const f of files) facts += processFile(f).facts.length;
		runs.push((performance.now() - t0) / 1000);
	}
	const median = [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
	console.log(`${n} forms, ${facts} facts, runs ${runs.map((x) => x.toFixed(2)).join(' / ')} s`);
	console.log(JSON.stringify({ forms: n, facts, forms_per_s_node: Math.round(n / median) }));
}

main();
