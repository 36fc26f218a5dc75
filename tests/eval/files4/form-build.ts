/**
 * Lays one filled form out as a file: a sheet (four layouts), a Word table (two layouts) or Word paragraphs, with
 * the 填报单位/日期 line above, in cells, or under the table. Every fact is filed under the cell (a sheet's address,
 * a Word table's `表1` address, a paragraph's `正文`/`段N`) its sentence or number was written into.
 */
import { addr, fact, rng, type Fact, type GeneratedFile, type Habit, type Place } from './model';
import { blankOf, fillItem, slotsOf, type SlotStyle } from './form-fill';
import { typeAnswer, typeNumber, valueOf } from './model';
import { docxOf, docxParagraphs, xlsOf, xlsxBySheetJS, xlsxOf, type Cell, type Grid, type Merge, type WordCell } from './write';

export interface FormItem {
	/** The 工作内容/要求 column's short wording (the blank sentence when absent). */
	ask?: string;
	text: string;
}
export interface FormTemplate {
	title: string;
	/** Column headers, left to right, of the layouts with a header row (the last one is the filled column). */
	heads: string[];
	sections: { name: string; items: FormItem[] }[];
	notes: string[];
}

export type Layout = 'merged4' | 'repeat3' | 'headingRows' | 'cellPer' | 'wordMerged' | 'wordRows' | 'paragraphs';
export type HeaderAt = 'line' | 'cells' | 'foot';

export interface FormSpec {
	name: string;
	format: 'xlsx' | 'xls' | 'docx' | 'doc';
	/** .xlsx by exceljs (as WPS/Excel save it) or by SheetJS (as a script exports it). */
	writer?: 'exceljs' | 'sheetjs';
	about: string;
	group?: string;
	template: FormTemplate;
	layout: Layout;
	headerAt: HeaderAt;
	unitLabel: string;
	dateLabel: string;
	unit: string;
	region: string;
	year: string;
	date: string;
	status?: 'ok' | 'superseded';
	sheet?: string;
	style: SlotStyle;
	habit: Habit;
	answers: number;
	numbering: 'arabic' | 'paren' | 'circled';
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HAN = '一二三四五六七八九十';
const num = (how: FormSpec['numbering'], i: number) => (how === 'arabic' ? `${i + 1}.` : how === 'paren' ? `（${HAN[i] ?? i + 1}）` : CIRCLED[i]);

export interface BuiltForm {
	file: GeneratedFile;
	/** The Word document a .doc is converted from by LibreOffice (make.ts). */
	docx?: Uint8Array;
}

export async function buildForm(s: FormSpec): Promise<BuiltForm> {
	const r = rng(s.name);
	const place: Place = { file: s.name, sheet: s.sheet ?? '', unit: s.unit, region: s.region, year: s.year, status: s.status };
	const facts: Fact[] = [];
	const t = s.template;
	const who = `${s.unitLabel}：${s.unit}`;
	const contact = `联系人：${r.pick(['王敏', '李建国', '张晓燕', '刘洋', '陈静', '杨帆'])}`;
	const tel = `联系电话：${r.pick(['139', '138', '151', '187'])}${String(r.int(10000000, 99999999))}`;
	const when = `${s.dateLabel}：${s.date}`;
	const line = `${who}      ${contact}      ${tel}      ${when}`;
	const record = (sheet: string, cell: string, filled: { metric: string; label: string; value: number }[]) => {
		for (const f of filled) facts.push(fact({ ...place, sheet }, cell, f.metric, f.label, f.value));
	};
	const base = { name: s.name, shape: 'form' as const, format: s.format, about: s.about, group: s.group ?? s.name };

	if (s.layout === 'paragraphs') {
		const lines: string[] = [t.title];
		if (s.headerAt !== 'foot') lines.push(`${who}`, `${contact}    ${tel}`);
		t.sections.forEach((sec, i) => {
			lines.push(`${HAN[i]}、${sec.name}`);
			sec.items.forEach((it, j) => {
				const f = fillItem(r, it.text, s.style, s.habit, s.answers);
				lines.push(`${num(s.numbering, j)}${f.text}`);
				record('正文', `段${lines.length}`, f.facts);
			});
		});
		if (s.headerAt === 'foot') lines.push('', who);
		lines.push(when, ...t.notes);
		return { file: { ...base, bytes: await docxParagraphs(lines), facts } };
	}

	if (s.layout === 'wordMerged' || s.layout === 'wordRows') {
		const table: WordCell[][] = [];
		if (s.layout === 'wordMerged') {
			const heads = t.heads.slice(-3);
			table.push(heads.map((h) => ({ text: h, bold: true })));
			for (const sec of t.sections)
				sec.items.forEach((it, j) => {
					const f = fillItem(r, it.text, s.style, s.habit, s.answers);
					table.push([{ text: sec.name, vmerge: sec.items.length > 1 ? (j === 0 ? 'start' : 'continue') : undefined }, { text: it.ask ?? blankOf(it.text) }, { text: f.text }]);
					record('表1', addr(table.length - 1, 2), f.facts);
				});
		} else {
			table.push([{ text: '序号', bold: true }, { text: t.heads[t.heads.length - 1], bold: true }]);
			t.sections.forEach((sec, i) => {
				table.push([{ text: `${HAN[i]}、${sec.name}`, span: 2, bold: true }]);
				sec.items.forEach((it, j) => {
					const f = fillItem(r, it.text, s.style, s.habit, s.answers);
					table.push([{ text: num(s.numbering, j) }, { text: f.text }]);
					record('表1', addr(table.length - 1, 1), f.facts);
				});
			});
		}
		const before = s.headerAt === 'foot' ? [t.title] : [t.title, line];
		const after = s.headerAt === 'foot' ? [who, `${contact}  ${tel}`, when, ...t.notes] : t.notes;
		const bytes = await docxOf(before, table, after);
		return { file: { ...base, bytes, facts }, docx: s.format === 'doc' ? bytes : undefined };
	}

	// A sheet.
	const sheet = s.sheet ?? 'Sheet1';
	const rows: Cell[][] = [];
	const merges: Merge[] = [];
	const width = s.layout === 'headingRows' ? 2 : s.layout === 'repeat3' ? 3 : 4;
	const across = (text: string) => {
		rows.push([text, ...Array(width - 1).fill(null)]);
		merges.push({ r1: rows.length - 1, c1: 0, r2: rows.length - 1, c2: width - 1 });
	};
	across(t.title);
	if (s.headerAt === 'line') across(line);
	else if (s.headerAt === 'cells') {
		if (width >= 4) rows.push([`${s.unitLabel}：`, s.unit, `${s.dateLabel}：`, s.date]);
		else if (width === 3) rows.push([`${s.unitLabel}：${s.unit}`, contact, when]);
		else rows.push([`${s.unitLabel}：`, s.unit], [`${s.dateLabel}：`, s.date]);
	}
	if (s.layout === 'merged4' || s.layout === 'repeat3') {
		rows.push(s.layout === 'merged4' ? t.heads.slice(-4) : t.heads.slice(-3));
		let k = 0;
		for (const sec of t.sections) {
			const top = rows.length;
			for (const it of sec.items) {
				const f = fillItem(r, it.text, s.style, s.habit, s.answers);
				const ask = it.ask ?? blankOf(it.text);
				if (s.layout === 'merged4') rows.push([k + 1, rows.length === top ? sec.name : null, ask, f.text]);
				else rows.push([sec.name, ask, f.text]);
				record(sheet, addr(rows.length - 1, width - 1), f.facts);
				k++;
			}
			if (s.layout === 'merged4' && sec.items.length > 1) merges.push({ r1: top, c1: 1, r2: rows.length - 1, c2: 1 });
		}
	} else if (s.layout === 'headingRows') {
		rows.push(['序号', t.heads[t.heads.length - 1]]);
		t.sections.forEach((sec, i) => {
			rows.push([`${HAN[i]}、${sec.name}`, null]);
			merges.push({ r1: rows.length - 1, c1: 0, r2: rows.length - 1, c2: 1 });
			sec.items.forEach((it, j) => {
				const f = fillItem(r, it.text, s.style, s.habit, s.answers);
				rows.push([num(s.numbering, j), f.text]);
				record(sheet, addr(rows.length - 1, 1), f.facts);
			});
		});
	} else {
		// cellPer: 类别 | 统计项目 | 计量单位 | 数量, one row per slot.
		rows.push(['类别', '统计项目', '计量单位', '数量']);
		for (const sec of t.sections) {
			const top = rows.length;
			for (const it of sec.items) {
				const slots = slotsOf(it.text);
				slots.forEach((sl, j) => {
					const label = j === 0 ? (it.ask ?? sl.before) : sl.before;
					const full = j === 0 ? label : `${it.ask ?? slots[0].before}：${sl.before}`;
					if (sl.kind === '!') {
						const a = typeAnswer(r, s.answers);
						rows.push([rows.length === top ? sec.name : null, sl.before, '是/否', a.text]);
						if (a.value !== null) facts.push(fact({ ...place, sheet }, addr(rows.length - 1, 3), sl.id, sl.before, a.value));
						return;
					}
					const metric = sl.kind === '?' ? '' : sl.id;
					const typed = typeNumber(r, valueOf(r, metric, sl.kind === '?' ? sl.id + sl.measure : ''), s.habit);
					const cell: Cell = typed.value !== null && /^\d+$/.test(typed.text) ? Number(typed.text) : typed.text || null;
					rows.push([rows.length === top ? sec.name : null, label, sl.measure, cell]);
					if (typed.value !== null) facts.push(fact({ ...place, sheet }, addr(rows.length - 1, 3), metric, full, typed.value));
				});
			}
			if (rows.length - top > 1) merges.push({ r1: top, c1: 0, r2: rows.length - 1, c2: 0 });
		}
	}
	if (s.headerAt === 'foot') {
		rows.push([]);
		if (width >= 3) rows.push([`${s.unitLabel}（盖章）：${s.unit}`, null, when]);
		else rows.push([`${s.unitLabel}（盖章）：${s.unit}`, when]);
	}
	for (const n of t.notes) across(n);
	const grids: Grid[] = [{ sheet, rows, merges }];
	const bytes = s.format === 'xls' ? xlsOf(grids) : s.writer === 'sheetjs' ? xlsxBySheetJS(grids) : await xlsxOf(grids);
	return { file: { ...base, bytes, facts } };
}
