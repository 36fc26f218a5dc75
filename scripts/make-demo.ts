/**
 * Writes the bundled demo data set (示例数据) to static/demo/: realistic
 * files of 12 units in 3 counties over 2020–2023, in all three input shapes,
 * loaded by the app through the same import path as a user's files.
 * Deterministic: run `npx tsx scripts/make-demo.ts` to regenerate.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { addWideSheet, type WideColumn, type WideRow } from '../tests/fixtures/wide';
import { makeFormWorkbook, randomValues, rng as formRng, type FormSpec } from '../tests/fixtures/forms';

const OUT = 'static/demo';
const REGIONS: Record<string, string[]> = {
	华池县: ['柔远镇', '悦乐镇', '南梁镇', '林镇乡'],
	合水县: ['西华池镇', '太白镇', '板桥镇', '吉岘镇'],
	宁县: ['新宁镇', '早胜镇', '和盛镇', '春荣镇']
};

const COLUMNS: WideColumn[] = [
	{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: '组织观看典型事故警示教育片', leaf: '场次', metricId: 'warning.film_sessions' },
	{ group: '组织观看典型事故警示教育片', leaf: '参与人次', metricId: 'warning.film_participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '曝光问题隐患（条）', metricId: 'tour.problems_exposed' },
	{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' },
	{ group: null, leaf: '张贴、悬挂安全标语、横幅、挂图等（个）', metricId: 'publicity.slogans' },
	{ group: null, leaf: '发放宣传资料（份）', metricId: null }
];

/** Typical size of each column's value for a town (sessions small, participants large). */
const SCALE = [5, 900, 6, 700, 4, 300, 60, 25, 10, 120, 3000];

// A small deterministic generator (mulberry32) so the demo is the same on every build.
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function rows(year: number, seed: number): WideRow[] {
	const rand = rng(seed);
	const growth = 1 + (year - 2020) * 0.12;
	return Object.entries(REGIONS).flatMap(([region, units]) =>
		units.map((unit) => ({
			region,
			unit,
			values: SCALE.map((s) => (rand() < 0.06 ? null : Math.max(0, Math.round(s * growth * (0.4 + rand() * 1.2))))),
			note: rand() < 0.15 ? '含线上活动' : undefined
		}))
	);
}

async function xlsx(name: string, build: (wb: ExcelJS.Workbook) => Promise<void>) {
	const wb = new ExcelJS.Workbook();
	await build(wb);
	writeFileSync(join(OUT, name), new Uint8Array(await wb.xlsx.writeBuffer()));
	return name;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const files: string[] = [];

// 2020 and 2021: one consolidated table with a region column.
for (const year of [2020, 2021])
	files.push(
		await xlsx(`${year}年安全生产月活动汇总表.xlsx`, (wb) =>
			addWideSheet(wb, { title: `${year}年“安全生产月”活动进展情况汇总表`, sheetName: '汇总表', columns: COLUMNS, rows: rows(year, year), numbersAsText: year === 2021 })
		)
	);

// 2022: one sheet per county, no region column (the sheet names the region).
files.push(
	await xlsx('2022年各县安全生产月统计表.xlsx', async (wb) => {
		const all = rows(2022, 2022);
		for (const region of Object.keys(REGIONS))
			await addWideSheet(wb, {
				title: `2022年${region}“安全生产月”活动统计表`,
				sheetName: region,
				columns: COLUMNS,
				rows: all.filter((r) => r.region === region),
				regionColumn: false,
				unitHeader: '填报单位'
			});
	})
);

// 2023: a long table as Excel on Chinese Windows saves CSV (GBK, CRLF).
const ACTIVITY_OF: Record<string, string> = { consult: '6·16咨询日', drills: '应急演练', warning: '警示教育', rectification: '排查整治', tour: '安全生产陇原行', publicity: '宣传氛围' };
const lines = ['年度,地区,单位,活动,指标,数值'];
for (const row of rows(2023, 2023))
	row.values.forEach((v, i) => {
		const c = COLUMNS[i];
		const activity = c.metricId ? ACTIVITY_OF[c.metricId.split('.')[0]] : '其他';
		const metric = c.group ? (c.leaf === '场次' ? `${c.group}（场）` : '参与（人次）') : c.leaf;
		lines.push([2023, row.region, row.unit, activity, metric, v ?? ''].join(','));
	});
writeFileSync(join(OUT, '2023年安全生产月明细.csv'), iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
files.push('2023年安全生产月明细.csv');

// Filled-in forms (shape A) from units outside the summary tables, one of them filed twice in 2023:
// the interim report of 6月8日 is superseded by the final one of 6月24日.
const FORMS: (Pick<FormSpec, 'unit' | 'year' | 'filedOn' | 'template'> & { fileName: string })[] = [
	{ unit: '华池县城壕镇人民政府', year: 2020, filedOn: '2020-06-30', template: '2020', fileName: '附件3-华池县城壕镇人民政府（2020）.xlsx' },
	{ unit: '宁县焦村镇人民政府', year: 2022, filedOn: '2022-06-24', template: '2021', fileName: '2022年安全生产月统计表-焦村镇.xlsx' },
	{ unit: '宁县米桥镇人民政府', year: 2023, filedOn: '2023-06-08', template: '2021', fileName: '米桥镇安全生产月统计表（6月8日）.xlsx' },
	{ unit: '宁县米桥镇人民政府', year: 2023, filedOn: '2023-06-24', template: '2021', fileName: '米桥镇安全生产月统计表（6月24日）.xlsx' }
];
for (const [i, f] of FORMS.entries()) {
	// The generator's participant counts span a whole county; a town reports about a fifth of that.
	const values = Object.fromEntries(Object.entries(randomValues(f.template, formRng(100 + i), { zeroRate: 0 })).map(([k, v]) => [k, typeof v === 'number' && v > 50 ? Math.round(v / 5) : v]));
	const form = await makeFormWorkbook({ ...f, values, notation: 'mixed', checkStyle: 'mixed', seed: 100 + i });
	writeFileSync(join(OUT, f.fileName), form.bytes);
	files.push(f.fileName);
}

writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(files, null, '\t') + '\n');
console.log(`demo: ${files.length} files in ${OUT}`);
