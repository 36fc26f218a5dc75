/**
 * Quirks of filled-in forms (shape A) found by testing: each builds a real
 * .xlsx with exceljs, runs it through processFile and asserts the exact facts.
 */
import { describe, expect, it } from 'vitest';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';
import { readWorkbook } from '../../src/lib/read/index';
import { findTable } from '../../src/lib/shapes/form/table';
import { readHeader } from '../../src/lib/shapes/form/header';
import { findCheckboxes } from '../../src/lib/shapes/form/checkbox';
import { findSlots, splitOutsideBrackets } from '../../src/lib/shapes/form/slots';
import { softenLineBreaks } from '../../src/lib/shapes/form/line-breaks';
import { readProgress } from '../../src/lib/shapes/form/progress';
import { parseNumber } from '../../src/lib/shapes/numbers';
import { parseFiledOn } from '../../src/lib/facts/year';
import { CLOUD, CONSULT, DRILLS, QUIRK_UNIT, quirkForm, type QuirkForm } from '../fixtures/form-quirks';

const STUDY = '学习宣传贯彻习近平总书记关于安全生产重要论述';
const STUDY_REQ = '理论学习中心组学习（ ）次，参与（ ）人次；开展网络课堂培训（ ）场，参与（ ）人次；组织集中学习观看（ ）场，参与（ ）人次';
const FILM = '专题学习《生命重于泰山》电视专题片 □是□否';

async function run(spec: QuirkForm, name = 'form.xlsx'): Promise<FileResult> {
	const r = processFile({ name, bytes: await quirkForm(spec) });
	expect(r.error).toBeNull();
	return r;
}

/** The facts as cell, metric, value, status (the unit is checked where a test is about it). */
const summary = (r: FileResult) => r.facts.map((f) => [f.cell, f.metricId, f.value, f.status]);

const one = (activity: string, requirement: string, progress: string | number | null): QuirkForm => ({ rows: [{ activity, requirement, progress }] });

describe('line breaks inside a sentence (Alt+Enter)', () => {
	it('a break after ， keeps 参与（ ）人次 on the clause before it', async () => {
		const r = await run(
			one(STUDY, STUDY_REQ, '理论学习中心组学习（3）次，\n参与（45）人次；\n开展网络课堂培训（2）场，\n参与（60）人次；\n组织集中学习观看（1）场，\n参与（30）人次')
		);
		expect(summary(r)).toEqual([
			['C4', 'study.group_sessions', 3, 'ok'],
			['C4', 'study.group_participants', 45, 'ok'],
			['C4', 'study.online_sessions', 2, 'ok'],
			['C4', 'study.online_participants', 60, 'ok'],
			['C4', 'study.viewing_sessions', 1, 'ok'],
			['C4', 'study.viewing_participants', 30, 'ok']
		]);
	});

	it('a break after ， in the 五进 rows maps 参与（ ）人 instead of leaving it unmapped', async () => {
		const r = await run(
			one('安全宣传“五进”', '开展安全宣传进企业活动（ ）场，参与（ ）人；开展安全宣传进农村活动（ ）场，参与（ ）人', '开展安全宣传进企业活动（5）场，\n参与（300）人；\n开展安全宣传进农村活动（4）场，\n参与（200）人')
		);
		expect(summary(r)).toEqual([
			['C4', 'five.enterprise_events', 5, 'ok'],
			['C4', 'five.enterprise_participants', 300, 'ok'],
			['C4', 'five.village_events', 4, 'ok'],
			['C4', 'five.village_participants', 200, 'ok']
		]);
	});

	it('a break between a number and its unit keeps the unit with the number', async () => {
		const r = await run(one(STUDY, '理论学习中心组学习（ ）次，参与（ ）人次', '理论学习中心组学习（3）次，参与（45）\n人次'));
		expect(summary(r)).toEqual([
			['C4', 'study.group_sessions', 3, 'ok'],
			['C4', 'study.group_participants', 45, 'ok']
		]);
	});

	it('a break with no ， before 参与 still joins the clause before it', async () => {
		const r = await run(one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（3）场\r\n参与（120）人次'));
		expect(summary(r)).toEqual([
			['C4', 'consult.events', 3, 'ok'],
			['C4', 'consult.participants', 120, 'ok']
		]);
	});

	it('softenLineBreaks: breaks after ，/ before a unit vanish, 参与 lines join with ，, other breaks stay', () => {
		expect(softenLineBreaks('学习（3）次，\n参与（45）人次')).toBe('学习（3）次，参与（45）人次');
		expect(softenLineBreaks('参与（45）\n人次')).toBe('参与（45）人次');
		expect(softenLineBreaks('培训（2）场\n参与（60）人次')).toBe('培训（2）场，参与（60）人次');
		expect(softenLineBreaks('演练（2）场；\n参与（60）人次')).toBe('演练（2）场；\n参与（60）人次');
		expect(softenLineBreaks('进企业活动（5）场\n进农村活动（4）场')).toBe('进企业活动（5）场\n进农村活动（4）场');
		expect(softenLineBreaks('no break')).toBe('no break');
	});

	it('a checkbox on the line after its question keeps the question as its label', () => {
		for (const answer of ['☑是□否', '是√否']) {
			const r = readProgress(`专题学习《生命重于泰山》电视专题片\n${answer}`, STUDY, STUDY);
			expect(r.items.map((it) => [it.kind, it.match?.metricId ?? null, 'value' in it ? it.value : null, it.label])).toEqual([
				['flag', 'study.film_watched', 1, '专题学习《生命重于泰山》电视专题片 □是□否']
			]);
		}
	});

	it('a sentence on its own line (no ；) is still its own sentence', () => {
		const r = readProgress('开展安全宣传进企业活动（5）场，参与（300）人\n开展安全宣传进农村活动（4）场，参与（200）人', '安全宣传“五进”', '安全宣传“五进”');
		expect(r.items.map((it) => [it.match?.metricId ?? null, 'value' in it ? it.value : null])).toEqual([
			['five.enterprise_events', 5],
			['five.enterprise_participants', 300],
			['five.village_events', 4],
			['five.village_participants', 200]
		]);
	});
});

describe('thousands separators in bare numbers', () => {
	for (const [written, value] of [
		['参与1,200人次', 1200],
		['参与12,000人次', 12000],
		['参与1，200人次', 1200],
		['参与１，２００人次', 1200]
	] as const)
		it(`${written} → ${value}`, async () => {
			const r = await run(one('安全宣传咨询日', CONSULT, `开展安全宣传咨询活动3场，${written}`));
			expect(summary(r)).toEqual([
				['C4', 'consult.events', 3, 'ok'],
				['C4', 'consult.participants', value, 'ok']
			]);
		});

	it('a comma with four digits after it, or more than three before, still separates clauses', () => {
		expect(splitOutsideBrackets('活动3场,1234人', '，,').map((p) => p.text)).toEqual(['活动3场', '1234人']);
		expect(splitOutsideBrackets('编号1234,567人', '，,').map((p) => p.text)).toEqual(['编号1234', '567人']);
		expect(splitOutsideBrackets('参与1,200人次，其中', '，,').map((p) => p.text)).toEqual(['参与1,200人次', '其中']);
	});
});

describe('the 进展情况 header', () => {
	it('merged over two columns: the answers in the second column are read', async () => {
		const r = await run({
			answersInSecondColumn: true,
			rows: [
				{ activity: '安全宣传咨询日', requirement: CONSULT, progress: '开展安全宣传咨询活动（3）场，参与（120）人次' },
				{ activity: '应急演练', requirement: DRILLS, progress: '开展灾害避险逃生、自救互救演练（2）场，参与（85）人次' }
			]
		});
		expect(summary(r)).toEqual([
			['D4', 'consult.events', 3, 'ok'],
			['D4', 'consult.participants', 120, 'ok'],
			['D5', 'drills.events', 2, 'ok'],
			['D5', 'drills.participants', 85, 'ok']
		]);
		expect(r.ledger.filter((l) => l.cell === 'D4' || l.cell === 'D5').map((l) => l.disposition)).toEqual(['fact', 'fact']);
	});

	for (const header of ['进展情况（截至6月24日）', '进展情况\n(6月8日)', '完成情况（数量）', '工作进展情况', '进展情况：'])
		it(`with a note: ${JSON.stringify(header)}`, async () => {
			const r = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（3）场，参与（120）人次'), progressHeader: header });
			expect(summary(r)).toEqual([
				['C4', 'consult.events', 3, 'ok'],
				['C4', 'consult.participants', 120, 'ok']
			]);
		});

	it('a sentence in the header cell is no 进展情况 header', async () => {
		const bytes = await quirkForm({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（3）场'), progressHeader: '请各单位于6月24日前报送工作进展情况' });
		const sheet = readWorkbook(bytes, 'x.xlsx').sheets[0];
		expect(findTable(sheet)).toBeNull();
	});
});

describe('the 填报单位 line', () => {
	it('spaced-out labels: 填 报 单 位 / 联 系 人 / 填 报 日 期', async () => {
		const r = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（3）场，参与（120）人次'), header: `填 报 单 位：${QUIRK_UNIT}    联 系 人：李明    填 报 日 期：2021年6月24日` });
		expect(r.filings.map((f) => [f.unit, f.filedOn, f.year])).toEqual([[QUIRK_UNIT, '2021-06-24', 2021]]);
		expect(r.facts.map((f) => [f.unit, f.metricId, f.value, f.status])).toEqual([
			[QUIRK_UNIT, 'consult.events', 3, 'ok'],
			[QUIRK_UNIT, 'consult.participants', 120, 'ok']
		]);
		expect(r.problems.map((p) => p.code)).not.toContain('form.no-unit');
	});

	it('an unlabeled date after the unit is the 填报日期: the final filing wins', async () => {
		const interim = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（1）场，参与（10）人次'), header: `填报单位（盖章）：${QUIRK_UNIT}                2021年6月8日` }, 'interim.xlsx');
		const final = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（5）场，参与（50）人次'), header: `填报单位（盖章）：${QUIRK_UNIT}                2021年6月24日` }, 'final.xlsx');
		expect(interim.filings.map((f) => [f.unit, f.filedOn])).toEqual([[QUIRK_UNIT, '2021-06-08']]);
		expect(final.filings.map((f) => [f.unit, f.filedOn])).toEqual([[QUIRK_UNIT, '2021-06-24']]);
		const facts = resolveFilings([interim, final]);
		expect(facts.map((f) => [f.file, f.unit, f.metricId, f.value, f.status])).toEqual([
			['interim.xlsx', QUIRK_UNIT, 'consult.events', 1, 'superseded'],
			['interim.xlsx', QUIRK_UNIT, 'consult.participants', 10, 'superseded'],
			['final.xlsx', QUIRK_UNIT, 'consult.events', 5, 'ok'],
			['final.xlsx', QUIRK_UNIT, 'consult.participants', 50, 'ok']
		]);
	});

	it('a 填报日期 without its year takes the title year: the later date wins', async () => {
		const h = (d: string) => `填报单位（盖章）：${QUIRK_UNIT}    联系人：李明    填报日期：${d}`;
		const early = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（1）场，参与（10）人次'), header: h('6月8日') }, '山河镇（6月8日）.xlsx');
		const late = await run({ ...one('安全宣传咨询日', CONSULT, '开展安全宣传咨询活动（5）场，参与（50）人次'), header: h('6月24日') }, '山河镇（6月24日）.xlsx');
		expect(early.filings.map((f) => f.filedOn)).toEqual(['2021-06-08']);
		expect(late.filings.map((f) => f.filedOn)).toEqual(['2021-06-24']);
		// Imported in the "wrong" order: the date decides, not the order.
		const facts = resolveFilings([late, early]);
		expect(facts.filter((f) => f.status === 'ok').map((f) => [f.file, f.metricId, f.value])).toEqual([
			['山河镇（6月24日）.xlsx', 'consult.events', 5],
			['山河镇（6月24日）.xlsx', 'consult.participants', 50]
		]);
	});

	it('parseFiledOn: month and day alone need the form year', () => {
		expect(parseFiledOn('6月24日')).toBeNull();
		expect(parseFiledOn('6月24日', 2021)).toBe('2021-06-24');
		expect(parseFiledOn('2020年6月8日', 2021)).toBe('2020-06-08');
		expect(parseFiledOn('李明', 2021)).toBeNull();
	});

	it('readHeader keeps a year-less date for the caller, and a unit name without a date stays whole', async () => {
		const bytes = await quirkForm({ ...one('安全宣传咨询日', CONSULT, null), header: `填报单位：${QUIRK_UNIT}  填报日期：6月8日` });
		const sheet = readWorkbook(bytes, 'x.xlsx').sheets[0];
		const info = readHeader(sheet, [0, 1]);
		expect([info.unit, info.filedOn, info.filedMonthDay, info.titleYear]).toEqual([QUIRK_UNIT, null, '6月8日', 2021]);
	});
});

describe('a tick written after 是', () => {
	for (const answer of ['是√否', '是☑ 否', '是 √  否', '是（√） 否'])
		it(`${answer} → 1`, async () => {
			const r = await run(one(STUDY, FILM, `专题学习《生命重于泰山》电视专题片 ${answer}`));
			expect(summary(r)).toEqual([['C4', 'study.film_watched', 1, 'ok']]);
			expect(r.facts[0].label).toBe('专题学习《生命重于泰山》电视专题片 □是□否');
		});

	it('the notations that worked before still read the same', () => {
		const answers = ['√是□否', '☑是□否', '□是 ☑否', '是■否□', '是 ☑ 否 □', '□是√否', '是（√）否（ ）', '是（）、否（√）', '√否', '□是□否'].map(
			(t) => findCheckboxes(t).map((c) => c.answer)
		);
		expect(answers).toEqual([[1], [1], [0], [1], [1], [0], [1], [0], [0], [null]]);
	});

	it('a plain 是 / 否 still reads as the answer', async () => {
		const r = await run(one(STUDY, FILM, '专题学习《生命重于泰山》电视专题片：否'));
		expect(summary(r)).toEqual([['C4', 'study.film_watched', 0, 'ok']]);
	});
});

describe('a 进展情况 cell holding only a number', () => {
	it('fills the one slot of its requirement (number, text, with its unit)', async () => {
		const r = await run({
			rows: [
				{ activity: '观看学习“安全生产大家谈”云课堂', requirement: CLOUD, progress: 350 },
				{ activity: '观看学习“安全生产大家谈”云课堂', requirement: CLOUD, progress: '350' },
				{ activity: '观看学习“安全生产大家谈”云课堂', requirement: CLOUD, progress: '350人次' },
				{ activity: '观看学习“安全生产大家谈”云课堂', requirement: CLOUD, progress: '0' }
			]
		});
		expect(summary(r)).toEqual([
			['C4', 'cloud.participants', 350, 'ok'],
			['C5', 'cloud.participants', 350, 'ok'],
			['C6', 'cloud.participants', 350, 'ok'],
			['C7', 'cloud.participants', 0, 'ok']
		]);
		expect(r.facts.map((f) => f.raw)).toEqual(['350', '350', '350', '0']);
		expect(r.ledger.filter((l) => /^C[4-7]$/.test(l.cell)).map((l) => l.disposition)).toEqual(['fact', 'fact', 'fact', 'fact']);
	});

	it('for a requirement with several slots: kept unmapped under the requirement, not called empty', async () => {
		const r = await run(one('安全宣传咨询日', CONSULT, 12));
		expect(r.facts.map((f) => [f.cell, f.metricId, f.value, f.status, f.label])).toEqual([['C4', null, 12, 'unmapped', '开展安全宣传咨询活动（ ）场，参与（ ）人次']]);
		expect(r.ledger.find((l) => l.cell === 'C4')?.disposition).toBe('unmapped');
	});

	it('a dash stays blank: no fact, the cell ignored as empty', async () => {
		const r = await run(one('观看学习“安全生产大家谈”云课堂', CLOUD, '—'));
		expect(r.facts).toEqual([]);
		expect(r.ledger.find((l) => l.cell === 'C4')).toMatchObject({ disposition: 'ignored', reason: 'empty-slots' });
	});
});

describe('words that hold a numeral but no count', () => {
	it('一起开展, 第1次, 一支队伍, 一个主题、两个重点 invent nothing', async () => {
		const r = await run(
			one('应急演练', DRILLS, '按照“一个主题、两个重点”，联合消防大队一起开展灾害避险逃生、自救互救演练（2）场，参与（85）人次，第1次演练在镇中心小学举行，组建一支应急队伍')
		);
		expect(summary(r)).toEqual([
			['C4', 'drills.events', 2, 'ok'],
			['C4', 'drills.participants', 85, 'ok']
		]);
	});

	it('real counts written the same way are still read', () => {
		const read = (t: string) => findSlots(t).map((s) => [s.value, s.unit]);
		expect(read('开展演练三场')).toEqual([[3, '场']]);
		expect(read('排查事故隐患3起')).toEqual([[3, '起']]);
		expect(read('组织两场演练')).toEqual([[2, '场']]);
		expect(read('3个企业开展')).toEqual([[3, '个']]);
		expect(read('排查隐患一起')).toEqual([[1, '起']]);
		expect(read('陆家镇开展活动')).toEqual([]);
		// The template's own slots answered without brackets.
		expect(read('一个企业开展“安全生产啄木鸟”等活动')).toEqual([[1, '个']]);
		expect(read('两个社区（村）、物业公司开展“查找身边隐患”等活动5场次').map(([v]) => v)).toEqual([2, null, 5]);
		expect(read('叁个企业开展活动')).toEqual([[3, '个']]);
		expect(read('开展叁场企业活动')).toEqual([[3, '场']]);
	});

	it('a full-width comma between a number and the next clause is no thousands separator', () => {
		const values = (t: string) => readProgress(t, '安全宣传咨询日', '').items.map((i) => (i.kind === 'number' ? i.value : null));
		// 120，100 and 2，300 are two clauses' numbers, never 120100 or 2300.
		// (参与人次120 names its measure before the number: a count of its own.)
		expect(values('开展安全宣传咨询活动3场，参与人次120，100人次为线上参与')).toEqual([3, 120, 100]);
		expect(values('开展安全宣传咨询活动2，300人参与')).toEqual([300]);
		// …but 1，200 closing its clause with a unit is one number, as 1,200 always is.
		expect(values('开展安全宣传咨询活动3场，参与1，200人次')).toEqual([3, 1200]);
		expect(values('开展安全宣传咨询活动3场，参与1,200人次为线上参与')).toEqual([3, 1200]);
	});
});

describe('number notations', () => {
	for (const [cell, events, participants, approx] of [
		['开展安全宣传咨询活动（十余）场，参与（百余）人次', 10, 100, true],
		['开展安全宣传咨询活动（3）场，参与（千余）人次', 3, 1000, true],
		['开展安全宣传咨询活动叁场，参与壹佰贰拾人次', 3, 120, false],
		['开展安全宣传咨询活动【3】场，参与【120】人次', 3, 120, false],
		['开展安全宣传咨询活动十余场，参与百余人次', 10, 100, true],
		['开展安全宣传咨询活动3场，参与近千人次', 3, 1000, true],
		['开展安全宣传咨询活动3场，参与上千人次', 3, 1000, true]
	] as const)
		it(cell, async () => {
			const r = await run(one('安全宣传咨询日', CONSULT, cell));
			expect(r.facts.map((f) => [f.metricId, f.value, f.status])).toEqual([
				['consult.events', events, 'ok'],
				['consult.participants', participants, 'ok']
			]);
			expect(r.facts[1].approx).toBe(approx);
		});

	it('a magnitude alone is a number only as an approximation', () => {
		expect(parseNumber('百余')).toEqual({ value: 100, approx: true });
		expect(parseNumber('近千')).toEqual({ value: 1000, approx: true });
		expect(parseNumber('千多人')).toEqual({ value: 1000, approx: true });
		// 上千 / 上万: reaching the magnitude; 上 before anything else is no prefix.
		expect(parseNumber('上千')).toEqual({ value: 1000, approx: true });
		expect(parseNumber('上万人次')).toEqual({ value: 10000, approx: true });
		expect(parseNumber('上3')).toBeNull();
		expect(parseNumber('百')).toBeNull();
		expect(parseNumber('千人')).toBeNull();
	});
});

describe('六个能力: free text, numbers and all', () => {
	const REQ = '提升思想认识能力。深入学习贯彻习近平总书记关于安全生产重要论述和重要指示批示精神，树牢安全发展理念。';
	const ANSWER = '一是组织中心组专题学习3次，参与45人次；二是开展警示教育2场。';
	const kept = (r: FileResult) => r.facts.map((f) => [f.metricId, f.value, f.text, f.status]);

	it('the text is kept under its capability; the numbers in it are no counts (activity 六个能力, requirement names the capability)', async () => {
		const r = await run(one('六个能力', REQ, ANSWER));
		expect(kept(r)).toEqual([['cap.thinking', null, ANSWER, 'ok']]);
		expect(r.ledger.find((e) => e.cell === 'C4')?.disposition).toBe('text');
	});

	it('the same when the capability stands in the 活动项目 cell itself', async () => {
		const r = await run(one(REQ, '条目式简要表述相关工作经验做法和成效（字数200字以内）', ANSWER));
		expect(kept(r)).toEqual([['cap.thinking', null, ANSWER, 'ok']]);
	});
});
