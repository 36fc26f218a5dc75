/**
 * Two form layouts other offices use, each written as real files in several variants and read through processFile:
 * - one indicator a row: 类别 | 统计项目 | 计量单位 | 数量 (or 序号 | 统计项目 | 计量单位 | 数量 | 备注), the count alone in the
 *   数量 column named by its indicator and unit (`中央媒体发稿（篇）` | 篇 | 28), an answer alone (☑是□否, 是) beside its
 *   question, the 填报单位 line above or below the table — as .xlsx (exceljs) and .xls (SheetJS);
 * - 序号 | 进展情况 (or 开展情况) with heading rows across (`一、培训学习`) over items numbered in the 序号 column
 *   (`（一）`, `1.`), each heading naming its items' activity — as .xlsx and .docx (the docx package).
 * A summary table with a 数量 column (单位 | 指标 | 数量) stays a summary table.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { processFile } from '../../src/lib/pipeline';
import { docxByLibrary } from '../fixtures/forms-docx';

type Grid = (string | number | null)[][];
type Want = Record<string, string | null>;
type Result = ReturnType<typeof processFile>;

async function xlsx(rows: Grid, merges: [number, number, number, number][] = []): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Sheet1');
	rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (ws.getCell(r + 1, c + 1).value = v)));
	for (const [r0, c0, r1, c1] of merges) ws.mergeCells(r0 + 1, c0 + 1, r1 + 1, c1 + 1);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
function xls(rows: Grid, merges: [number, number, number, number][] = []): Uint8Array {
	const ws = XLSX.utils.aoa_to_sheet(rows);
	ws['!merges'] = merges.map(([r0, c0, r1, c1]) => ({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } }));
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
	return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }));
}

/** Each fact as its value (`answer=1` for a yes/no) → metric, null when unmapped; the unit of every fact. */
function read(r: Result): { facts: Want; units: string[] } {
	expect(r.error).toBeNull();
	const facts: Want = {};
	for (const f of r.facts) facts[f.family === 'F' || f.label.includes('是否') ? `answer=${f.value}` : String(f.value)] = f.status === 'ok' ? f.metricId : null;
	return { facts, units: [...new Set(r.facts.map((f) => f.unit))] };
}

const INDICATORS: [string, string, number | string, string | null][] = [
	['党委理论学习中心组专题学习（次）', '次', 13, 'study.group_sessions'],
	['中心组学习参加人次', '人次', 1513, 'study.group_participants'],
	['班组安全“大家谈”、安全公开课（场）', '场', 6, 'study.lecture_sessions'],
	['开展“安全生产啄木鸟”活动的企业（家）', '家', 15, 'rectification.enterprises'],
	['排查风险隐患（项）', '项', 108, 'rectification.hazards_found'],
	['参观警示教育展览（批次）', '批次', 14, 'warning.exhibition_sessions'],
	['中央媒体发稿（篇）', '篇', 28, 'publicity.central_articles'],
	['安全生产专项投入（万元）', '万元', 64, null],
	['签订安全承诺书（份）', '份', 2689, null],
	['演练参演（人次）', '人次', 1303, 'drills.participants']
];

describe('one indicator a row: the count in the 数量 column is its indicator’s', () => {
	const variants: { name: string; head: string[]; unitBelow: boolean; yes: string }[] = [
		{ name: '类别, 填报单位 below', head: ['类别', '统计项目', '计量单位', '数量'], unitBelow: true, yes: '☑是  □否' },
		{ name: '序号 and 备注, 填报单位 above', head: ['序号', '统计项目', '计量单位', '数量', '备注'], unitBelow: false, yes: '是' }
	];
	for (const v of variants)
		for (const format of ['xlsx', 'xls'] as const)
			it(`${v.name} (.${format})`, async () => {
				const rows: Grid = [['江阳市市属国有企业2025年安全生产月活动情况表']];
				if (!v.unitBelow) rows.push(['填报单位（盖章）：江阳市公交集团第二分公司', null, null, '填报日期：2025年6月25日']);
				rows.push(v.head);
				const first = rows.length;
				INDICATORS.forEach(([item, unit, n], i) => rows.push(v.head[0] === '序号' ? [i + 1, item, unit, n, ''] : [i === 0 ? '学习宣贯' : null, item, unit, n]));
				// 类别 merged down over its rows; with no 类别 a 公开课 (also a 云课堂 broadcast's word) names no activity.
				const merges: [number, number, number, number][] = v.head[0] === '类别' ? [[first, 0, first + 2, 0]] : [];
				rows.push(v.head[0] === '序号' ? [INDICATORS.length + 1, '安全月纳入年度重点工作', '是/否', v.yes, ''] : ['组织保障', '安全月纳入年度重点工作', '是/否', v.yes]);
				if (v.unitBelow) rows.push([], ['填报单位（盖章）：江阳市公交集团第二分公司', null, '填报日期：2025年6月25日']);
				const bytes = format === 'xlsx' ? await xlsx(rows, merges) : xls(rows, merges);
				const got = read(processFile({ name: `统计表.${format}`, bytes }));
				expect(got.units).toEqual(['江阳市公交集团第二分公司']);
				const want = Object.fromEntries(INDICATORS.map(([, , n, m]) => [String(n), m]));
				if (!merges.length) want['6'] = null;
				expect(got.facts).toEqual({ ...want, 'answer=1': 'org.in_annual_plan' });
			});

	it('a summary table with a 数量 column stays a summary table', async () => {
		const rows: Grid = [['2023年安全生产月活动统计'], ['单位', '活动', '指标', '计量单位', '数量'], ['柔远镇', '应急演练', '演练场次', '场', 4], ['悦乐镇', '应急演练', '演练场次', '场', 6]];
		const r = processFile({ name: '统计.xlsx', bytes: await xlsx(rows) });
		expect(r.error).toBeNull();
		expect(new Set(r.facts.map((f) => f.unit))).toEqual(new Set(['柔远镇', '悦乐镇']));
	});
});

describe('序号 | 进展情况 with heading rows naming the items under them', () => {
	const body: [string, string][] = [
		['一、培训学习', ''],
		['（一）', '组织开展网络课堂安全培训二场，参训员工793人次'],
		['二、咨询日活动', ''],
		['（一）', '开展现场活动14场，参与顾客、群众2534人次'],
		['（二）', '发放安全宣传手册、折页5235份'],
		['三、警示教育', ''],
		['1.', '组织员工观看警示教育片5场，观看1909人次'],
		['四、组织落实', ''],
		['1.', '是否制定活动方案，明确路线图、施工表：是']
	];
	const want: Want = {
		'2': 'study.online_sessions',
		'793': 'study.online_participants',
		'14': 'consult.events',
		'2534': 'consult.participants',
		'5235': null,
		'5': 'warning.film_sessions',
		'1909': 'warning.film_participants',
		'answer=1': 'org.roadmap'
	};
	for (const head of ['进展情况', '开展情况'])
		it(`序号 | ${head} (.xlsx and .docx)`, async () => {
			const rows: Grid = [['临海市商务领域2023年“安全生产月”活动进展情况统计表'], ['填报单位（盖章）：中石化临海城东加油站      联系人：张晓燕'], ['序号', head], ...body];
			const merges: [number, number, number, number][] = [[0, 0, 0, 1], [1, 0, 1, 1], ...body.flatMap(([a, b], i): [number, number, number, number][] => (b === '' ? [[i + 3, 0, i + 3, 1]] : []))];
			expect(read(processFile({ name: '进展.xlsx', bytes: await xlsx(rows, merges) })).facts).toEqual(want);
			const docx = await docxByLibrary([{ rows: rows.map((r) => r.map((c) => (c === null ? null : String(c)))), merges, table: [2, rows.length - 1] }]);
			expect(read(processFile({ name: '进展.docx', bytes: docx })).facts).toEqual(want);
		});
});
