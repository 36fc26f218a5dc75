/**
 * Form cells other offices fill in ways the reader lost — one class each, several wordings per class,
 * every case a real .xlsx (exceljs) AND a real .docx (the docx package, each line of the cell a paragraph)
 * read through processFile:
 * - 无 where the count goes (`到会【无】人次`, `演练无场次`, `举报无件`) is a reported zero, as （无） already was;
 *   a dash or slash in the brackets (（—）, （／）) is a blank, never 0; 无人机 / 无场地 are words;
 * - a slot before what it counts (`（12）个村（社区）、物业公司开展…`) is named by the words after it,
 *   words in brackets (（社区）) and a 、 after them included;
 * - a yes/no question under a heading that names its activity (`一、组织领导`) is that activity's question
 *   it is clearly closest to; a question it is not clearly any of stays unmapped;
 * - who organized or did it (`组织职工`, `领导干部`, `职工、患者及家属`) and 线上 before the verb (`线上参加“公众开放日”`)
 *   say nothing of what was counted; a count after them (`受众（ ）人`, `参学党员干部（ ）人次`) counts the people
 *   of the sessions before.
 * - a header worded as other offices word it (板块 | 统计内容 | 填写情况) is the form's header.
 * Values are chosen apart so each slot is found by value; the facts must be exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { QUIRK_HEADER, QUIRK_TITLE, quirkForm } from '../fixtures/form-quirks';
import { docxByLibrary } from '../fixtures/forms-docx';
import ExcelJS from 'exceljs';

type Row = [activity: string, progress: string | null];
type Want = Record<number, string | null>;
type Result = ReturnType<typeof processFile>;

const numbersOf = (r: Result): Want => {
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.family !== 'F' && f.value !== null).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};
const flagsOf = (r: Result) => Object.fromEntries(r.facts.filter((f) => f.family === 'F' || f.label.includes('是否')).map((f) => [f.label.replace(/[：:□☑✔\s].*$/, ''), f.status === 'ok' ? f.metricId : null]));

const xlsx = async (rows: Row[]) =>
	processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: rows.map(([activity, progress]) => ({ activity, requirement: '', progress })) }) });

async function docx(rows: Row[]) {
	const grid = [[QUIRK_TITLE], [QUIRK_HEADER], ['活动项目', '内容要求', '进展情况'], ...rows.map(([a, p]) => [a, '', p ?? ''])];
	return processFile({ name: 'form.docx', bytes: await docxByLibrary([{ rows: grid, merges: [], table: [2, grid.length - 1] }]) });
}

function forms(title: string, list: [Row[], Want][], read: (r: Result) => unknown = numbersOf) {
	describe(title, () => {
		for (const [rows, want] of list)
			it(rows.map(([a, p]) => `${a}|${p ?? ''}`).join(' / '), async () => {
				expect(read(await xlsx(rows))).toEqual(want);
				expect(read(await docx(rows))).toEqual(want);
			});
	});
}

forms('无 where the count goes is a reported zero; a dash is a blank', [
	[[['警示教育', '召开生产安全事故警示教育会【21】场，到会【无】人次。']], { 21: 'warning.education_sessions', 0: 'warning.education_participants' }],
	[[['应急演练', '组织应急疏散、避险逃生和自救互救演练无场次，参演（暂无）人次']], { 0: 'drills.participants' }],
	[[['举报奖励', '受理安全生产举报无件，兑现举报奖励7人']], { 0: 'report.received', 7: 'report.rewarded' }],
	[[['警示教育', '观看典型事故警示教育片无场，受教育群众（3036）人次']], { 0: 'warning.film_sessions', 3036: 'warning.film_participants' }],
	[[['应急演练', '开展演练（—）场，参与（／）人次']], {}],
	[[['应急演练', '开展无人机巡查演练（3）场，无人员伤亡']], { 3: 'drills.events' }]
]);

forms('a slot before what it counts is named by the words after it', [
	[
		[['排查整治', '（12）个村（社区）、物业公司开展“查找身边隐患”活动（6）场次']],
		{ 12: 'rectification.community_units', 6: 'rectification.community_events' }
	],
	[
		[['专项整治宣传', '【３】个社区（村）、物业公司开展“查找身边隐患”等活动8场次，群众举报身边隐患127条。']],
		{ 3: 'rectification.community_units', 8: 'rectification.community_events', 127: 'rectification.hazards_reported' }
	],
	[
		[['排查整治', '发动（5）个社区（村）、物业公司参与“查找身边隐患”，开展活动（7）场次']],
		{ 5: 'rectification.community_units', 7: 'rectification.community_events' }
	]
]);

forms('who organized or did it, and 线上 before the verb, say nothing of what was counted', [
	[[['安全宣传咨询日', '参加全国网上安全知识竞赛【1683】人次；组织职工线上参加“公众开放日”【3329】人次。']], { 1683: 'consult.contest_participants', 3329: 'consult.open_day_joined' }],
	[[['6·16咨询日', '动员干部职工线上参与“公众开放日”活动（410）人次']], { 410: 'consult.open_day_joined' }],
	[[['（一）学习宣贯重要论述', '领导干部讲安全公开课（2）次，受众（90）人']], { 2: 'study.lecture_sessions', 90: 'study.lecture_participants' }],
	[[['学习宣传贯彻重要论述', '主要负责人讲安全公开课1次，受众（ 65 ）人']], { 1: 'study.lecture_sessions', 65: 'study.lecture_participants' }],
	[[['学习教育', '组织教职工集中观看（4）场，观看（310）人次']], { 4: 'study.viewing_sessions', 310: 'study.viewing_participants' }],
	[[['隐患排查', '职工、患者及家属举报风险隐患（58）条']], { 58: 'rectification.hazards_reported' }],
	// How they took part (线上, 现场) after the clause naming what was held: that event's participants, not online consulting's.
	[[['6·16咨询日', '开展“公众开放日”活动（2）场，线上参与（400）人次']], { 2: 'consult.open_day_events', 400: 'consult.open_day_participants' }],
	[[['应急演练', '开展防汛应急演练（3）场，现场参与（95）人次']], { 3: 'drills.events', 95: 'drills.participants' }],
	[[['学习教育', '党支部（中心组）集中学习安全生产重要论述（无）次，参学党员干部（1906）人次']], { 0: 'study.group_sessions', 1906: 'study.group_participants' }]
]);

describe('a yes/no question under a heading that names its activity', () => {
	const cases: [Row[], Record<string, string | null>][] = [
		[
			[
				['一、组织领导', null],
				['1.列入工作计划', '是否将安全月活动列入本单位年度安全生产工作要点：✔是 □否'],
				['2.相结合', '是否将活动与专项整治三年行动相结合：☑是□否']
			],
			{ 是否将安全月活动列入本单位年度安全生产工作要点: 'org.in_annual_plan', 是否将活动与专项整治三年行动相结合: 'org.integrated' }
		],
		[
			[
				['加强组织落实', null],
				['1.', '是否制定活动实施方案：☑是□否'],
				['2.', '是否成立活动领导小组：☑是□否'],
				['3.', '是否落实企业主体责任：□是☑否']
			],
			// 领导小组 and 主体责任 are no question of the form's seven clearly: unmapped, with suggestions.
			{ 是否制定活动实施方案: 'org.roadmap', 是否成立活动领导小组: null, 是否落实企业主体责任: null }
		],
		[
			[
				['组织领导', '是否将安全生产月纳入全院年度安全工作要点：☑是□否'],
				['组织领导', '是否建立院领导牵头、科室协同的活动工作机制：☑是□否'],
				['组织领导', '是否召开安全生产工作会议：☑是□否'],
				['组织领导', '是否健全安全生产工作责任制：□是☑否']
			],
			// 召开会议 and 责任制 are none of the seven: a likeness to the annual plan's wording is no reason.
			{ 是否将安全生产月纳入全院年度安全工作要点: 'org.in_annual_plan', '是否建立院领导牵头、科室协同的活动工作机制': 'org.mechanism', 是否召开安全生产工作会议: null, 是否健全安全生产工作责任制: null }
		],
		[
			[
				['组织保障', '是否与压实各方安全生产责任相结合：☑是□否'],
				['组织保障', '是否开展督导检查：☑是□否']
			],
			{ 是否与压实各方安全生产责任相结合: 'org.responsibility', 是否开展督导检查: null }
		]
	];
	for (const [rows, want] of cases)
		it(rows.map(([a, p]) => `${a}|${p ?? ''}`).join(' / '), async () => {
			expect(flagsOf(await xlsx(rows))).toEqual(want);
			expect(flagsOf(await docx(rows))).toEqual(want);
		});
});

describe('a form whose header is worded 板块 | 统计内容 | 填写情况 (or 工作板块 | 统计项目 | 执行情况)', () => {
	for (const header of [
		['板块', '统计内容', '填写情况'],
		['工作板块', '统计项目', '执行情况']
	])
		it(header.join(' | '), async () => {
			const grid = [[QUIRK_TITLE], [QUIRK_HEADER], header, ['应急演练', '避险逃生', '组织居民开展避险逃生演练（6）场，参演（540）人次'], ['启动', '启动安全月', '结合社区活动启动安全月宣传（3）场次']];
			const wb = new ExcelJS.Workbook();
			const ws = wb.addWorksheet('统计表');
			grid.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
			const want = { 6: 'drills.events', 540: 'drills.participants', 3: 'launch.events' };
			expect(numbersOf(processFile({ name: 'form.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }))).toEqual(want);
			expect(numbersOf(processFile({ name: 'form.docx', bytes: await docxByLibrary([{ rows: grid, merges: [], table: [2, grid.length - 1] }]) }))).toEqual(want);
		});
});
