/**
 * Wording classes read in a filled 进展情况 cell (the forms' reader, readProgress):
 * - a meeting that studies (党组会专题学习, 村“两委”会议专题传达学习, 支部会议集中学习) is the leading group's study;
 * - an activity's long name (学习习近平总书记关于安全生产重要论述) says which activity, never which count — a metric whose
 *   phrasing spells the name out (网络课堂培训) does not win on the name's words;
 * - a lesson (上安全课（ ）节) is a session; going to a place (到村小学, 深入企业, 走进社区) is going into it;
 * - 年度/本年度 before 重点工作 is 全年; a yes/no question under a heading whose activity asks none (演练与责任) is read
 *   as a question of the form, not of that heading; a paragraph form's item answered with a bare 是/否 after a space
 *   (`3.组织收看《生命重于泰山》专题片 是`) is a question answered.
 */
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { processFile } from '../../src/lib/pipeline';
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

describe('a paragraph form’s item answered with a bare 是/否 after a space', () => {
	it.each([
		['3.组织收看《生命重于泰山》专题片 是', 'study.film_watched', 1],
		['2.使用全国安全宣教和应急科普平台开展学习：否', 'five.platform_used', 0]
	])('%s (.docx paragraphs)', async (line, metric, value) => {
		const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
		const lines = ['青石镇2021年“安全生产月”村级活动情况统计', '填报单位：洛水县青石镇石桥村委会', '一、学习宣传', '1.中心组学习：学习3次，参与45人次', '二、其他', line, '填报日期：2021年6月25日'];
		const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map(p) }] })));
		const r = processFile({ name: '石桥村.docx', bytes });
		expect(r.error).toBeNull();
		expect(r.facts.filter((f) => f.family === 'F').map((f) => [f.metricId, f.value])).toEqual([[metric, value]]);
	});
});
