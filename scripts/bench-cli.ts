/**
 * npm run bench:cli — the normalize CLI, whole process, beside pandas merely
 * reading the same forms (`pd.read_excel(f, sheet_name=None, header=None)`
 * over each file), on 100, 1,000 and 10,000 generated .xlsx forms (every
 * template, notation and layout the test generator knows, ~8 KB each).
 *
 * Per size the three commands run in turn — default --jobs, --jobs 1, pandas,
 * then again — so a drift in the machine's speed falls on all three alike;
 * each prints its median wall seconds and CPU seconds (user + system of the
 * finished process, as GNU time counts them; threads included). The forms are
 * made once into the temp folder and kept for the next run (the smaller
 * folders are hard links to the first files of the largest).
 *
 *   npm run bench:cli                         all three sizes (about 10 minutes alone on 2 cores)
 *   npm run bench:cli -- --sizes 100,1000     some sizes
 *   npm run bench:cli -- --runs 3             runs per command (default: 5, 3, 1 by size)
 *   npm run bench:cli -- --jobs 2             also --jobs 2 (where the default's choice is in doubt)
 *   npm run bench:cli -- --make               only make the forms (ahead of a quiet moment to time them)
 *
 * The last line is one JSON object with every median.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeFormWorkbook, randomFormSpec } from '../tests/fixtures/forms';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i < 0 ? undefined : args[i + 1];
};
const SIZES = (option('--sizes') ?? '100,1000,10000').split(',').map(Number);
const RUNS = option('--runs');
const EXTRA_JOBS = option('--jobs');
/** Runs per command by size: enough for a median where a run is short, one where it takes minutes. */
const runsFor = (n: number) => (RUNS ? Number(RUNS) : n <= 100 ? 5 : n <= 1000 ? 3 : 1);

const ROOT = process.cwd();
const CLI = [join(ROOT, 'bin/anquanyue.js'), 'normalize'];
const TIME = '/usr/bin/time';
// Debian's python3 carries python3-pandas and python3-openpyxl; another python3 on PATH may not.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const PANDAS = `
import os, sys
import pandas as pd
n = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in sorted(files):
        if f.endswith('.xlsx'):
            pd.read_excel(os.path.join(root, f), sheet_name=None, header=None)
            n += 1
print(n)
`;

/** The file beside a folder that marks it complete (beside, not in it: the CLI would count it as skipped). */
const complete = (dir: string) => `${dir}.complete`;

/** The largest folder's forms, made once. */
async function makeForms(n: number): Promise<string> {
	const dir = join(tmpdir(), `anquanyue-bench-cli-forms-${n}`);
	if (existsSync(complete(dir))) return dir;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir);
	const t0 = performance.now();
	for (let i = 0; i < n; i++) {
		const f = await makeFormWorkbook(randomFormSpec(1000 + i, { format: 'xlsx' }));
		writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${f.fileName.replace(/\.\w+$/, '')}.xlsx`), f.bytes);
	}
	writeFileSync(complete(dir), '');
	process.stdout.write(`made ${n} forms in ${((performance.now() - t0) / 1000).toFixed(0)} s into ${dir} (kept for the next run)\n`);
	return dir;
}

/** A folder of the first n forms of `all` (hard links). */
function firstForms(all: string, n: number): string {
	const dir = join(tmpdir(), `anquanyue-bench-cli-forms-${n}`);
	if (existsSync(complete(dir))) return dir;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir);
	for (const name of readdirSync(all).filter((f) => f.endsWith('.xlsx')).sort().slice(0, n)) linkSync(join(all, name), join(dir, name));
	writeFileSync(complete(dir), '');
	return dir;
}

interface Run {
	wall: number;
	cpu: number;
}

/** One whole-process run under GNU time: wall seconds (this clock) and CPU seconds (user + system). */
function timed(cmd: string, argv: string[], check: (stdout: string, stderr: string) => void): Run {
	const t0 = performance.now();
	const r = spawnSync(TIME, ['-f', 'cpu-seconds: %U %S', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
	const wall = (performance.now() - t0) / 1000;
	if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
	const cpu = /cpu-seconds: ([\d.]+) ([\d.]+)/.exec(r.stderr);
	if (!cpu) throw new Error('no CPU seconds from GNU time');
	check(r.stdout, r.stderr);
	return { wall, cpu: Number(cpu[1]) + Number(cpu[2]) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
	if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the CPU seconds: apt-get install time`);
	const largest = Math.max(...SIZES);
	const all = await makeForms(largest);
	if (args.includes('--make')) return;
	const out = mkdtempSync(join(tmpdir(), 'anquanyue-bench-cli-out-'));
	const result: Record<string, number> = {};
	try {
		for (const n of SIZES) {
			const dir = n === largest ? all : firstForms(all, n);
			const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
			if (files.length !== n) throw new Error(`${dir} holds ${files.length} forms, not ${n}`);
			const mb = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0) / 1e6;
			const cliCheck = (_: string, stderr: string) => {
				if (!new RegExp(`(^|\\D)${n} 个文件`).test(stderr) || !/ 0 个已跳过/.test(stderr)) throw new Error(`the CLI did not read just the ${n} forms: ${stderr.slice(-500)}`);
			};
			const pandasCheck = (stdout: string) => {
				if (Number(stdout.trim()) !== n) throw new Error(`pandas read ${stdout.trim()} files, not ${n}`);
			};
			const csv = join(out, 'facts.csv');
			const commands: [string, () => Run][] = [
				['default', () => timed(process.execPath, [...CLI, '--out', csv, dir], cliCheck)],
				['jobs1', () => timed(process.execPath, [...CLI, '--jobs', '1', '--out', csv, dir], cliCheck)],
				...(EXTRA_JOBS ? [[`jobs${EXTRA_JOBS}`, () => timed(process.execPath, [...CLI, '--jobs', EXTRA_JOBS, '--out', csv, dir], cliCheck)] as [string, () => Run]] : []),
				['pandas', () => timed(PYTHON, ['-c', PANDAS, dir], pandasCheck)]
			];
			const runs = runsFor(n);
			// The default starts on one thread and adds one while a core is free and 2 MB are left (read-workers.ts): its CPU / wall shows what it did.
			process.stdout.write(`${n} forms (${mb.toFixed(1)} MB), ${runs} run(s) each in turn, load ${loadavg()[0].toFixed(1)}\n`);
			// One run of the CLI not counted: it builds build-cli/ if stale and brings the files into the page cache.
			if (n === SIZES[0]) commands[1][1]();
			const times = new Map<string, Run[]>(commands.map(([name]) => [name, []]));
			for (let i = 0; i < runs; i++) for (const [name, run] of commands) times.get(name)!.push(run());
			const pandasWall = median(times.get('pandas')!.map((r) => r.wall));
			for (const [name, list] of times) {
				const wall = median(list.map((r) => r.wall));
				const cpu = median(list.map((r) => r.cpu));
				const vs = name === 'pandas' ? '' : ` · ${(wall / pandasWall).toFixed(2)}× pandas's wall`;
				process.stdout.write(`  ${name.padEnd(8)} wall ${wall.toFixed(2)} s · CPU ${cpu.toFixed(2)} s (${(cpu / wall).toFixed(2)} cores) · ${Math.round(n / wall)} forms/s${vs}\n`);
				result[`cli_${n}_${name}_wall_s`] = Math.round(wall * 100) / 100;
				result[`cli_${n}_${name}_cpu_s`] = Math.round(cpu * 100) / 100;
			}
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
	process.stdout.write(`  the CLI: node ${CLI.join(' ')} [--jobs 1] --out facts.csv <folder>; pandas: ${PYTHON} -c '<read_excel over each .xlsx>' <folder>\n`);
	process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
