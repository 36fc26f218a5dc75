/**
 * Form clauses as other offices write them (issue 17), one class each: a slot before its noun, a list
 * with its counts after it, a part of a total (其中, 含), a count in a bracket note, clauses whose
 * commas were left out, a short follow-up clause that the clause before names. Each case is a real
 * .xlsx (exceljs) read through processFile; values are chosen apart so each slot is found by value.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { quirkForm } from '../fixtures/form-quirks';

type Want = Record<number, string | null>;

/** Reads one 进展情况 cell under its 活动项目 and returns value → metric (null: unmapped). */
async function read(activity: string, progress: string): Promise<Want> {
	const r = processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: [{ activity, requirement: '', progress }] }) });
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
}

function cases(title: string, list: [string, string, Want][]) {
	describe(title, () => {
		for (const [activity, progress, want] of list)
			it(progress, async () => {
				expect(await read(activity, progress)).toEqual(want);
			});
	});
}

cases('a slot before its noun: only a verb of organizing precedes it', [
	['专项整治', '发动（12）家企业开展“安全生产啄木鸟”等活动，排查隐患（85）处', { 12: 'rectification.enterprises', 85: 'rectification.hazards_found' }],
	['排查整治', '组织（9）个社区开展“查找身边隐患”活动（14）场次', { 9: 'rectification.community_units', 14: 'rectification.community_events' }],
	['警示教育', '组织（300）人次观看警示教育片（4）场', { 300: 'warning.film_participants', 4: 'warning.film_sessions' }],
	['警示教育', '动员干部职工（260）人观看事故警示片', { 260: 'warning.film_participants' }],
	['云课堂', '组织（230）人次参加“安全生产大家谈”云课堂学习', { 230: 'cloud.participants' }],
	['应急演练', '组织（6）场应急演练，参与（320）人次', { 6: 'drills.events', 320: 'drills.participants' }]
]);

cases('a list with its counts after it, in the same order', [
	['安全宣传“五进”', '开展进企业、进农村、进社区活动分别为（3）场、（2）场、（4）场', { 3: 'five.enterprise_events', 2: 'five.village_events', 4: 'five.community_events' }],
	['宣传氛围', '在中央、省、市县媒体发表稿件分别为（1）篇、（3）篇、（12）篇', { 1: 'publicity.central_articles', 3: 'publicity.provincial_articles', 12: 'publicity.local_articles' }],
	['宣传氛围', '在中央、省级、市县级媒体分别发表安全月稿件(1)篇、(3)篇、(12)篇', { 1: 'publicity.central_articles', 3: 'publicity.provincial_articles', 12: 'publicity.local_articles' }],
	['万里行', '开展“专题行”、“区域行”、“网上行”（2）次、（3）次、（1）次', { 2: 'tour.thematic_trips', 3: 'tour.regional_trips', 1: 'tour.online_trips' }],
	['安全宣传“五进”', '深入学校、家庭开展宣传活动各（5）场、（7）场', { 5: 'five.school_events', 7: 'five.family_events' }]
]);

cases('a list the matcher cannot tell apart is not summed', [
	['安全宣传咨询日', '在广场、车站开展咨询活动（3）场、（2）场', { 3: null, 2: null }]
]);

cases('a part of a total already counted (其中, 含, 包括) is not counted twice', [
	['应急演练', '开展应急演练（3）场，其中消防疏散演练（2）场，参与（120）人次', { 3: 'drills.events', 2: null, 120: 'drills.participants' }],
	['应急演练', '开展应急演练（3）场，参与（120）人次，其中学生（80）人次', { 3: 'drills.events', 120: 'drills.participants', 80: null }],
	['安全宣传咨询日', '开展安全宣传咨询活动共（4）场（含线上1场），参与（600）人次', { 4: 'consult.events', 1: null, 600: 'consult.participants' }],
	['安全宣传“五进”', '开展安全宣传“五进”活动（20）场，其中进企业（6）场、进学校（4）场', { 20: null, 6: 'five.enterprise_events', 4: 'five.school_events' }]
]);

cases('a count in a bracket note is read, with the words before the note', [
	['安全宣传“五进”', '进企业（3）场（参与200人）、进农村（2）场（参与150人）', { 3: 'five.enterprise_events', 200: 'five.enterprise_participants', 2: 'five.village_events', 150: 'five.village_participants' }],
	['应急演练', '开展应急演练（5）场（参演人员310人次）', { 5: 'drills.events', 310: 'drills.participants' }]
]);

cases('clauses whose commas and line breaks were left out', [
	['学习重要论述', '理论学习中心组学习（3）次参与（45）人次开展网络课堂培训（2）场参与（60）人次', { 3: 'study.group_sessions', 45: 'study.group_participants', 2: 'study.online_sessions', 60: 'study.online_participants' }],
	['安全宣传“五进”', '开展安全宣传进企业活动（3）场次参加人数（200）人', { 3: 'five.enterprise_events', 200: 'five.enterprise_participants' }],
	['应急演练', '开展演练（4）场参演（150）人次', { 4: 'drills.events', 150: 'drills.participants' }]
]);

cases('a short clause the clause before names', [
	['专项整治', '组织媒体报道（3）次，刊发新闻报道（5）篇；宣传推广经验做法（2）个，刊发报道（4）篇', { 3: 'rectification.media_reports', 5: 'rectification.news_articles', 2: 'rectification.practices_promoted', 4: 'rectification.practice_articles' }],
	['应急演练', '开展应急演练（3）场，发放宣传资料（500）份', { 3: 'drills.events', 500: null }]
]);

cases('participants after sessions are those sessions\' participants (the schema pairs them)', [
	['6·16咨询日', '线上公众开放日活动（2）场，（300）人次参与', { 2: 'consult.open_day_events', 300: 'consult.open_day_participants' }],
	['6·16咨询日', '线上公众开放日活动（ ）场，（310）人次参与', { 310: 'consult.open_day_participants' }],
	['6·16咨询日', '组织参加全国网上安全知识竞赛，参赛（420）人次', { 420: 'consult.contest_participants' }],
	['五进', '进家庭宣传活动（2）场，（60）户家庭（180）人参与', { 2: 'five.family_events', 60: null, 180: 'five.family_participants' }]
]);

cases('a second list of the same places, and a unit written inside the brackets', [
	['安全宣传“五进”', '开展进企业、进农村、进社区宣传活动分别为（3）场、（2）场、（4）场，参与人数分别为（200）人、（150）人、（300）人', { 3: 'five.enterprise_events', 2: 'five.village_events', 4: 'five.community_events', 200: 'five.enterprise_participants', 150: 'five.village_participants', 300: 'five.community_participants' }],
	['6·16咨询日', '开展安全宣传咨询活动（   场），参与（1371人次）（含线上200人次）', { 1371: 'consult.participants', 200: null }],
	['6·16咨询日', '设立咨询台开展咨询活动（4）场次，现场群众（1200）余人次参与', { 4: 'consult.events', 1200: 'consult.participants' }]
]);

cases('a clause before breaks only a tie of the matcher, within what the measure word allows', [
	['开展安全生产专项整治宣传', '组织媒体报道（7）次，刊发新闻报道（12）篇', { 7: 'rectification.media_reports', 12: 'rectification.news_articles' }],
	['开展“6·16”安全宣传咨询日活动', '开展安全宣传咨询活动（3）场，解答咨询（90）人次', { 3: 'consult.events', 90: null }],
	['深入开展安全宣传“五进”', '开展安全宣传进学校活动（5）场，覆盖学校（8）所', { 5: 'five.school_events', 8: null }],
	['开展“安全生产万里行”活动', '曝光问题隐患（7）条，其中典型案例（3）个', { 7: 'tour.problems_exposed', 3: 'tour.case_count' }]
]);

cases('other brackets and printed blanks hold a slot too', [
	['应急演练', '开展应急演练〔3〕场，参与〔120〕人次', { 3: 'drills.events', 120: 'drills.participants' }],
	['应急演练', '开展应急演练［4］场，参演［130］人次', { 4: 'drills.events', 130: 'drills.participants' }],
	['应急演练', '开展应急演练__5__场，参与___140___人次', { 5: 'drills.events', 140: 'drills.participants' }]
]);

cases('a slot before what it counts, then what those did: read as 开展…的企业（ ）个', [
	['组织开展排查整治宣传', '动员（14）个企业开展安全体检，排查隐患（60）处', { 14: 'rectification.enterprises', 60: 'rectification.hazards_found' }],
	['安全宣传咨询日', '在（5）个地点开展安全宣传咨询活动，参与（800）人次', { 5: null, 800: 'consult.participants' }]
]);
