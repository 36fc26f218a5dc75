/**
 * 进展情况 cells as county and city offices of other provinces type them, one class of clause
 * structure each (not one wording per metric): section numbers before sentences, a sentence that
 * leans on the one before it across ；, Word paragraphs (or pasted lines) that cut a clause, a measure
 * named before its number (场次：4), who reports before the slot (全县共有…), counts of units, people
 * and sessions in one run, 上千/上百, and the notations around them. Every case is a real .xlsx
 * (exceljs) AND a real .docx (the docx package, each line of the cell a paragraph) read through
 * processFile; values are chosen apart so each slot is found by value, and the facts must be exactly
 * those listed — a section number read as a count would be an invented fact.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { QUIRK_HEADER, QUIRK_TITLE, quirkForm } from '../fixtures/form-quirks';
import { docxByLibrary } from '../fixtures/forms-docx';

type Want = Record<number, string | null>;

const factsOf = (r: ReturnType<typeof processFile>): Want => {
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};

async function readXlsx(activity: string, progress: string): Promise<Want> {
	return factsOf(processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: [{ activity, requirement: '', progress }] }) }));
}

/** The same one-row form as a Word table: each line of the cell is a paragraph of its own. */
async function readDocx(activity: string, progress: string): Promise<Want> {
	const rows = [[QUIRK_TITLE], [QUIRK_HEADER], ['活动项目', '内容要求', '进展情况'], [activity, '', progress]];
	const bytes = await docxByLibrary([{ rows, merges: [], table: [2, 3] }]);
	return factsOf(processFile({ name: 'form.docx', bytes }));
}

function cases(title: string, list: [string, string, Want][]) {
	describe(title, () => {
		for (const [activity, progress, want] of list)
			it(progress.replace(/\n/g, '⏎'), async () => {
				expect(await readXlsx(activity, progress)).toEqual(want);
				expect(await readDocx(activity, progress)).toEqual(want);
			});
	});
}

const MONTH = '“安全生产月”活动';

cases('a section number opening a sentence is text, never a count', [
	[MONTH, '（二）组织开展防汛应急演练（5）场，参与（230）人次', { 5: 'drills.events', 230: 'drills.participants' }],
	[MONTH, '(3)举办安全宣传咨询活动(4)场，参与(610)人次', { 4: 'consult.events', 610: 'consult.participants' }],
	[MONTH, '（一）理论学习中心组学习（2）次；（二）参学（36）人次', { 2: 'study.group_sessions', 36: 'study.group_participants' }],
	[MONTH, '1.开展应急演练7场，参演310人次；2.开展安全宣传咨询活动3场，参与520人次', { 7: 'drills.events', 310: 'drills.participants', 3: 'consult.events', 520: 'consult.participants' }]
]);

cases('a sentence that leans on the one before it, across ；or 。', [
	[MONTH, '组织观看典型事故警示教育片（6）场；观看人数（450）人次', { 6: 'warning.film_sessions', 450: 'warning.film_participants' }],
	[MONTH, '开展网络课堂培训（3）期。参训（95）人次。', { 3: 'study.online_sessions', 95: 'study.online_participants' }],
	['安全宣传“五进”', '①开展安全宣传进农村活动（4）场；②受教育村民（380）人', { 4: 'five.village_events', 380: 'five.village_participants' }]
]);

cases('lines that cut a clause (Word paragraphs in one cell, pasted lines)', [
	[MONTH, '开展灾害避险逃生演练\n（8）场\n参与\n（640）人次', { 8: 'drills.events', 640: 'drills.participants' }],
	[MONTH, '理论学习中心组学习\n3次，参与\n41人次', { 3: 'study.group_sessions', 41: 'study.group_participants' }],
	[MONTH, '组织参观警示教育展览（2）场\n（115）人次', { 2: 'warning.exhibition_sessions', 115: 'warning.exhibition_participants' }],
	[MONTH, '开展灾害避险逃生、自救\n互救演练（9）场，参与（705）人次', { 9: 'drills.events', 705: 'drills.participants' }],
	[MONTH, '开展应急演练（11）场\n（二）组织参观警示教育展览（3）场', { 11: 'drills.events', 3: 'warning.exhibition_sessions' }],
	// A measure named on its own line is a field of its own, not the unit of the number before it.
	[MONTH, '应急演练\n场次：18\n人次：760', { 18: 'drills.events', 760: 'drills.participants' }],
	[MONTH, '• 开展安全宣传咨询活动4场\n• 参与群众690人次', { 4: 'consult.events', 690: 'consult.participants' }],
	[MONTH, '一、学习情况\n1.理论学习中心组学习3次\n2.参学47人次', { 3: 'study.group_sessions', 47: 'study.group_participants' }]
]);

cases('a measure named before its number (场次：4, 参演人次 200)', [
	[MONTH, '应急演练场次：6；参演人次：270', { 6: 'drills.events', 270: 'drills.participants' }],
	[MONTH, '开展安全宣传咨询活动，场次：5，参与人数：930', { 5: 'consult.events', 930: 'consult.participants' }],
	['安全宣传“五进”', '进企业：场次7，人数420；进社区：场次4，人数260', { 7: 'five.enterprise_events', 420: 'five.enterprise_participants', 4: 'five.community_events', 260: 'five.community_participants' }]
]);

cases('who reports, or a tally, before the slot says nothing of what it counts', [
	[MONTH, '全县共有（780）人次参加了应急演练', { 780: 'drills.participants' }],
	[MONTH, '全镇累计（13）场应急演练', { 13: 'drills.events' }],
	[MONTH, '各单位共组织（9）场应急演练，（400）人次参演', { 9: 'drills.events', 400: 'drills.participants' }],
	['应急演练', '共（14）场，（560）人次', { 14: 'drills.events', 560: 'drills.participants' }],
	['警示教育', '我局共有（330）人次被组织观看了事故警示教育片', { 330: 'warning.film_participants' }]
]);

cases('counts of units, people and sessions in one run', [
	['应急演练', '组织辖区内（4）家企业（380）名职工开展消防应急演练（6）场', { 4: null, 380: 'drills.participants', 6: 'drills.events' }],
	['安全宣传“五进”', '深入（7）所学校（2600）名师生开展安全宣传进校园活动（12）场', { 7: null, 2600: 'five.school_participants', 12: 'five.school_events' }]
]);

cases('numbers as other offices write them', [
	[MONTH, '开展应急演练十余场，参与上千人次', { 10: 'drills.events', 1000: 'drills.participants' }],
	[MONTH, '组织开展消防疏散演练两场，参演师生一千二百人次', { 2: 'drills.events', 1200: 'drills.participants' }],
	[MONTH, '开展应急演练１５场，参与演练人员８８０人次', { 15: 'drills.events', 880: 'drills.participants' }],
	[MONTH, '开展应急演练＿＿16＿＿场，参与＿＿890＿＿人次', { 16: 'drills.events', 890: 'drills.participants' }],
	[MONTH, '开展应急演练【17】场，参与【870】人次', { 17: 'drills.events', 870: 'drills.participants' }],
	[MONTH, '6月16日在人民广场开展安全宣传咨询活动（2）场，参与群众近（1900）人次', { 2: 'consult.events', 1900: 'consult.participants' }],
	['举报', '畅通12350举报热线，受理群众举报（21）件，兑现奖励（5）人', { 21: 'report.received', 5: 'report.rewarded' }]
]);

cases('a printed blank around a number typed without brackets', [
	['学习重要论述', '党委中心组集中学习＿3＿次，参学＿52＿人次', { 3: 'study.group_sessions', 52: 'study.group_participants' }],
	['应急演练', '举办地震避险演练____4____场，参演人员____260____人次', { 4: 'drills.events', 260: 'drills.participants' }]
]);

cases('a total over several places is none of theirs', [
	['安全宣传“五进”', '进社区4场，进学校3场，受教育人数合计（560）人', { 4: 'five.community_events', 3: 'five.school_events', 560: null }],
	['安全宣传“五进”', '进企业（5）场、进农村（2）场，共计参与（730）人', { 5: 'five.enterprise_events', 2: 'five.village_events', 730: null }],
	['安全宣传“五进”', '进企业8场；进农村6场；进家庭3场；共计受教育群众（2600）人', { 8: 'five.enterprise_events', 6: 'five.village_events', 3: 'five.family_events', 2600: null }]
]);

cases('passive phrasing, and words between the verb and what it counts', [
	['专项整治', '（15）处隐患被排查出来', { 15: 'rectification.hazards_found' }],
	['万里行', '典型案例被主流媒体曝光（5）个', { 5: 'tour.cases_exposed' }],
	['应急演练', '开展了（3）场次的应急演练', { 3: 'drills.events' }],
	['警示教育', '组织了全体干部职工集中观看了（2）场典型事故警示教育片，共（140）人次', { 2: 'warning.film_sessions', 140: 'warning.film_participants' }],
	['“6·16”安全宣传咨询日', '在县城中心广场等（3）个地点开展了安全宣传咨询活动，共有（2100）余人次群众参与', { 3: null, 2100: 'consult.participants' }]
]);

cases('a short sentence after ；that the sentence before names', [
	['专项整治', '组织媒体报道专项整治进展（4）次；刊发新闻报道（9）篇', { 4: 'rectification.media_reports', 9: 'rectification.news_articles' }],
	['专项整治', '推广经验做法（3）个；刊发相关报道（6）篇', { 3: 'rectification.practices_promoted', 6: 'rectification.practice_articles' }]
]);

cases('who organized it is not what was done (组织收看…, 动员职工参加…)', [
	['云课堂', '组织收看“安全生产大家谈”云课堂（480）人次', { 480: 'cloud.participants' }],
	['安全宣传咨询日', '动员企业员工参加线上“公众开放日”（270）人次', { 270: 'consult.open_day_joined' }]
]);

describe('a lone tick or cross after the question\'s colon', () => {
	for (const [progress, answer] of [
		['是否已将安全生产月活动列入年度重点工作：√', 1],
		['是否已将安全生产月活动列入年度重点工作： ✔', 1],
		['是否已将安全生产月活动列入年度重点工作：×', 0]
	] as const)
		it(progress, async () => {
			const r = processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: [{ activity: '组织领导', requirement: '', progress }] }) });
			expect(r.facts.map((f) => [f.metricId, f.value, f.status])).toEqual([['org.in_annual_plan', answer, 'ok']]);
		});
});

cases('the slot\'s own unit rules its family, and participants of sessions the schema pairs with none are no other metric\'s', [
	['云课堂', '在媒体平台开展网络视频访谈（2）场，观看群众（500）余人次', { 2: 'cloud.interviews', 500: null }],
	['万里行', '开展“专题行”（2）次，参与群众（150）余人次', { 2: 'tour.thematic_trips', 150: null }],
	['安全生产月', '举办启动仪式（1）场，到场群众（300）余人次', { 1: 'launch.events', 300: null }]
]);

cases('counts set apart by a slash or by spaces only', [
	[MONTH, '应急演练：3场/120人次', { 3: 'drills.events', 120: 'drills.participants' }],
	['安全宣传“五进”', '进企业 3 场 200 人，进农村 2 场 150 人', { 3: 'five.enterprise_events', 200: 'five.enterprise_participants', 2: 'five.village_events', 150: 'five.village_participants' }]
]);
