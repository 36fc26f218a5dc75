/**
 * npm run bench — times the core on generated workbooks and prints numbers.
 * The LAST line is one JSON object (machine-readable); the lines before it say
 * what was measured. Each measurement is a function below: add more (e.g. the
 * browser's) by appending to MEASUREMENTS.
 */
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { processFile } from '../lib/pipeline';
import { makeBigWideWorkbook } from '../../tests/fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../../tests/fixtures/forms';
import { browserForms, browserMillion, browserStart, canRunBrowser } from './bench-browser';
import { folderBench } from './bench-folder';
import { stealMeter } from './cpu-steal';

type Numbers = Record<string, number>;
interface Measurement {
	name: string;
	run: (log: (line: string) => void) => Promise<Numbers>;
}

const RUNS = 3;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Seconds taken by `fn`, median of RUNS runs. */
function timeMedian(fn: () => void): { median: number; runs: number[] } {
	const runs: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		fn();
		runs.push((performance.now() - t0) / 1000);
	}
	return { median: median(runs), runs };
}

const wide5000x80: Measurement = {
	name: 'wide 5000×80',
	async run(log) {
		const dir = mkdtempSync(join(tmpdir(), 'bench-'));
		try {
			const path = join(dir, '2023年汇总.xlsx');
			writeFileSync(path, makeBigWideWorkbook(5000, 80));
			const bytes = new Uint8Array(readFileSync(path));
			let facts = 0;
			const t = timeMedian(() => {
				const r = processFile({ name: '2023年汇总.xlsx', bytes });
				if (r.error) throw new Error(`bench workbook unreadable: ${r.error.en}`);
				facts = r.facts.length;
			});
			log(`wide 5000 rows × 80 measure columns: ${(bytes.length / 1e6).toFixed(1)} MB, ${facts} facts, runs ${t.runs.map((x) => x.toFixed(2)).join(' / ')} s`);
			return { wide_5000x80_s_node: round(t.median) };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
};

/** Filled-in forms of every template, notation and layout the test generator knows (~8 KB each). */
async function formWorkbooks(n: number): Promise<{ name: string; bytes: Uint8Array }[]> {
	const files = [];
	for (let i = 0; i < n; i++) {
		const f = await makeFormWorkbook(randomFormSpec(1000 + i));
		files.push({ name: `${i}-${f.fileName}`, bytes: f.bytes });
	}
	return files;
}

const forms: Measurement = {
	name: 'forms',
	async run(log) {
		const files = await formWorkbooks(300);
		const avgKb = files.reduce((s, f) => s + f.bytes.length, 0) / files.length / 1024;
		let facts = 0;
		const t = timeMedian(() => {
			facts = 0;
			for (const f of files) facts += processFile(f).facts.length;
		});
		log(`${files.length} forms, ${avgKb.toFixed(1)} KB each, ${facts} facts, runs ${t.runs.map((x) => x.toFixed(2)).join(' / ')} s`);
		return { forms_per_s_node: Math.round(files.length / t.median) };
	}
};

const browser: Measurement[] = [
	{ name: 'browser start', run: browserStart },
	{ name: 'browser 1000 forms', run: browserForms },
	{ name: 'browser 1M facts', run: browserMillion }
];

// `npm run bench -- --node` measures the core only; the browser needs build/ and Chromium.
const nodeOnly = process.argv.includes('--node');
// `npm run bench -- --folder [N]` measures only the CLI on a folder of N files (minutes, so never by default).
const folderAt = process.argv.indexOf('--folder');
const folderFiles = folderAt < 0 ? 0 : /^\d+$/.test(process.argv[folderAt + 1] ?? '') ? Number(process.argv[folderAt + 1]) : 10000;
const folder: Measurement = { name: `normalize CLI on a folder of ${folderFiles} files`, run: (log) => folderBench(folderFiles, log) };
const MEASUREMENTS: Measurement[] = folderAt >= 0 ? [folder] : [wide5000x80, forms, ...(nodeOnly || !canRunBrowser() ? [] : browser)];

async function main() {
	const result: Numbers = {};
	const log = (line: string) => process.stdout.write(`  ${line}\n`);
	const steal = stealMeter();
	for (const m of MEASUREMENTS) {
		process.stdout.write(`${m.name} …\n`);
		const stolen = stealMeter();
		Object.assign(result, await m.run(log));
		const pct = stolen();
		if (pct) log(`CPU steal meanwhile: ${pct} %`);
	}
	result.cores = cpus().length;
	// The hypervisor's share of the CPU over the whole bench: the timings above are only comparable at the same steal.
	const pct = steal();
	if (pct !== null) result.cpu_steal_pct = pct;
	process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
