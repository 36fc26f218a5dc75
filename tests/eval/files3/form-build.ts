/**
 * Fills a form template the way a unit's clerk does (numbers in or out of brackets, Chinese numerals, full-width
 * digits, 约/余/多, 万, 无, blanks; yes/no answers in five typings or untouched) and lays it out as a sheet grid or a
 * Word document. Every fact is written from the very value typed into the cell.
 */
import { addr, chineseNumeral, fact, fullWidth, valueFor, type Fact, type Place, type Rng } from './model';
import type { FormTemplate } from './form-templates';
import type { Cell, Grid, Merge, WordCell } from './write';

export interface FillStyle {
	bracket: 'full' | 'fullsp' | 'half' | 'bare' | 'under';
	flag: 'box' | 'tick' | 'paren' | 'square' | 'bare';
	/** What stands between the lines of one cell: a line break, or nothing (line breaks removed). */
	joiner: '\n' | '';
	pBlank: number;
	pNone: number;
	pCn: number;
	pFw: number;
	pApprox: number;
}

const wrap = (style: FillStyle, t: string) =>
	style.bracket === 'full' ? `（${t}）` : style.bracket === 'fullsp' ? `（ ${t} ）` : style.bracket === 'half' ? `(${t})` : style.bracket === 'under' ? `__${t}__` : t;
const blank = (style: FillStyle) => (style.bracket === 'half' ? '( )' : style.bracket === 'under' ? '____' : style.bracket === 'fullsp' ? '（   ）' : '（  ）');

function answer(r: Rng, style: FillStyle, yes: boolean): string {
	const s = style.flag;
	if (s === 'box') return yes ? '☑是□否' : '□是☑否';
	if (s === 'tick') return yes ? '√是 □否' : '□是 √否';
	if (s === 'paren') return yes ? '是（√）否（ ）' : '是（ ）否（√）';
	if (s === 'square') return yes ? '■是□否' : '□是■否';
	return yes ? '是' : '否';
}

/** One number as typed, and the value it stands for (undefined: left blank, no fact). */
function typed(r: Rng, style: FillStyle, metric: string, label: string): { text: string; value?: number } {
	if (r.chance(style.pBlank)) return { text: blank(style) };
	if (r.chance(style.pNone)) return style.bracket === 'bare' ? { text: '0', value: 0 } : { text: wrap(style, '无'), value: 0 };
	let v = valueFor(r, metric, label);
	const people = /participants|joined/.test(metric) || /人次/.test(label);
	if (people && r.chance(0.05)) {
		v = r.int(11, 39) * 1000;
		return { text: wrap(style, `${v / 10000}万`), value: v };
	}
	if (people && v > 40 && r.chance(style.pApprox)) {
		v = Math.round(v / 10) * 10;
		return { text: wrap(style, r.pick([`约${v}`, `${v}余`, `${v}多`])), value: v };
	}
	if (v < 100 && r.chance(style.pCn)) return { text: wrap(style, chineseNumeral(v)), value: v };
	if (r.chance(style.pFw)) return { text: wrap(style, fullWidth(String(v))), value: v };
	return { text: wrap(style, String(v)), value: v };
}

/** Fills one line's slots: its text, and one fact per filled slot (placed in `cell`). */
export function fillLine(r: Rng, line: string, style: FillStyle, place: Place, cell: string): { text: string; facts: Fact[] } {
	const facts: Fact[] = [];
	let text = '';
	let last = 0;
	for (const m of line.matchAll(/\{([?~]?)([^}]*)\}/g)) {
		const before = line.slice(last, m.index);
		text += before;
		last = m.index! + m[0].length;
		const label = (line.slice(0, m.index).replace(/\{[^}]*\}/g, '（ ）').split(/[，；。]/).pop() ?? before) + (line.slice(last).match(/^[^，；。、（(]{0,4}/)?.[0] ?? '');
		if (m[1] === '?') {
			if (r.chance(0.1)) text += '□是□否';
			else {
				const yes = r.chance(0.8);
				text += answer(r, style, yes);
				facts.push(fact(place, cell, m[2], label, yes ? 1 : 0));
			}
			continue;
		}
		const metric = m[1] === '~' ? '' : m[2];
		const t = typed(r, style, metric || 'x.count', m[1] === '~' ? m[2] : label);
		text += t.text;
		if (t.value !== undefined) facts.push(fact(place, cell, metric, m[1] === '~' ? m[2] : label, t.value));
	}
	return { text: text + line.slice(last), facts };
}

export interface FormLayout {
	unit: string;
	contact: string;
	phone: string;
	/** 填报日期 as typed, '' for a blank one. */
	date: string;
	header: 'merged' | 'cells';
	/** Each line a row of its own (the section's head merged down or repeated), or one cell per section. */
	perLine: boolean;
	mergeHead: boolean;
}

const role = (col: string) => (col === '序号' ? 'seq' : /工作项目|板块|类别|活动项目/.test(col) ? 'head' : /任务内容|统计内容|工作内容/.test(col) ? 'task' : 'filled');

/** The rows of a form's table: per row its section, task (first row of a section only) and filled text, and the facts. */
function tableRows(r: Rng, tpl: FormTemplate, style: FillStyle, lay: FormLayout, place: Place, cellOf: (row: number) => string) {
	const rows: { sec: number; first: boolean; span: number; task: string; text: string }[] = [];
	const facts: Fact[] = [];
	tpl.sections.forEach((s, sec) => {
		const groups = lay.perLine ? s.lines.map((l) => [l]) : [s.lines];
		groups.forEach((lines, i) => {
			const filled = lines.map((l) => fillLine(r, l, style, place, cellOf(rows.length)));
			facts.push(...filled.flatMap((f) => f.facts));
			rows.push({ sec, first: i === 0, span: groups.length, task: i === 0 ? s.task : '', text: filled.map((f) => f.text).join(style.joiner) });
		});
	});
	return { rows, facts };
}

export function formGrid(r: Rng, tpl: FormTemplate, year: number, style: FillStyle, lay: FormLayout, place: Place): { grid: Grid; facts: Fact[] } {
	const n = tpl.columns.length;
	const roles = tpl.columns.map(role);
	const filledCol = roles.indexOf('filled');
	const top = 3;
	const out: Cell[][] = [[tpl.title(year)], []];
	const merges: Merge[] = [{ r1: 0, c1: 0, r2: 0, c2: n - 1 }];
	if (lay.header === 'merged') {
		out[1] = [`填报单位（盖章）：${lay.unit}　　联系人：${lay.contact}　　联系电话：${lay.phone}　　填报日期：${lay.date}`];
		merges.push({ r1: 1, c1: 0, r2: 1, c2: n - 1 });
	} else
		out[1] =
			n >= 4
				? ['填报单位（盖章）', lay.unit, `联系人：${lay.contact}　${lay.phone}`, `填报日期：${lay.date}`]
				: [`填报单位：${lay.unit}`, `联系人：${lay.contact}　电话：${lay.phone}`, `填报日期：${lay.date}`];
	out.push([...tpl.columns]);
	const { rows, facts } = tableRows(r, tpl, style, lay, place, (i) => addr(top + i, filledCol));
	rows.forEach((row, i) => {
		const cells: Cell[] = roles.map((ro) =>
			ro === 'seq' ? (row.first ? row.sec + 1 : null) : ro === 'head' ? (row.first || !lay.mergeHead ? tpl.sections[row.sec].head : null) : ro === 'task' ? row.task || null : row.text,
		);
		out.push(cells);
		if (row.first && row.span > 1 && lay.mergeHead)
			roles.forEach((ro, c) => {
				if (ro !== 'filled') merges.push({ r1: top + i, c1: c, r2: top + i + row.span - 1, c2: c });
			});
	});
	out.push([tpl.footer]);
	merges.push({ r1: out.length - 1, c1: 0, r2: out.length - 1, c2: n - 1 });
	return { grid: { sheet: place.sheet, rows: out, merges }, facts };
}

export function formWord(r: Rng, tpl: FormTemplate, year: number, style: FillStyle, lay: FormLayout, place: Place) {
	const roles = tpl.columns.map(role);
	const { rows, facts } = tableRows(r, tpl, style, lay, place, () => '');
	const table: WordCell[][] = [tpl.columns.map((c) => ({ text: c, bold: true }))];
	for (const row of rows)
		table.push(
			roles.map((ro): WordCell => {
				if (ro === 'filled') return { text: row.text };
				const text = ro === 'seq' ? String(row.sec + 1) : ro === 'head' ? tpl.sections[row.sec].head : row.task;
				if (row.span === 1 || !lay.mergeHead) return { text: ro === 'task' ? row.task : text };
				return row.first ? { text, vmerge: 'start' } : { text: '', vmerge: 'continue' };
			}),
		);
	const before = [tpl.title(year), `填报单位（公章）：${lay.unit}　　填报人：${lay.contact}　　联系电话：${lay.phone}　　填报时间：${lay.date}`];
	return { before, table, after: [tpl.footer], facts };
}
