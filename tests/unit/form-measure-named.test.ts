/**
 * A form whose 完成情况 (or 数量) cells hold a bare number while the 内容 column names the item and ends in what it
 * counts, with no slot (`中心组学习参加人次 | 45`, `开展演练场次 | 4`, `参演人数 | 120`, `排查隐患处 | 16`): the number is
 * the one that name asks for, as if written into it (`…参加（45）人次`). Generated members — header words, item
 * wordings, the measure with or without brackets — each as .xlsx, .xls and .docx. Before, every such count but
 * those with a bracketed measure was left unmapped.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { sheetsBytes } from '../fixtures/sheet-files';
import { docxByLibrary } from '../fixtures/forms-docx';

const HEADERS = [
	['序号', '活动类别', '工作内容', '完成情况'],
	['序号', '项目', '统计内容', '完成情况'],
	['序号', '活动项目', '具体内容', '进展情况']
];

/** category, item (its measure last), metric. Two wordings per item: the measure bare, or a 数 word. */
const ITEMS: [string, string[], string][] = [
	['学习教育', ['组织中心组专题学习次数', '中心组专题学习次'], 'study.group_sessions'],
	['学习教育', ['中心组学习参加人次', '参加中心组学习人数'], 'study.group_participants'],
	['应急演练', ['开展防汛抢险演练场次', '组织应急演练场'], 'drills.events'],
	['应急演练', ['参加演练人次', '参演人数'], 'drills.participants'],
	['警示教育', ['组织观看警示教育片场次', '观看警示教育片场'], 'warning.film_sessions'],
	['隐患排查', ['排查整治安全隐患处', '排查发现隐患数处'], 'rectification.hazards_found']
];

function form(seed: number) {
	const header = HEADERS[seed % HEADERS.length];
	const rows: (string | number | null)[][] = [
		['2022年“安全生产月”活动完成情况统计表', null, null, null],
		['填报单位：梅溪县青山水库管理所    填报日期：2022年6月27日', null, null, null],
		header
	];
	const want: Record<number, string> = {};
	ITEMS.forEach(([cat, names, metric], i) => {
		const v = 30 + seed * 50 + i * 7;
		want[v] = metric;
		const name = names[(seed + i) % names.length];
		rows.push([String(i + 1), cat, name, String(v)]);
	});
	return { about: `${header.join('|')} #${seed}`, rows, merges: [[0, 0, 0, 3], [1, 0, 1, 3]] as [number, number, number, number][], want };
}

const read = (r: ReturnType<typeof processFile>) => {
	expect(r.error).toBeNull();
	expect(r.filings.map((f) => f.unit)).toEqual(['梅溪县青山水库管理所']);
	return Object.fromEntries(r.facts.map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};

describe('a bare number under a name ending in its measure word', () => {
	for (const seed of [0, 1, 2, 3, 4, 5]) {
		const f = form(seed);
		it(f.about, async () => {
			for (const format of ['xlsx', 'xls'] as const) expect(read(processFile({ name: `表.${format}`, bytes: await sheetsBytes([{ name: 'Sheet1', rows: f.rows, merges: f.merges }], format) }))).toEqual(f.want);
			const layout = { rows: f.rows.map((r) => r.map((v) => (v === null ? null : String(v)))), merges: f.merges, table: [2, f.rows.length - 1] as [number, number] };
			expect(read(processFile({ name: '表.docx', bytes: await docxByLibrary([layout]) }))).toEqual(f.want);
		});
	}

	it('a name that ends in no measure keeps its number unmapped, under that name', async () => {
		const rows = [['填报单位：梅溪县青山水库管理所', null, null], ['活动类别', '工作内容', '完成情况'], ['学习教育', '中心组专题学习', '7']];
		const r = processFile({ name: '表.xlsx', bytes: await sheetsBytes([{ name: 'Sheet1', rows, merges: [] }], 'xlsx') });
		expect(r.facts.map((f) => [f.value, f.metricId, f.label])).toEqual([[7, null, '中心组专题学习']]);
	});
});

/** header, then rows: activity, the item's name in the 内容 column, the cell as typed with no words of its own, and its metrics by value. */
const NAMED: [string[], [string, string, string, Record<number, string>][]][] = [
	[
		['活动类别', '工作内容', '完成情况'],
		[
			['学习教育', '中心组专题学习', '（3）次，参加（45）人次', { 3: 'study.group_sessions', 45: 'study.group_participants' }],
			['学习教育', '网络课堂培训', '2场，88人次', { 2: 'study.online_sessions', 88: 'study.online_participants' }]
		]
	],
	[
		['项目', '具体内容', '进展情况'],
		[
			['警示教育', '观看事故警示教育片', '（4）场，（230）人次', { 4: 'warning.film_sessions', 230: 'warning.film_participants' }],
			['应急演练', '灾害避险逃生演练', '6场，参与310人次', { 6: 'drills.events', 310: 'drills.participants' }]
		]
	],
	[
		['板块', '主要内容', '落实情况'],
		[
			['宣传咨询', '安全宣传咨询活动', '【5】场，【420】人次', { 5: 'consult.events', 420: 'consult.participants' }],
			['应急演练', '防汛抢险演练', '7场、260人次', { 7: 'drills.events', 260: 'drills.participants' }]
		]
	]
];

describe('the 内容 column names the item a cell with no words of its own counts', () => {
	for (const [header, items] of NAMED)
		it(header.join('|'), async () => {
			const rows = [['填报单位：石门县青山林场    填报日期：2023年6月25日', null, null], header, ...items.map(([a, n, c]) => [a, n, c])];
			const want = Object.assign({}, ...items.map((i) => i[3]));
			const merges: [number, number, number, number][] = [[0, 0, 0, 2]];
			for (const format of ['xlsx', 'xls'] as const) expect(read2(processFile({ name: `表.${format}`, bytes: await sheetsBytes([{ name: 'Sheet1', rows, merges }], format) }))).toEqual(want);
			expect(read2(processFile({ name: '表.docx', bytes: await docxByLibrary([{ rows, merges, table: [1, rows.length - 1] }]) }))).toEqual(want);
		});
});

function read2(r: ReturnType<typeof processFile>) {
	expect(r.error).toBeNull();
	expect(r.filings.map((f) => f.unit)).toEqual(['石门县青山林场']);
	return Object.fromEntries(r.facts.map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
}
