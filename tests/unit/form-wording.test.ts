/**
 * Forms worded by other offices (issue 17): participation slots with another verb than 参与,
 * and yes/no answers in every typing. Each test writes a real .xlsx (exceljs) and reads it
 * through processFile.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';
import { quirkForm, type QuirkRow } from '../fixtures/form-quirks';

async function run(rows: QuirkRow[]): Promise<FileResult> {
	const r = processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows }) });
	expect(r.error).toBeNull();
	return r;
}
const summary = (r: FileResult) => r.facts.map((f) => [f.metricId, f.value, f.status]);

describe('a participation slot worded with any verb of taking part', () => {
	const cases: [string, string, string, [string, number][]][] = [
		['应急演练', '开展灾害避险逃生、自救互救演练（ ）场，参与（ ）人次', '开展灾害避险逃生、自救互救演练（3）场，参演（120）人次', [['drills.events', 3], ['drills.participants', 120]]],
		['应急演练', '开展灾害避险逃生、自救互救演练（ ）场，参与（ ）人次', '开展应急疏散演练（2）场，共（80）人参演', [['drills.events', 2], ['drills.participants', 80]]],
		['学习宣传贯彻习近平总书记关于安全生产重要论述', '开展网络课堂培训（ ）场，参与（ ）人次', '开展网络课堂培训（2）场，参训（50）人次', [['study.online_sessions', 2], ['study.online_participants', 50]]],
		['警示教育', '组织观看警示教育片（ ）场，参与（ ）人次', '组织观看警示教育片（4）场，观看（90）人次', [['warning.film_sessions', 4], ['warning.film_participants', 90]]],
		['警示教育', '开展生产安全事故警示教育（ ）场，参与（ ）人次', '开展生产安全事故警示教育（2）场，受教育（60）人次', [['warning.education_sessions', 2], ['warning.education_participants', 60]]],
		['安全宣传“五进”', '开展安全宣传进学校活动（ ）场，参与（ ）人', '开展安全宣传进学校活动（4）场，受教育师生（800）人', [['five.school_events', 4], ['five.school_participants', 800]]],
		['安全宣传咨询日', '开展安全宣传咨询活动（ ）场，参与（ ）人次', '开展安全宣传咨询活动（2）场，覆盖群众（300）人次', [['consult.events', 2], ['consult.participants', 300]]],
		['安全宣传咨询日', '开展安全宣传咨询活动（ ）场，参与（ ）人次', '开展安全宣传咨询活动（2）场，\n参加（310）人次', [['consult.events', 2], ['consult.participants', 310]]]
	];
	for (const [activity, requirement, progress, want] of cases)
		it(progress.replace('\n', '⏎'), async () => {
			expect(summary(await run([{ activity, requirement, progress }]))).toEqual(want.map(([m, v]) => [m, v, 'ok']));
		});

	it('keeps the words as written in the label', async () => {
		const r = await run([{ activity: '应急演练', requirement: '', progress: '开展灾害避险逃生、自救互救演练（3）场，参演（120）人次' }]);
		expect(r.facts[1].label).toBe('开展灾害避险逃生、自救互救演练（ ）场，参演（ ）人次');
	});

	it('a counted thing after the verb is no participation (覆盖（ ）个社区 stays on its own words)', async () => {
		const r = await run([{ activity: '安全宣传“五进”', requirement: '', progress: '开展安全宣传进社区活动（5）场，覆盖（3）个社区' }]);
		expect(r.facts.map((f) => f.metricId)).not.toContain('five.community_participants');
	});
});

describe('slots counting what the schema does not are read but never summed', () => {
	it('发放资料, 接受咨询, 已整改, 观摩 and money stay unmapped beside the slots that map', async () => {
		const r = await run([
			{ activity: '安全宣传咨询日', requirement: '', progress: '开展安全宣传咨询活动（9）场，发放宣传资料（5000）份，接受咨询（800）人次' },
			{ activity: '专项整治', requirement: '', progress: '排查隐患（120）处，已整改（110）处' },
			{ activity: '应急演练', requirement: '', progress: '投入经费（3.5）万元，开展演练（6）场，观摩（150）人次' }
		]);
		const by = new Map(r.facts.map((f) => [f.value, f.status === 'ok' ? f.metricId : 'unmapped']));
		expect(Object.fromEntries(by)).toEqual({
			9: 'consult.events',
			5000: 'unmapped',
			800: 'unmapped',
			120: 'rectification.hazards_found',
			110: 'unmapped',
			3.5: 'unmapped',
			6: 'drills.events',
			150: 'unmapped'
		});
	});
});

describe('yes/no answers in any typing', () => {
	const ORG = '组织落实';
	const Q1 = '是否已将“安全生产月”活动纳入全年安全生产重点工作';
	const Q2 = '是否已建立健全党委政府领导、多部门合作的工作机制';
	const Q3 = '是否已制定活动“路线图”“施工表”';
	const Q4 = '是否已做好人力、物力和相关经费等保障';
	const typings: [string, 1 | 0][] = [
		[`${Q2}：☑是□否`, 1],
		[`${Q2}：□是☑否`, 0],
		[`${Q2}：是☑ 否□`, 1],
		[`${Q2}：是□否√`, 0],
		[`${Q2}：√是`, 1],
		[`${Q2}：■否`, 0],
		[`${Q2}：是✔`, 1],
		[`${Q2}：否√`, 0],
		[`${Q2}：是（√）`, 1],
		[`${Q2}：否（√）`, 0],
		[`${Q2}：是（√）否（ ）`, 1],
		[`${Q2}：是`, 1],
		[`${Q2}：否`, 0]
	];
	for (const [progress, value] of typings)
		it(progress.slice(Q2.length), async () => {
			expect(summary(await run([{ activity: ORG, requirement: '', progress }]))).toEqual([['org.mechanism', value, 'ok']]);
		});

	it('questions run together with no line break, each answered with a bare 是 or 否', async () => {
		const r = await run([{ activity: ORG, requirement: '', progress: `${Q1}：是${Q2}：否${Q3}：是${Q4}：是` }]);
		expect(summary(r)).toEqual([
			['org.in_annual_plan', 1, 'ok'],
			['org.mechanism', 0, 'ok'],
			['org.roadmap', 1, 'ok'],
			['org.resources', 1, 'ok']
		]);
	});

	it('numbered questions on one line, and ticks after run-together answers', async () => {
		const numbered = await run([{ activity: ORG, requirement: '', progress: `1.${Q1}：是 2.${Q2}：否` }]);
		expect(summary(numbered)).toEqual([['org.in_annual_plan', 1, 'ok'], ['org.mechanism', 0, 'ok']]);
		const ticked = await run([{ activity: ORG, requirement: '', progress: `${Q1}：是√${Q2}：否√` }]);
		expect(summary(ticked)).toEqual([['org.in_annual_plan', 1, 'ok'], ['org.mechanism', 0, 'ok']]);
	});

	it('the 否 of a question word is no answer (是否√ leaves nothing ticked on 否)', async () => {
		const r = await run([{ activity: '学习宣传', requirement: '', progress: '专题学习《生命重于泰山》电视专题片 是√' }]);
		expect(summary(r)).toEqual([['study.film_watched', 1, 'ok']]);
	});
});
