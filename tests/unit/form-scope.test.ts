/**
 * What names a form's slot besides its own clause, and answers typed without a box — one class each,
 * several invented wordings per class, every case a real .xlsx (exceljs) AND a real .docx (the docx
 * package, each line of the cell a paragraph) read through processFile:
 * - a row that reports nothing heads the numbered items under it (三、安全宣传“五进”活动 over 1.进企业);
 * - a cell with no words of its own ((4)场，(230)人次, 开展活动(5)场) counts what its row's item names;
 * - a title in 【】 inside a cell (…人次【咨询日】(3)场) opens an item and names the activity after it;
 * - a unit put in brackets after its number (演练5（场）), two fields named together (场次/人次：5/300);
 * - a measure named before a count (场次(4) 人次(310), 场次【8】, 场次 13 人次 1020) is that count's, not the next one's;
 * - where or when something was done (在…网站, 通过暗查暗访, 检查中) frames the clause and names no count;
 * - a media item counted in the unit its partner counts (见报稿件(14)篇 after 组织媒体报道(6)次);
 * - yes/no answered with a space before 是/否 between numbered questions, with the word in brackets, or
 *   with an answer word after the colon (已落实, 暂未建立, Y, 无).
 * Values are chosen apart so each slot is found by value; the facts must be exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { QUIRK_HEADER, QUIRK_TITLE, quirkForm } from '../fixtures/form-quirks';
import { docxByLibrary } from '../fixtures/forms-docx';

type Row = [activity: string, progress: string | null];
type Want = Record<number, string | null>;

const factsOf = (r: ReturnType<typeof processFile>): Want => {
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.value !== null && f.metricId?.startsWith('org.') !== true).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};
const flagsOf = (r: ReturnType<typeof processFile>) => r.facts.filter((f) => f.metricId?.startsWith('org.') || f.label.includes('是否')).map((f) => [f.metricId, f.value]);

const xlsx = async (rows: Row[]) =>
	processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: rows.map(([activity, progress]) => ({ activity, requirement: '', progress })) }) });

/** The same form as a Word table: each line of a cell is a paragraph of its own. */
async function docx(rows: Row[]) {
	const grid = [[QUIRK_TITLE], [QUIRK_HEADER], ['活动项目', '内容要求', '进展情况'], ...rows.map(([a, p]) => [a, '', p ?? ''])];
	return processFile({ name: 'form.docx', bytes: await docxByLibrary([{ rows: grid, merges: [], table: [2, grid.length - 1] }]) });
}

function forms(title: string, list: [Row[], Want][]) {
	describe(title, () => {
		for (const [rows, want] of list)
			it(rows.map(([a, p]) => `${a}|${p ?? ''}`).join(' / '), async () => {
				expect(factsOf(await xlsx(rows))).toEqual(want);
				expect(factsOf(await docx(rows))).toEqual(want);
			});
	});
}

forms('a row that reports nothing heads the items under it', [
	[
		[
			['三、安全宣传“五进”活动', null],
			['1.进企业', '开展活动（12）场，参与职工（450）人'],
			['2.进学校', '开展活动（5）场，参与师生（800）人']
		],
		{ 12: 'five.enterprise_events', 450: 'five.enterprise_participants', 5: 'five.school_events', 800: 'five.school_participants' }
	],
	[
		[
			['五、企业安全文化活动', null],
			['创建活动', '（6）场，职工参与（510）人次'],
			['六、应急演练', '开展演练（9）场，参演（640）人次']
		],
		{ 6: 'five.culture_events', 510: 'five.culture_participants', 9: 'drills.events', 640: 'drills.participants' }
	],
	[
		[
			['警示教育', null],
			['（1）观看警示教育片', '（4）场，（230）人次'],
			['（2）参观警示教育展览', '（3）场，（170）人次']
		],
		{ 4: 'warning.film_sessions', 230: 'warning.film_participants', 3: 'warning.exhibition_sessions', 170: 'warning.exhibition_participants' }
	],
	// Two items of one level, the first not reported: it heads nothing, the second reads alone.
	[
		[
			['1.启动仪式', null],
			['2.应急演练', '开展演练（7）场，参与（380）人次']
		],
		{ 7: 'drills.events', 380: 'drills.participants' }
	]
]);

forms('a cell with no words of its own counts what its row names', [
	[[['组织观看警示教育片', '（8）场，（615）人次']], { 8: 'warning.film_sessions', 615: 'warning.film_participants' }],
	[[['开展应急疏散演练', '共（11）场 （930）人次']], { 11: 'drills.events', 930: 'drills.participants' }],
	[[['理论学习中心组学习', '3次，参学41人次']], { 3: 'study.group_sessions', 41: 'study.group_participants' }]
]);

forms('a title in 【】 inside a cell opens an item and names its activity', [
	[[['“安全生产月”活动', '【应急演练】（7）场，（530）人次【咨询日】（3）场，（1200）人次']], { 7: 'drills.events', 530: 'drills.participants', 3: 'consult.events', 1200: 'consult.participants' }],
	[[['安全生产月', '【警示教育】组织观看警示片（4）场（260）人次【五进】进企业（6）场']], { 4: 'warning.film_sessions', 260: 'warning.film_participants', 6: 'five.enterprise_events' }],
	[[['“安全生产月”活动', '【演练】开展（9）场，参与（700）人次 【学习】中心组学习（2）次，参学（30）人次']], { 9: 'drills.events', 700: 'drills.participants', 2: 'study.group_sessions', 30: 'study.group_participants' }]
]);

forms('a measure named before a count is that count\'s', [
	[[['警示教育', '观看警示片 场次(4) 人次(310)']], { 4: 'warning.film_sessions', 310: 'warning.film_participants' }],
	[[['应急演练', '演练场次（15）参演人次（1240）']], { 15: 'drills.events', 1240: 'drills.participants' }],
	[[['安全宣传咨询日', '咨询活动场次：（6）；参与人数：（2300）']], { 6: 'consult.events', 2300: 'consult.participants' }],
	// The same fields typed without round brackets: 【 】 or bare numbers set apart by spaces.
	[[['安全宣传咨询日', '咨询活动 场次【8】 参与人次【2,150】']], { 8: 'consult.events', 2150: 'consult.participants' }],
	[[['应急演练', '应急演练 场次 13 人次 1020']], { 13: 'drills.events', 1020: 'drills.participants' }]
]);

forms('two fields named together, their numbers after them in the same order', [
	[[['应急演练', '开展应急演练场次/参与人次：5/300']], { 5: 'drills.events', 300: 'drills.participants' }],
	[[['安全宣传咨询日', '咨询活动 场次/人数 6 / 1,850']], { 6: 'consult.events', 1850: 'consult.participants' }]
]);

forms('a unit put in brackets after its number', [
	[[['应急演练', '开展应急演练5（场），参与300（人次）']], { 5: 'drills.events', 300: 'drills.participants' }],
	[[['警示教育', '组织观看警示教育片 3 (场)，受教育 240 (人次)']], { 3: 'warning.film_sessions', 240: 'warning.film_participants' }]
]);

forms('a media item in the unit its partner counts, after the partner\'s clause', [
	[[['专项整治三年行动宣传', '组织媒体集中采访报道6次，见报稿件14篇']], { 6: 'rectification.media_reports', 14: 'rectification.news_articles' }],
	[[['专项整治宣传', '组织新闻媒体报道整治进展（3）次、刊登稿件（9）篇']], { 3: 'rectification.media_reports', 9: 'rectification.news_articles' }],
	[[['专项整治宣传', '推广典型经验做法（4）项，发表稿件（7）篇']], { 4: 'rectification.practices_promoted', 7: 'rectification.practice_articles' }],
	[[['排查整治宣传', '总结推广经验做法5个；相关新闻稿刊发（16）篇']], { 5: 'rectification.practices_promoted', 16: 'rectification.practice_articles' }],
	// 相关/有关 point back; a metric the cell already counted is not counted twice.
	[
		[['专项整治宣传', '组织主流媒体集中报道（10）次，刊发稿件（19）篇；\n总结推广典型经验（27）个，相关报道（4）篇。']],
		{ 10: 'rectification.media_reports', 19: 'rectification.news_articles', 27: 'rectification.practices_promoted', 4: 'rectification.practice_articles' }
	],
	[[['专项整治', '总结推广典型经验（5）个，有关稿件（8）篇']], { 5: 'rectification.practices_promoted', 8: 'rectification.practice_articles' }]
]);

forms('people after the sessions of several places are none of theirs', [
	[[['安全宣传“五进”', '其中进校园（22）场、进家庭（16）场，覆盖师生家长（300）人']], { 22: 'five.school_events', 16: 'five.family_events', 300: null }],
	[[['安全宣传“五进”', '进企业（6）场、进农村（3）场，受教育群众（870）人次']], { 6: 'five.enterprise_events', 3: 'five.village_events', 870: null }],
	// One place, then its people: theirs.
	[[['安全宣传“五进”', '进企业（7）场，参与职工（310）人；进学校（4）场，参与师生（520）人']], { 7: 'five.enterprise_events', 310: 'five.enterprise_participants', 4: 'five.school_events', 520: 'five.school_participants' }]
]);

forms('where or when it was done frames the clause, it does not name the count', [
	[[['专项整治', '在“打非治违”检查中共排查风险隐患（85）处']], { 85: 'rectification.hazards_found' }],
	[[['专项整治', '通过明查暗访发现安全违法违规行为（14）次']], { 14: 'rectification.violations_found' }],
	[[['专项整治', '活动期间发现各类问题隐患（260）条']], { 260: 'rectification.hazards_found' }],
	[[['学习宣贯', '在县政府网站、政务微信开设学习专栏（2）个']], { 2: 'study.columns' }],
	// The frame may hold a qualifier: 省级以上 straddles two levels, so the count stays unmapped, never a level's.
	[[['宣传报道', '在省级以上媒体发表稿件（5）篇']], { 5: null }]
]);

describe('yes/no answered with a space before 是/否, with the word in brackets, or with an answer word', () => {
	const list: [string, [string, number][]][] = [
		['1.是否已纳入全年安全生产重点工作 是 2.是否建立工作机制 是 3.是否制定路线图施工表 否', [['org.in_annual_plan', 1], ['org.mechanism', 1], ['org.roadmap', 0]]],
		['(1)是否纳入全年重点工作  否  (2)是否做好人力物力经费保障  是', [['org.in_annual_plan', 0], ['org.resources', 1]]],
		['是否与推动落实安全生产责任相结合（是）', [['org.responsibility', 1]]],
		['是否做好人力、物力和相关经费等保障(否)', [['org.resources', 0]]],
		// Answer words after the colon: 已…/有/Y say yes, 未…/暂未/没有/无/N say no.
		['是否已做好人力、物力和相关经费等保障：已落实', [['org.resources', 1]]],
		['1.是否已纳入全年重点工作：已纳入 2.是否建立健全工作机制：暂未建立', [['org.in_annual_plan', 1], ['org.mechanism', 0]]],
		['是否与解决热点难点问题相结合：Y', [['org.hotspots', 1]]],
		['是否已制定活动路线图、施工表：无', [['org.roadmap', 0]]]
	];
	for (const [progress, want] of list)
		it(progress, async () => {
			expect(flagsOf(await xlsx([['组织领导', progress]]))).toEqual(want);
			expect(flagsOf(await docx([['组织领导', progress]]))).toEqual(want);
		});
});
