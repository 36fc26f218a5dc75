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
import * as XLSX from '@e965/xlsx';
import { processFile } from '../lib/pipeline';
import { METRICS } from '../lib/schema/metrics';
import { makeWideWorkbook } from '../../tests/fixtures/wide';

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

/**
 * A big consolidated wide table written with SheetJS (exceljs takes far
 * longer to write 400,000 cells): title, a 2-row header block with merged
 * group headers over 场次 | 参与人次, region and unit columns, a 小计 row per
 * region, a 合计 row, some numbers stored as text, a notes column.
 */
function bigWideWorkbook(rows: number, measures: number): Uint8Array {
	const groups = ['安全宣传咨询日', '应急演练', '警示教育', '安全宣传进企业', '安全宣传进农村', '安全宣传进社区', '安全宣传进学校', '安全宣传进家庭', '云课堂', '启动仪式'];
	const heads: { group: string | null; leaf: string }[] = [];
	for (const g of groups) heads.push({ group: g, leaf: '场次' }, { group: g, leaf: '参与人次' });
	const singles = METRICS.filter((m) => m.family !== 'F' && m.family !== 'T');
	for (let i = 0; heads.length < measures; i++) {
		const m = singles[i % singles.length];
		heads.push({ group: null, leaf: i % 7 === 6 ? `自定义指标${i}（份）` : `${m.zh}（${m.unit || '个'}）` });
	}
	const lead = ['序号', '县区', '乡镇（街道）'];
	const width = lead.length + heads.length + 1;
	const aoa: (string | number | null)[][] = [];
	const merges: XLSX.Range[] = [];
	aoa.push(['2023年“安全生产月”活动统计汇总表']);
	merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } });
	const h1: (string | null)[] = [...lead];
	const h2: (string | null)[] = lead.map(() => null);
	lead.forEach((_, c) => merges.push({ s: { r: 1, c }, e: { r: 2, c } }));
	heads.forEach((h, i) => {
		const c = lead.length + i;
		if (h.group) {
			h1[c] = heads[i - 1]?.group === h.group ? null : h.group;
			h2[c] = h.leaf;
			if (heads[i + 1]?.group === h.group) merges.push({ s: { r: 1, c }, e: { r: 1, c: c + 1 } });
		} else {
			h1[c] = h.leaf;
			merges.push({ s: { r: 1, c }, e: { r: 2, c } });
		}
	});
	h1[width - 1] = '备注';
	merges.push({ s: { r: 1, c: width - 1 }, e: { r: 2, c: width - 1 } });
	aoa.push(h1, h2);

	let seed = 42;
	const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
	const perRegion = 50;
	const grand = heads.map(() => 0);
	for (let start = 0, n = 0; start < rows; start += perRegion) {
		const region = `第${start / perRegion + 1}县`;
		const sub = heads.map(() => 0);
		for (let k = 0; k < perRegion && start + k < rows; k++) {
			const row: (string | number | null)[] = [++n, region, `${region}第${k + 1}镇`];
			heads.forEach((_, i) => {
				if (rand() < 0.1) return row.push(null);
				const v = Math.floor(rand() * 500);
				sub[i] += v;
				grand[i] += v;
				row.push(rand() < 0.2 ? ` ${v} ` : v);
			});
			row.push(k === 0 ? '含线上活动' : null);
			aoa.push(row);
		}
		aoa.push([null, region, '小计', ...sub]);
	}
	aoa.push(['合计', null, null, ...grand]);
	const ws = XLSX.utils.aoa_to_sheet(aoa);
	ws['!merges'] = merges;
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, ws, '汇总');
	return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
}

const wide5000x80: Measurement = {
	name: 'wide 5000×80',
	async run(log) {
		const dir = mkdtempSync(join(tmpdir(), 'bench-'));
		try {
			const path = join(dir, '2023年汇总.xlsx');
			writeFileSync(path, bigWideWorkbook(5000, 80));
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

/** Small workbooks: filled-in forms when tests/fixtures/forms.ts has a generator, else small wide tables. */
async function smallWorkbooks(n: number): Promise<{ kind: string; files: { name: string; bytes: Uint8Array }[] }> {
	const forms = (await import('../../tests/fixtures/forms').catch(() => null)) as {
		makeFormWorkbook?: (spec: unknown) => Promise<{ bytes: Uint8Array; fileName: string }>;
		randomFormSpec?: (seed: number) => unknown;
	} | null;
	if (forms?.makeFormWorkbook && forms.randomFormSpec) {
		const files = [];
		for (let i = 0; i < n; i++) {
			const f = await forms.makeFormWorkbook(forms.randomFormSpec(1000 + i));
			files.push({ name: `${i}-${f.fileName}`, bytes: f.bytes });
		}
		return { kind: 'forms (tests/fixtures/forms.ts)', files };
	}
	const files = [];
	for (let i = 0; i < n; i++) {
		const bytes = await makeWideWorkbook([
			{
				title: '2023年“安全生产月”活动汇总表',
				sheetName: '汇总',
				columns: [
					{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
					{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
					{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
					{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
					{ group: null, leaf: '发放宣传资料（份）', metricId: null }
				],
				rows: [
					{ region: '华池县', unit: `柔远镇${i}`, values: [i % 7, 420, 2, 180, 1200] },
					{ region: '合水县', unit: `太白镇${i}`, values: [2, 150, null, 33, 880] }
				]
			}
		]);
		files.push({ name: `${i}.xlsx`, bytes });
	}
	return { kind: 'small wide tables (stand-in: no form generator found)', files };
}

const forms: Measurement = {
	name: 'forms',
	async run(log) {
		const { kind, files } = await smallWorkbooks(300);
		const avgKb = files.reduce((s, f) => s + f.bytes.length, 0) / files.length / 1024;
		let facts = 0;
		const t = timeMedian(() => {
			facts = 0;
			for (const f of files) facts += processFile(f).facts.length;
		});
		log(`${files.length} ${kind}, ${avgKb.toFixed(1)} KB each, ${facts} facts, runs ${t.runs.map((x) => x.toFixed(2)).join(' / ')} s`);
		return { forms_per_s_node: Math.round(files.length / t.median) };
	}
};

const MEASUREMENTS: Measurement[] = [wide5000x80, forms];

async function main() {
	const result: Numbers = {};
	const log = (line: string) => process.stdout.write(`  ${line}\n`);
	for (const m of MEASUREMENTS) {
		process.stdout.write(`${m.name} …\n`);
		Object.assign(result, await m.run(log));
	}
	result.cores = cpus().length;
	process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
