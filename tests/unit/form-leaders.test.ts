/**
 * Who did it, named by a title (校长, 校（园）长, 党组织书记, 分管副局长, 办公室主任, 镇长), opening a clause says nothing of
 * what was counted — as 领导干部 already did not; and words in brackets inside a name (校（园）长) end no one's words.
 * Each case a real .xlsx (exceljs) AND a real .docx (the docx package) read through processFile; the facts must be
 * exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { QUIRK_HEADER, QUIRK_TITLE, quirkForm } from '../fixtures/form-quirks';
import { docxByLibrary } from '../fixtures/forms-docx';

type Want = Record<number, string | null>;
type Result = ReturnType<typeof processFile>;

const numbersOf = (r: Result): Want => {
	expect(r.error).toBeNull();
	return Object.fromEntries(r.facts.filter((f) => f.family !== 'F' && f.value !== null).map((f) => [f.value, f.status === 'ok' ? f.metricId : null]));
};

async function both(activity: string, progress: string): Promise<Want[]> {
	const xlsx = processFile({ name: 'form.xlsx', bytes: await quirkForm({ rows: [{ activity, requirement: '', progress }] }) });
	const grid = [[QUIRK_TITLE], [QUIRK_HEADER], ['活动项目', '内容要求', '进展情况'], [activity, '', progress]];
	const docx = processFile({ name: 'form.docx', bytes: await docxByLibrary([{ rows: grid, merges: [], table: [2, grid.length - 1] }]) });
	return [numbersOf(xlsx), numbersOf(docx)];
}

describe('a leader by title opening a clause is who did it, not what was done', () => {
	it.each<[string, string, Want]>([
		['学习宣贯', '校（园）长、党组织书记带头讲安全公开课（22）场，听课师生（300）人次', { 22: 'study.lecture_sessions', 300: 'study.lecture_participants' }],
		['学习宣贯', '局长、分管副局长讲安全公开课（5）次，受众（210）人次', { 5: 'study.lecture_sessions', 210: 'study.lecture_participants' }],
		['学习宣贯', '院长讲安全公开课（6）场', { 6: 'study.lecture_sessions' }],
		['警示教育', '办公室主任组织观看警示教育片（4）场，观看（95）人次', { 4: 'warning.film_sessions', 95: 'warning.film_participants' }],
		['应急演练', '镇长带头开展应急演练（2）场，参演（160）人次', { 2: 'drills.events', 160: 'drills.participants' }],
		// A leader who inspects: 检查 is outside the schema whoever does it.
		['隐患排查', '镇长带头检查企业（7）家', { 7: null }]
	])('%s | %s', async (activity, progress, want) => {
		for (const got of await both(activity, progress)) expect(got).toEqual(want);
	});
});
