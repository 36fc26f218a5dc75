import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../src/lib/read/index';
import type { Sheet, Workbook } from '../../src/lib/read/workbook';
import type { Fact } from '../../src/lib/facts/fact';
import type { SheetOutput } from '../../src/lib/shapes/context';
import { formScore, readFormSheet, unitFromFileName } from '../../src/lib/shapes/form/index';
import { findSlots } from '../../src/lib/shapes/form/slots';
import { findCheckboxes } from '../../src/lib/shapes/form/checkbox';
import { readProgress } from '../../src/lib/shapes/form/progress';
import { makeFormWorkbook, randomFormSpec, randomValues, rng, seededForm, type FormSpec, type GeneratedForm } from '../fixtures/forms';
import { SAMPLES } from '../fixtures/shared';

const FORM_SAMPLES = [
	'附件3-海城市腾鳌镇人民政府.xlsx',
	'2020年安全生产月统计-八里镇.xlsx',
	'附件2-如皋市搬经镇综合执法局.xls',
	'五顷塬回族乡安全生产月统计表（6月8日）.xlsx',
	'五顷塬回族乡安全生产月统计表（6月24日）.xlsx'
];

/** A small RFC-4180 reader for expected.csv (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else if (ch !== '\r') field += ch;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...rest] = rows;
	return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function readForms(bytes: Uint8Array, file: string, ctx: { region?: string; year?: number } = {}): { wb: Workbook; sheet: Sheet; out: SheetOutput }[] {
	const wb = readWorkbook(bytes, file);
	return wb.sheets.filter((s) => formScore(s) >= 0.5).map((sheet) => ({ wb, sheet, out: readFormSheet(sheet, { fileId: 'f1', file, ...ctx }) }));
}

/** Every non-empty cell has exactly one ledger entry, and the ledger names no other cell. */
function expectLedgerCoversSheet(sheet: Sheet, out: SheetOutput): void {
	const cells: string[] = [];
	for (const row of sheet.rows) for (const c of row ?? []) if (c && c.text.trim() !== '') cells.push(String.fromCharCode(65 + c.col) + (c.row + 1));
	const ledger = out.ledger.map((l) => l.cell);
	expect([...ledger].sort()).toEqual([...cells].sort());
	expect(new Set(ledger).size).toBe(ledger.length);
}

function diff(got: string[], want: string[]): string {
	const g = new Map<string, number>();
	for (const x of got) g.set(x, (g.get(x) ?? 0) + 1);
	const lines: string[] = [];
	for (const w of want) {
		const n = g.get(w) ?? 0;
		if (n > 0) g.set(w, n - 1);
		else lines.push('  missing: ' + w);
	}
	for (const [x, n] of g) for (let i = 0; i < n; i++) lines.push('  extra:   ' + x);
	return lines.join('\n');
}

describe('form reader on the sample files', () => {
	const expected = parseCsv(fs.readFileSync(path.join(SAMPLES, 'expected.csv'), 'utf8'));

	for (const file of FORM_SAMPLES) {
		it(`reads ${file} exactly as expected.csv says`, () => {
			const forms = readForms(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file);
			expect(forms).toHaveLength(1);
			const facts = forms[0].out.facts;
			const key = (f: { metric: string; status: string; value: string; text: string; unit: string; region: string; year: string; cell: string }) =>
				[f.cell, f.metric, f.status, f.value, f.text, f.unit, f.region, f.year].join(' | ');
			const got = facts.map((f: Fact) =>
				key({ cell: f.cell, metric: f.metricId ?? '', status: f.status, value: f.value === null ? '' : String(f.value), text: f.text ?? '', unit: f.unit, region: f.region, year: String(f.year ?? '') })
			);
			const want = expected
				.filter((r) => r.file === file)
				.map((r) =>
					key({ cell: r.cell, metric: r.metric_id, status: r.status === 'superseded' ? 'ok' : r.status, value: r.value, text: r.text, unit: r.unit, region: r.region, year: r.year })
				);
			const d = diff(got, want);
			if (d) console.log(`${file}:\n${d}`);
			expect(d).toBe('');
			// Provenance: every fact names this file and sheet, and a 进展情况 cell.
			for (const f of facts) {
				expect(f.file).toBe(file);
				expect(f.sheet).toBe(forms[0].sheet.name);
				expect(f.label).not.toBe('');
			}
			expectLedgerCoversSheet(forms[0].sheet, forms[0].out);
			expect(forms[0].out.filings).toHaveLength(1);
		});
	}

	it('reads the 填报单位 line in its several layouts', () => {
		const filing = (file: string) => readForms(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)[0].out.filings[0];
		expect(filing('附件3-海城市腾鳌镇人民政府.xlsx')).toMatchObject({ unit: '海城市腾鳌镇人民政府', region: '海城市', year: 2020, filedOn: '2020-07-01' });
		expect(filing('2020年安全生产月统计-八里镇.xlsx')).toMatchObject({ unit: '八里镇人民政府', region: '', year: 2020, filedOn: '2020-06-30' });
		expect(filing('附件2-如皋市搬经镇综合执法局.xls')).toMatchObject({ unit: '搬经镇综合执法局', region: '如皋市', year: 2021, filedOn: '2021-06-24' });
		expect(filing('五顷塬回族乡安全生产月统计表（6月8日）.xlsx')).toMatchObject({ unit: '正宁县五顷塬回族乡人民政府', region: '正宁县', filedOn: '2021-06-08' });
	});

	it('labels each slot with its clause as written, slots emptied', () => {
		const labels = (file: string) =>
			Object.fromEntries(readForms(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file)[0].out.facts.map((f) => [f.metricId, f.label]));
		const hc = labels('附件3-海城市腾鳌镇人民政府.xlsx');
		expect(hc['launch.form']).toBe('以（ ）等形式启动“安全生产月”活动（ ）场次');
		expect(hc['study.online_participants']).toBe('开展网络课堂培训( )场，参与（ ）人次');
		expect(hc['warning.film_participants']).toBe('组织观看（ ）场，（ ）人次');
		expect(hc['rectification.community_units']).toBe('（ ）个社区（村）、物业公司开展“查找身边隐患”“专项整治纠察员”等（ ）场次');
		expect(hc['org.resources']).toBe('是否已做好人力、物力和相关经费等保障：□是□否');
		const rg = labels('附件2-如皋市搬经镇综合执法局.xls');
		expect(rg['five.bases_planned']).toBe('计划（ ）个');
		expect(rg['five.platform_used']).toBe('是（）、否（）使用全国安全宣教和应急科普平台');
		expect(rg['cap.thinking']).toBe('提升思想认识能力');
		expect(labels('五顷塬回族乡安全生产月统计表（6月24日）.xlsx')['tour.case_text']).toBe('典型案例具体为（ ）');
	});

	it('lets the user’s year and region win', () => {
		const file = '附件2-如皋市搬经镇综合执法局.xls';
		const [{ out }] = readForms(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file, { year: 2019, region: '南通市' });
		expect(out.filings[0]).toMatchObject({ year: 2019, region: '南通市' });
		expect(new Set(out.facts.map((f) => `${f.year}/${f.region}`))).toEqual(new Set(['2019/南通市']));
	});

	it('gives other sheets and other shapes a low score', () => {
		const scores = (file: string) => readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file).sheets.map((s) => [s.name, formScore(s)] as const);
		const bali = Object.fromEntries(scores('2020年安全生产月统计-八里镇.xlsx'));
		expect(bali['联络员信息表']).toBeLessThan(0.3);
		expect(bali['统计表']).toBeGreaterThan(0.8);
		for (const [, s] of scores('2021年安全生产月活动汇总表-环县镇原县.xlsx')) expect(s).toBeLessThan(0.5);
		for (const [, s] of scores('2022年各区县安全生产月统计表.xlsx')) expect(s).toBeLessThan(0.5);
	});
});

describe('slots and checkboxes', () => {
	it('finds bracketed, bare, full-width, Chinese and approximate numbers; blanks stay blank', () => {
		const vals = (t: string) => findSlots(t).map((s) => [s.kind, s.value, s.approx, s.unit]);
		expect(vals('学习（ 3 ）次，参与（４５）人次')).toEqual([['number', 3, false, '次'], ['number', 45, false, '人次']]);
		expect(vals('专题学习四次，参与五十七人次')).toEqual([['number', 4, false, '次'], ['number', 57, false, '人次']]);
		expect(vals('参与（约310）人次、（270余）人、1200多人次')).toEqual([['number', 310, true, '人次'], ['number', 270, true, '人'], ['number', 1200, true, '人次']]);
		expect(vals('参与知识竞赛（1.2万）人次，（无）部，（   ）条，()个')).toEqual([['number', 12000, false, '人次'], ['number', 0, false, '部'], ['empty', null, false, '条'], ['empty', null, false, '个']]);
		// Codes and names are no counts: 360全景, 12350热线, 6·16, 第一次, 进一步.
		expect(vals('观看360全景示范展示，拨打12350热线，“6·16”咨询日，第一次，进一步')).toEqual([]);
		expect(vals('以（现场启动仪式、签名承诺）等形式')).toEqual([['text', null, false, '']]);
	});

	it('reads every way a box is ticked', () => {
		const ans = (t: string) => findCheckboxes(t).map((c) => c.answer);
		expect(ans('☑是□否')).toEqual([1]);
		expect(ans('□是☑否')).toEqual([0]);
		expect(ans('√是□否 ■是□否 □是√否')).toEqual([1, 1, 0]);
		expect(ans('是（√）否（）；是（）、否（√）')).toEqual([1, 0]);
		expect(ans('□是□否')).toEqual([null]);
		expect(ans('☑是☑否')).toEqual(['both']);
		expect(ans('是否已建立工作机制')).toEqual([]);
	});

	it('keeps the unknown clause with its value as unmapped, and never forces it onto a metric', () => {
		const r = readProgress('开展安全宣传咨询活动（3）场，参与（120）人次；发放宣传资料（500）份。', '“6·16安全宣传咨询日”活动', '“6·16安全宣传咨询日”活动');
		const byLabel = Object.fromEntries(r.items.map((i) => [i.label, i]));
		expect(byLabel['发放宣传资料（ ）份']).toMatchObject({ kind: 'number', value: 500, match: null });
		expect(r.items.filter((i) => i.match).map((i) => i.match!.metricId)).toEqual(['consult.events', 'consult.participants']);
	});

	it('takes the unit from the file name when the form names none', () => {
		expect(unitFromFileName('附件2-五顷塬回族乡安全生产月统计表（6月8日）.xlsx')).toBe('五顷塬回族乡');
		expect(unitFromFileName('2020年安全生产月统计-八里镇.xlsx')).toBe('八里镇');
		expect(unitFromFileName('dir/附件3-海城市腾鳌镇人民政府.xls')).toBe('海城市腾鳌镇人民政府');
	});
});

/** Reads a generated form and compares its facts with what the generator wrote. */
function checkGenerated(g: GeneratedForm, spec: FormSpec): void {
	const forms = readForms(g.bytes, g.fileName);
	expect(forms.map((f) => f.sheet.name)).toEqual([g.sheetName]);
	const { sheet, out } = forms[0];
	const key = (f: { metricId: string | null; status: string; value: number | null; approx: boolean; text: string | null; cell: string }) =>
		`${f.cell} ${f.metricId ?? '(unmapped)'} ${f.status} ${f.value ?? ''}${f.approx ? '≈' : ''} ${f.text ?? ''}`;
	const d = diff(out.facts.map(key), g.expected.map(key));
	if (d) console.log(`seed ${spec.seed} ${spec.template} ${spec.notation} ${spec.checkStyle} ${JSON.stringify(spec.layout)} ${spec.format}:\n${d}`);
	expect(d).toBe('');
	// Blank slots yield nothing: no fact for a metric whose slot was left empty.
	const filled = new Set(g.slots.filter((s) => s.filled).map((s) => s.metricId));
	for (const f of out.facts) if (f.metricId) expect(filled.has(f.metricId), `${f.metricId} from a blank slot`).toBe(true);
	expect(out.filings).toHaveLength(1);
	const filing = out.filings[0];
	if (!spec.layout?.noUnit) expect(filing.unit).toBe(spec.unit);
	expect(filing.filedOn).toBe(spec.filedOn);
	expect(filing.year).toBe(spec.template === '2021' ? Number(spec.filedOn.slice(0, 4)) : spec.year);
	expectLedgerCoversSheet(sheet, out);
	expect([...out.ledger.map((l) => l.cell)].sort()).toEqual([...g.nonEmptyCells].sort());
}

describe('reworded clauses', () => {
	it('参加 reads as 参与 (参加直播答题 is the quiz, not the consultation day itself)', () => {
		const context = '“6·16安全宣传咨询日”活动';
		const r = readProgress('参加直播答题（12）人次', context, context);
		expect(r.items[0].match?.metricId).toBe('consult.quiz_participants');
	});
});

describe('generated forms', () => {
	const base = seededForm;

	const cases: [string, FormSpec][] = [
		['2020, brackets, merged header line', base('2020', 1, { year: 2020, filedOn: '2020-07-01', notation: 'bracket', checkStyle: 'boxes' })],
		['2020, bare numbers, 序号, repeated 活动项目, split line, Excel date', base('2020', 2, { year: 2020, filedOn: '2020-06-30', notation: 'bare', checkStyle: 'check', layout: { rowNumbers: true, activity: 'repeated', headerLine: 'split', date: 'excel' } })],
		['2020, Chinese numerals, 附件 line, label/value cells', base('2020', 3, { year: 2020, filedOn: '2020-06-30', notation: 'chinese', checkStyle: 'plain', layout: { title: 'row2', headerLine: 'label-value', date: 'text' } })],
		['2021, full-width, label/value cells with an Excel date, footnote', base('2021', 4, { notation: 'fullwidth', checkStyle: 'brackets', layout: { title: 'row2', headerLine: 'label-value', date: 'excel', footnote: true } })],
		['2021, 约/余/多, padding, 联络员 sheet', base('2021', 5, { notation: 'approx', checkStyle: 'block', layout: { padding: true, contactSheet: true } })],
		['2021 as legacy .xls, mixed notations', base('2021', 6, { notation: 'mixed', checkStyle: 'mixed', format: 'xls', layout: { rowNumbers: true, headerLine: 'split', date: 'excel' } })],
		['2020 as legacy .xls, split line', base('2020', 7, { year: 2020, filedOn: '2020-06-24', notation: 'mixed', checkStyle: 'mixed', format: 'xls', layout: { headerLine: 'split', activity: 'repeated' } })],
		['reworded form (参加, 场次, reordered, 钢都行, unmapped clauses)', base('reworded', 8, { notation: 'mixed', checkStyle: 'mixed' })],
		['reworded form, everything filled, bare', base('reworded', 9, { notation: 'bare', values: Object.fromEntries(Object.entries(randomValues('reworded', rng(9), { blankRate: 0 }))) })],
		['2021 with 1.2万 and 无', base('2021', 10, { notation: 'bracket', values: { ...randomValues('2021', rng(10)), 'consult.contest_participants': 12000, 'five.products': 0 } })],
		['a county\'s wording (slots before nouns, lists, 其中 parts, notes, commas left out), brackets', base('county', 13, { year: 2022, filedOn: '2022-06-24', notation: 'bracket' })],
		['a county\'s wording, everything filled, bare', base('county', 14, { notation: 'bare', values: randomValues('county', rng(14), { blankRate: 0 }) })],
		['a county\'s wording, Chinese numerals and 约/余', base('county', 15, { notation: 'mixed', layout: { activity: 'repeated', headerLine: 'split' } })],
		['other offices\' wording (section numbers, ；-leaning, 场次：N, lines cutting a clause, lone ticks), brackets', base('offices', 16, { notation: 'bracket' })],
		['other offices\' wording, everything filled, bare', base('offices', 17, { notation: 'bare', values: randomValues('offices', rng(17), { blankRate: 0 }) })],
		['other offices\' wording, Chinese numerals, as legacy .xls', base('offices', 18, { notation: 'chinese', format: 'xls', layout: { rowNumbers: true } })]
	];

	for (const [name, spec] of cases)
		it(name, async () => {
			checkGenerated(await makeFormWorkbook(spec), spec);
		});

	it('warns and takes the unit from the file name when there is no 填报单位', async () => {
		const spec = base('2021', 11, { layout: { noUnit: true }, fileName: '附件2-山河镇安全生产月统计表（6月24日）.xlsx' });
		const g = await makeFormWorkbook(spec);
		checkGenerated(g, spec);
		const [{ out }] = readForms(g.bytes, g.fileName);
		expect(out.filings[0].unit).toBe('山河镇');
		expect(out.problems.map((p) => p.code)).toContain('form.no-unit');
		expect(out.problems[0].zh).toMatch(/文件名/);
		expect(out.problems[0].en).toMatch(/file name/);
	});

	it('an untouched form yields no facts at all', async () => {
		for (const template of ['2020', '2021', 'reworded', 'county', 'offices'] as const) {
			const spec = base(template, 12, { values: {} });
			const g = await makeFormWorkbook(spec);
			expect(g.expected).toEqual([]);
			checkGenerated(g, spec);
		}
	});

	it('random forms (40 seeds) come out exactly', async () => {
		for (let seed = Number(process.env.FORM_SEED0 ?? 100); seed < Number(process.env.FORM_SEED1 ?? 140); seed++) {
			const spec = randomFormSpec(seed);
			checkGenerated(await makeFormWorkbook(spec), spec);
		}
	});
});
