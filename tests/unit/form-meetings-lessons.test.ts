/**
 * Wording classes read in a filled 进展情况 cell (the forms' reader, readProgress):
 * - a meeting that studies (党组会专题学习, 村“两委”会议专题传达学习, 支部会议集中学习) is the leading group's study;
 * - an activity's long name (学习习近平总书记关于安全生产重要论述) says which activity, never which count — a metric whose
 *   phrasing spells the name out (网络课堂培训) does not win on the name's words;
 * - a lesson (上安全课（ ）节) is a session; going to a place (到村小学, 深入企业, 走进社区) is going into it;
 * - 年度/本年度 before 重点工作 is 全年; a yes/no question under a heading whose activity asks none (演练与责任) is read
 *   as a question of the form, not of that heading.
 */
import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/lib/shapes/form/progress';

const read = (cell: string, section: string) =>
	Object.fromEntries(readProgress(cell, section, '').items.filter((i) => i.kind !== 'text').map((i) => [(i as { value: number }).value, i.match?.metricId ?? null]));

describe('meetings that study, long names, lessons, going to places, the year’s work', () => {
	it.each<[string, string, Record<number, string | null>]>([
		['学习宣传', '召开村“两委”会议专题传达学习安全生产重要论述【5】次，参会【1917】人次', { 5: 'study.group_sessions', 1917: 'study.group_participants' }],
		['', '党组会专题学习习近平总书记关于安全生产重要论述（3）次', { 3: 'study.group_sessions' }],
		['学习教育', '支部会议集中学习安全生产重要论述（4）次，参学党员（60）人次', { 4: 'study.group_sessions', 60: 'study.group_participants' }],
		['', '开展习近平总书记关于安全生产重要论述网络课堂培训（4）场，参与（80）人次', { 4: 'study.online_sessions', 80: 'study.online_participants' }],
		['宣传进村入户', '到村小学上防溺水安全课【9】节，听课师生【178】人', { 9: 'five.school_events', 178: 'five.school_participants' }],
		['五进', '深入企业开展安全宣讲（6）场', { 6: 'five.enterprise_events' }],
		['宣传五进', '走进社区开展安全宣传（8）场，参与居民（354）人', { 8: 'five.community_events', 354: 'five.community_participants' }],
		['组织保障', '是否纳入本单位年度安全生产重点工作：是', { 1: 'org.in_annual_plan' }],
		['演练与责任', '是否将安全月纳入年度重点工作：☑是□否', { 1: 'org.in_annual_plan' }],
		// A question the schema does not ask stays unmapped under any heading.
		['演练与责任', '是否发生安全生产事故：□是☑否', { 0: null }]
	])('%s | %s', (section, cell, want) => expect(read(cell, section)).toEqual(want));
});
