/**
 * `npm run bench -- --folder [N]` (default 10,000): the normalize CLI on a
 * folder of N generated files — filled-in forms of every template, notation
 * and layout (~8 KB each, a quarter of them .xls) and, one in 200, a wide
 * consolidated table. The CLI runs as a child process, as a user runs it:
 * to CSV, to Parquet, and to Parquet on one thread (--jobs 1) for comparison.
 * The folder is generated from fixed seeds, so it is kept in the temp folder
 * and reused by the next run (delete it to regenerate).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeFormWorkbook, randomFormSpec } from '../../tests/fixtures/forms';
import { makeWideWorkbook, type WideColumn } from '../../tests/fixtures/wide';

type Numbers = Record<string, number>;

const WIDE_EVERY = 200;

const wideColumns: WideColumn[] = [
	{ group: '安全宣传咨询日', leaf: '场次', metricId: null },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: null },
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: '警示教育', leaf: '场次', metricId: null },
	{ group: '警示教育', leaf: '参与人次', metricId: null }
];

/** A consolidated table of one county: 30 towns × 6 measures, year 2023. */
function wideTable(i: number): Promise<Uint8Array> {
	const rows = Array.from({ length: 30 }, (_, k) => ({
		region: `第${(i % 7) + 1}县`,
		unit: `第${k + 1}镇`,
		values: wideColumns.map((_, c) => ((i + k * 7 + c * 13) % 11 === 0 ? null : ((i + k * 31 + c * 17) % 500)))
	}));
	return makeWideWorkbook([{ title: `2023年“安全生产月”活动汇总表（${i}）`, sheetName: '汇总', columns: wideColumns, rows }]);
}

/** The folder of N files, made once per N (a file marks it complete). */
export async function folderOf(n: number, log: (line: string) => void): Promise<string> {
	const dir = join(tmpdir(), `anquanyue-bench-folder-${n}`);
	const done = join(dir, '.complete');
	if (existsSync(done)) {
		log(`reusing ${dir} (delete it to regenerate)`);
		return dir;
	}
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir);
	const t0 = performance.now();
	for (let i = 0; i < n; i++) {
		// 1,000 files per subfolder, as a collection of returns tends to be filed.
		const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
		if (i % 1000 === 0) mkdirSync(sub);
		if (i % WIDE_EVERY === WIDE_EVERY - 1) writeFileSync(join(sub, `${i}-2023年汇总.xlsx`), await wideTable(i));
		else {
			const f = await makeFormWorkbook(randomFormSpec(1000 + i));
			writeFileSync(join(sub, `${i}-${f.fileName}`), f.bytes);
		}
	}
	writeFileSync(done, '');
	log(`generated ${n} files in ${((performance.now() - t0) / 1000).toFixed(0)} s into ${dir} (kept for the next run)`);
	return dir;
}

function bytesUnder(dir: string): number {
	let sum = 0;
	for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) sum += statSync(join(e.parentPath, e.name)).size;
	return sum;
}

// The CLI as a user runs it: the built program (bin/anquanyue.js builds build-cli/ first if it is stale).
const CLI = [join(process.cwd(), 'bin/anquanyue.js'), 'normalize'];

// GNU time, where there is one, adds the CPU seconds the run used: on a busy machine they say more than the wall clock.
const TIME = '/usr/bin/time';
const CPU_MARK = 'cpu-seconds:';

/** One CLI run: wall (and CPU) seconds and the facts it reports (ok + unmapped + superseded) on stderr. */
function runCli(args: string[]): { seconds: number; cpu: number | null; facts: number; files: number } {
	const timed = existsSync(TIME);
	const [cmd, argv] = timed ? [TIME, ['-f', `${CPU_MARK} %U %S`, process.execPath, ...CLI, ...args]] : [process.execPath, [...CLI, ...args]];
	const t0 = performance.now();
	const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) throw new Error(`normalize ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
	const n = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(r.stderr)?.[1] ?? NaN);
	const cpu = timed ? /cpu-seconds: ([\d.]+) ([\d.]+)/.exec(r.stderr) : null;
	return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, facts: n('ok') + n('unmapped') + n('superseded'), files: n('个文件') };
}

export async function folderBench(n: number, log: (line: string) => void): Promise<Numbers> {
	const dir = await folderOf(n, log);
	const mb = bytesUnder(dir) / 1e6;
	const out = join(tmpdir(), `anquanyue-bench-out-${process.pid}`);
	mkdirSync(out);
	const result: Numbers = { folder_files: n, folder_mb: Math.round(mb) };
	try {
		const runs: [string, string[]][] = [
			['csv', ['--out', join(out, 'facts.csv'), dir]],
			['parquet', ['--out', join(out, 'facts.parquet'), dir]],
			['parquet_jobs1', ['--jobs', '1', '--out', join(out, 'facts.parquet'), dir]]
		];
		for (const [name, args] of runs) {
			const r = runCli(args);
			if (r.files !== n) throw new Error(`normalize read ${r.files} files, expected ${n}`);
			const cpu = r.cpu === null ? '' : `, ${r.cpu.toFixed(1)} CPU-s`;
			const line = `${name.padEnd(13)} ${r.seconds.toFixed(1)} s · ${Math.round(n / r.seconds)} files/s · ${Math.round(r.facts / r.seconds)} facts/s · ${(mb / r.seconds).toFixed(2)} MB/s (${r.facts} facts, ${mb.toFixed(1)} MB${cpu}, load ${loadavg()[0].toFixed(1)})`;
			log(line);
			log(`  node ${CLI.join(' ')} ${args.join(' ')}`);
			Object.assign(result, {
				[`folder_${name}_s`]: Math.round(r.seconds * 10) / 10,
				[`folder_${name}_files_per_s`]: Math.round(n / r.seconds),
				[`folder_${name}_facts_per_s`]: Math.round(r.facts / r.seconds),
				[`folder_${name}_mb_per_s`]: Math.round((mb / r.seconds) * 100) / 100,
				...(r.cpu === null ? {} : { [`folder_${name}_cpu_s`]: Math.round(r.cpu * 10) / 10 })
			});
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
	return result;
}
