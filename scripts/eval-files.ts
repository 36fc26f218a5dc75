/**
 * `npm run eval:files [-- --set 1|2|3|4] [--split tune|holdout|both] [--failures] [--kinds] [--json] [--dir DIR]`: the whole CLI
 * (`node bin/anquanyue.js normalize`) on the whole-file evaluation set (tests/eval/files/, README "Whole files"):
 * generates the set, runs the normalizer over each half's folder, and compares its facts with the facts the
 * generator wrote. Prints per shape and overall: recall (expected facts found with the right metric and value),
 * precision (of the facts mapped to a metric, the share right), wrong value, wrong metric, missing (left unmapped
 * or lost), extra mapped facts, facts right but with a wrong unit/region/year/status, and files that failed.
 *
 * `--set 2` takes the second set (tests/eval/files2/, README "The second whole-file set") instead of the first;
 * `--set 3` the third (tests/eval/files3/, README "The third whole-file set"); `--set 4` the fourth (tests/eval/files4/,
 * README "The fourth whole-file set"). `--kinds` adds a line per kind of file (form-xlsx, wide-csv, long …).
 *
 * `--failures` lists the misses of the tune half only; the holdout half's failures are never printed (look at
 * them and it is no longer held out).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DEFAULT_DIR, makeSet, type SetEntry } from '../tests/eval/files/make';
import { DEFAULT_DIR2, makeSet2 } from '../tests/eval/files2/make';
import { DEFAULT_DIR3, makeSet3 } from '../tests/eval/files3/make';
import { DEFAULT_DIR4, makeSet4 } from '../tests/eval/files4/make';
import { scoreFile, sumScores, type Row, type Score } from '../tests/eval/files/score';

const args = process.argv.slice(2);
const opt = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const split = opt('--split') ?? 'tune';
if (!['tune', 'holdout', 'both'].includes(split)) {
	console.error(`--split tune|holdout|both, not ${split}`);
	process.exit(2);
}
const set = opt('--set') ?? '1';
if (!['1', '2', '3', '4'].includes(set)) {
	console.error(`--set 1|2|3|4, not ${set}`);
	process.exit(2);
}
const failures = args.includes('--failures');
if (failures && split !== 'tune') {
	console.error('--failures 只用于 tune 一半 / --failures is for the tune half only: the holdout half stays unseen.');
	process.exit(2);
}
const dir = opt('--dir') ?? { '1': DEFAULT_DIR, '2': DEFAULT_DIR2, '3': DEFAULT_DIR3, '4': DEFAULT_DIR4 }[set]!;
const root = join(import.meta.dirname, '..');

const manifest: SetEntry[] = await { '1': makeSet, '2': makeSet2, '3': makeSet3, '4': makeSet4 }[set]!(dir);
const halves = split === 'both' ? (['tune', 'holdout'] as const) : ([split] as const);
const parse = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

const results: { half: string; entry: SetEntry; score: Score }[] = [];
for (const half of halves) {
	const folder = join(dir, half);
	const run = spawnSync(process.execPath, [join(root, 'bin/anquanyue.js'), 'normalize', folder], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: root });
	if (run.status !== 0 && run.status !== 1) {
		console.error(run.stderr);
		process.exit(1);
	}
	const actual = parse(run.stdout);
	const expected = parse(readFileSync(join(dir, `${half}.expected.csv`), 'utf8'));
	for (const entry of manifest.filter((m) => m.half === half)) {
		const got = actual.filter((r) => r.file === entry.name);
		results.push({ half, entry, score: scoreFile(expected.filter((r) => r.file === entry.name), got) });
	}
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const line = (name: string, s: Score) =>
	`${name.padEnd(10)} ${String(s.files).padStart(5)} ${String(s.failed).padStart(6)} ${String(s.expected).padStart(8)} ${pct(s.right, s.expected).padStart(8)} ${pct(s.right, s.mapped).padStart(9)} ${String(s.wrongValue).padStart(6)} ${String(s.wrongMetric).padStart(6)} ${String(s.noneMapped).padStart(5)} ${String(s.unmapped).padStart(8)} ${String(s.lost).padStart(5)} ${String(s.extra).padStart(6)} ${String(s.metaWrong).padStart(5)}`;
const head = `${'shape'.padEnd(10)} files failed expected   recall precision wrongV wrongM none✗ unmapped  lost  extra meta✗`;

const report: Record<string, Record<string, Score>> = {};
for (const half of halves) {
	const mine = results.filter((r) => r.half === half);
	report[half] = {};
	for (const shape of ['form', 'wide', 'long']) report[half][shape] = sumScores(mine.filter((r) => r.entry.kind.startsWith(shape)).map((r) => r.score));
	if (args.includes('--kinds'))
		for (const kind of [...new Set(mine.map((r) => r.entry.kind))].sort()) report[half][kind] = sumScores(mine.filter((r) => r.entry.kind === kind).map((r) => r.score));
	report[half].all = sumScores(mine.map((r) => r.score));
}

if (args.includes('--json')) console.log(JSON.stringify(report, null, 1));
else
	for (const half of halves) {
		console.log(`\n${half}: ${results.filter((r) => r.half === half).length} files`);
		console.log(head);
		for (const [shape, s] of Object.entries(report[half])) console.log(line(shape, s));
	}

if (failures)
	for (const { entry, score } of results) {
		if (!score.notes.length) continue;
		console.log(`\n# ${entry.name}  (${entry.kind}: ${entry.about})`);
		for (const n of score.notes) console.log(`  ${n}`);
	}
