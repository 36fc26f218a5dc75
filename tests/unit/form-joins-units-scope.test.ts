/**
 * Form clauses other offices word in ways the matcher left unmapped — one class each, several wordings per
 * class, every case a real .xlsx (exceljs) AND a real .docx (the docx package) read through processFile:
 * - a topic joined to the activity by 和/及 (`开展安全宣传和急救知识普及`, `宣传及法律法规讲解`) is what the
 *   sessions spread, not a second count — while two things the schema counts joined (`演练和知识竞赛`) stay a sum;
 * - a slot counted in 批次 or 班次 is sessions (`组织参观警示教育基地（ ）批次`);
 * - tip-offs of hazards and violations however the violations are named (违规行为, 违法行为, 违章行为), counted in
 *   条次/条 under a hazard-checking heading, are the tip-offs received, not the campaign's hazards (counted in 个);
 * - whose contest: the national one (`全国…知识竞赛`) is the consultation day's, a province's (`全省`, `辽宁省`) the
 *   campaign tour's, whatever the heading over it.
 * Values are chosen apart so each slot is found by value; the facts must be exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { QUIRK_HEADER, QUIRK_TITLE, quirkForm } from '../fixtures/form-quirks';
import { docxByLibrary } from '../fixtures/forms-docx';
import { matchMetric } from '../../src/lib/schema';

type Row = [activity: string, progress: string];
type Want = Record<number, string | null>;
type Result = ReturnType<typeof processFile>;

const numbersOf = (r: Result): Want => {
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.family !== 'F' && f.value !== null).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};

const xlsx = async (rows: Row[]) =>
	processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: rows.map(([activity, progress]) => ({ activity, requirement: '', progress })) }) });

async function docx(rows: Row[]) {
	const grid = [[QUIRK_TITLE], [QUIRK_HEADER], ['活动项目', '内容要求', '进展情况'], ...rows.map(([a, p]) => [a, '', p])];
	return processFile({ name: 'form.docx', bytes: await docxByLibrary([{ rows: grid, merges: [], table: [2, grid.length - 1] }]) });
}

function forms(title: string, list: [Row[], Want][]) {
	describe(title, () => {
		for (const [rows, want] of list)
			it(rows.map(([a, p]) => `${a}|${p}`).join(' / '), async () => {
				expect(numbersOf(await xlsx(rows))).toEqual(want);
				expect(numbersOf(await docx(rows))).toEqual(want);
			});
	});
}

forms('a topic joined by 和/及 is what the sessions spread, not a second count', [
	[[['宣传五进', '医护人员走进社区开展安全宣传和急救知识普及（8）场，参与居民（1354）人']], { 8: 'five.community_events', 1354: 'five.community_participants' }],
	[[['安全宣传“五进”', '走进企业开展安全宣传及法律法规讲解（5）场，覆盖职工（620）人']], { 5: 'five.enterprise_events', 620: 'five.enterprise_participants' }],
	[[['五进活动', '进学校开展防溺水和交通安全知识宣传（6）场，受教育师生（930）人']], { 6: 'five.school_events', 930: 'five.school_participants' }],
	[[['应急演练', '组织消防疏散和急救技能演练（11）场，参演（770）人次']], { 11: 'drills.events', 770: 'drills.participants' }],
	// Two things the schema counts, joined: their sum is neither.
	[[['五进活动', '开展应急演练和知识竞赛（3）场']], { 3: null }]
]);

forms('批次 and 班次 count sessions', [
	[[['警示教育', '组织参观安全警示教育基地(1)批次，参观(1117)人次；']], { 1: 'warning.exhibition_sessions', 1117: 'warning.exhibition_participants' }],
	[[['警示教育', '分（4）批次组织观看事故警示教育片，受教育（386）人次']], { 4: 'warning.film_sessions', 386: 'warning.film_participants' }],
	[[['应急演练', '开展应急疏散演练（9）班次，参演（450）人次']], { 9: 'drills.events', 450: 'drills.participants' }]
]);

forms('tip-offs of hazards and violations are the tip-offs received', [
	[[['隐患排查', '接收员工举报隐患和违规行为（26）条次']], { 26: 'report.received' }],
	[[['排查整治', '受理群众举报隐患及违法行为（31）条']], { 31: 'report.received' }],
	[[['隐患排查治理', '收到职工举报事故隐患和违章行为（17）条次']], { 17: 'report.received' }],
	// Hazards alone, in 个: the campaign's own tip-offs.
	[[['查找身边隐患', '居民举报风险隐患（42）个']], { 42: 'rectification.hazards_reported' }]
]);

forms('whose contest: the national one or a province’s', [
	[[['宣传咨询', '组织职工参加全国网上安全知识竞赛（1624）人次']], { 1624: 'consult.contest_participants' }],
	[[['安全生产江汉行', '参加全省安全生产知识网络竞赛（32）人次']], { 32: 'tour.contest_participants' }],
	[[['宣传教育', '参加全国安全生产网络知识竞赛（2130）人次']], { 2130: 'consult.contest_participants' }],
	[[['万里行', '组织参加辽宁省安全生产知识网络竞赛（87）人次']], { 87: 'tour.contest_participants' }]
]);

describe('whose contest, as a summary table’s column', () => {
	it.each([
		['全国安全生产网络知识竞赛参赛（人次）', 'consult.contest_participants'],
		['全国网上安全知识竞赛参与人次', 'consult.contest_participants'],
		['全省安全生产知识网络竞赛参赛（人次）', 'tour.contest_participants'],
		['本省安全知识网络竞赛（人次）', 'tour.contest_participants']
	])('%s → %s', (label, want) => expect(matchMetric(label)?.metricId).toBe(want));
});
