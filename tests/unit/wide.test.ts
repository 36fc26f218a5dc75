import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { processFile } from '../../src/lib/pipeline';
import { makeWideWorkbook, type WideColumn, type WideSpec } from '../fixtures/wide';

const COLUMNS: WideColumn[] = [
	{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' },
	{ group: null, leaf: '发放宣传资料（份）', metricId: null }
];

function spec(overrides: Partial<WideSpec> = {}): WideSpec {
	return {
		title: '2023年“安全生产月”活动汇总表',
		sheetName: '汇总',
		columns: COLUMNS,
		rows: [
			{ region: '华池县', unit: '柔远镇', values: [3, 420, 2, 180, 17, 4, 1200], note: '含线上活动' },
			{ region: '华池县', unit: '悦乐 镇', values: [1, null, 5, 333, 0, 2, null] },
			{ region: '合水县', unit: '西华池镇', values: [7, 2100, 4, 560, 41, 9, 5200] },
			{ region: '合水县', unit: '太白镇', values: [2, 150, null, null, 6, 1, 880] }
		],
		...overrides
	};
}

async function read(specs: WideSpec[], name = '2023年汇总.xlsx') {
	return processFile({ name, bytes: await makeWideWorkbook(specs) });
}

describe('wide tables', () => {
	it('reads every unit cell onto its metric, skips 小计/合计, keeps unmapped columns and blanks blank', async () => {
		const s = spec({ numbersAsText: true });
		const r = await read([s]);
		expect(r.error).toBeNull();
		expect(r.sheets[0].shape).toBe('wide');
		const expected = s.rows.flatMap((row) =>
			row.values.flatMap((v, i) => (v === null ? [] : [{ unit: row.unit.replace(/\s/g, ''), region: row.region, metricId: COLUMNS[i].metricId, value: v }]))
		);
		const got = r.facts.map((f) => ({ unit: f.unit, region: f.region, metricId: f.metricId, value: f.value }));
		expect(got).toEqual(expected);
		expect(r.facts.every((f) => f.year === 2023)).toBe(true);
		expect(r.facts.filter((f) => f.status === 'unmapped').every((f) => f.label === '发放宣传资料（份）')).toBe(true);
		expect(r.facts.find((f) => f.metricId === 'consult.events')!.label).toBe('安全宣传咨询日|场次');
		expect(r.filings.map((f) => f.unit)).toEqual(['柔远镇', '悦乐镇', '西华池镇', '太白镇']);
		expect(r.problems.filter((p) => p.code === 'total.mismatch')).toEqual([]);
	});

	it('accounts for every non-empty cell exactly once', async () => {
		const r = await read([spec()]);
		const cells = r.ledger.map((e) => `${e.sheet}!${e.cell}`);
		expect(new Set(cells).size).toBe(cells.length);
		const reasons = new Set(r.ledger.map((e) => e.reason));
		for (const reason of ['title', 'header', 'subtotal-row', 'total-row', 'footnote', 'unit-name', 'region-name', 'row-number', 'note'])
			expect(reasons, reason).toContain(reason);
		expect(r.ledger.filter((e) => e.disposition === 'fact').length).toBe(r.facts.filter((f) => f.status === 'ok').length);
		expect(r.ledger.filter((e) => e.disposition === 'unmapped').length).toBe(r.facts.filter((f) => f.status === 'unmapped').length);
		expect(r.ledger.find((e) => e.reason === 'note')!.text).toBe('含线上活动');
	});

	it('warns when a 合计 row disagrees with the sum of its rows', async () => {
		const r = await read([spec({ wrongTotal: true })]);
		const mismatch = r.problems.filter((p) => p.code === 'total.mismatch');
		expect(mismatch).toHaveLength(1);
		expect(mismatch[0].zh).toContain('合计');
		expect(mismatch[0].en).toMatch(/Total/);
		expect(mismatch[0].cell).toMatch(/^D\d+$/);
	});

	it('takes the region from the sheet title or sheet name when there is no region column, one sheet each', async () => {
		const rows = spec().rows;
		const r = await read(
			[
				spec({ title: '2022年西峰区“安全生产月”活动统计表', sheetName: '西峰区', regionColumn: false, rows: rows.slice(0, 2) }),
				spec({ title: '“安全生产月”活动统计表', sheetName: '庆城县', regionColumn: false, rows: rows.slice(2) })
			],
			'2022年各区县统计.xlsx'
		);
		expect(r.sheets.map((s) => s.shape)).toEqual(['wide', 'wide']);
		expect(new Set(r.facts.filter((f) => f.sheet === '西峰区').map((f) => f.region))).toEqual(new Set(['西峰区']));
		expect(new Set(r.facts.filter((f) => f.sheet === '庆城县').map((f) => f.region))).toEqual(new Set(['庆城县']));
		// Year from the title, else from the file name.
		expect(new Set(r.facts.map((f) => f.year))).toEqual(new Set([2022]));
	});

	it('understands other names for the unit and region columns', async () => {
		const r = await read([spec({ unitHeader: '单位名称', regionHeader: '所属区域' })]);
		expect(r.facts.length).toBeGreaterThan(0);
		expect(new Set(r.facts.map((f) => f.region))).toEqual(new Set(['华池县', '合水县']));
	});

	it('flattens a 3-row header block, skips a header repeated mid-table, keeps 备注 as text', async () => {
		const V = null;
		const rows = [
			['2023年安全生产月活动统计表'],
			['序号', '所属区域', '单位名称', '宣传活动', V, V, V, '排查整治安全风险隐患（个）', '备注'],
			[V, V, V, '安全宣传咨询日', V, '应急演练', V, V, V],
			[V, V, V, '场次', '参与人次', '场次', '参与人次', V, V],
			[1, '华池县', '柔远镇', 3, 420, 2, 180, 17, V],
			[2, '华池县', '悦乐镇', 1, 50, 5, 333, 0, V],
			['序号', '所属区域', '单位名称', '宣传活动', V, V, V, '排查整治安全风险隐患（个）', '备注'],
			[3, '合水县', '太白镇', 2, 150, 1, 20, 6, '补报'],
			['合计', V, V, 6, 620, 8, 533, 23, V]
		];
		const r = processFile({ name: 'x.xlsx', bytes: await sheetOf(rows, [[1, 1, 1, 9], [2, 4, 2, 7], [3, 4, 3, 5], [3, 6, 3, 7], [2, 1, 4, 1], [2, 2, 4, 2], [2, 3, 4, 3], [2, 8, 4, 8], [2, 9, 4, 9]]) });
		expect(r.facts.filter((f) => f.unit === '太白镇').map((f) => [f.region, f.label, f.metricId, f.value])).toEqual([
			['合水县', '宣传活动|安全宣传咨询日|场次', 'consult.events', 2],
			['合水县', '宣传活动|安全宣传咨询日|参与人次', 'consult.participants', 150],
			['合水县', '宣传活动|应急演练|场次', 'drills.events', 1],
			['合水县', '宣传活动|应急演练|参与人次', 'drills.participants', 20],
			['合水县', '排查整治安全风险隐患（个）', 'rectification.hazards_found', 6]
		]);
		expect(r.facts).toHaveLength(15);
		expect(r.ledger.filter((e) => e.reason === 'header-repeat').map((e) => e.cell)).toContain('H7');
		expect(r.ledger.find((e) => e.cell === 'I8')).toMatchObject({ disposition: 'text', text: '补报' });
		expect(r.problems.filter((p) => p.level !== 'info')).toEqual([]);
	});

	it('reads 乡镇（街道）/县区 columns and numbers written with units and approximations', async () => {
		const rows = [
			['县区', '乡镇（街道）', '开展安全宣传咨询活动（场）', '悬挂横幅标语（条）', '发放宣传资料（份）'],
			['华池县', '柔远镇', '约3', '12条', '1,200'],
			['华池县', '城关 街道', '２', null, '300余']
		];
		const r = processFile({ name: '2023年.xlsx', bytes: await sheetOf(rows, []) });
		expect(r.facts.map((f) => [f.unit, f.region, f.metricId, f.value, f.approx, f.status])).toEqual([
			['柔远镇', '华池县', 'consult.events', 3, true, 'ok'],
			['柔远镇', '华池县', 'publicity.slogans', 12, false, 'ok'],
			['柔远镇', '华池县', null, 1200, false, 'unmapped'],
			['城关街道', '华池县', 'consult.events', 2, false, 'ok'],
			['城关街道', '华池县', null, 300, true, 'unmapped']
		]);
	});
});

/** One sheet from rows of values (null = blank) and 1-based merges [r0, c0, r1, c1], written by exceljs. */
async function sheetOf(rows: (string | number | null)[][], merges: [number, number, number, number][]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('汇总');
	rows.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
	for (const [r0, c0, r1, c1] of merges) ws.mergeCells(r0, c0, r1, c1);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
