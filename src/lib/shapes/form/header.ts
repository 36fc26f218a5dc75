/**
 * The part of a form above its table: the title (with its year) and the line
 * `填报单位（盖章）：… 联系人：… 电话：… 填报日期：…`, written in one merged cell
 * or spread over cells, label and value together or in neighbouring cells,
 * the date as text or as a real Excel date.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { isMonthDay, parseFiledOn, yearFromText } from '../../facts/year';
import { matchesOf } from '../../base/matches';

export type HeaderField = 'unit' | 'contact' | 'phone' | 'date' | 'year';

const FIELD_LABELS: [HeaderField, string][] = [
	['unit', '填报单位|报送单位|填报部门|填表单位|单位名称|上报单位|单位'],
	['contact', '联系人|填报人|填表人|经办人'],
	['phone', '联系电话|电话|手机|联系方式'],
	['date', '填报日期|报送日期|填表日期|填报时间|上报日期|日期'],
	['year', '统计年度|年度|年份']
];

/** A label spelled out for alignment (填 报 单 位): spaces allowed between its characters. */
const spacedOut = (labels: string) =>
	labels
		.split('|')
		.map((l) => [...l].join('[\\s\\u3000]*'))
		.join('|');

/** Any field label (perhaps spaced out), with an optional （盖章） and colon. */
const LABEL_RE = new RegExp(
	`(${FIELD_LABELS.map(([, l]) => spacedOut(l)).join('|')})[\\s\\u3000]*(?:[（(][\\s\\u3000]*(?:盖章|公章|签章|签字|章)[\\s\\u3000]*[)）])?[\\s\\u3000]*[:：]?`,
	'g'
);

/** The label as matched, without the spaces of a spaced-out one. */
const labelWord = (m: RegExpMatchArray) => m[1].replace(/[\s\u3000]+/g, '');

/** Each field's labels as one expression, made once. */
const FIELD_EXACT = FIELD_LABELS.map(([f, l]): [HeaderField, RegExp] => [f, new RegExp(`^(${l})$`)]);

function fieldOf(label: string): HeaderField {
	for (const [f, re] of FIELD_EXACT) if (re.test(label)) return f;
	return 'unit';
}

/** A date after the unit's name with no label of its own: `正宁县山河镇人民政府      2021年6月8日`. */
const TRAILING_DATE = /^(.*?)(?:[\s\u3000]*(20\d{2}[\s\u3000]*[年.\-/][\s\u3000]*\d{1,2}[\s\u3000]*[月.\-/][\s\u3000]*\d{1,2}[\s\u3000]*[日号]?)|[\s\u3000]+(\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*[日号]))$/;

export interface HeaderInfo {
	title: string;
	titleCell: Cell | null;
	/** Year named in the title, if any. */
	titleYear: number | null;
	unit: string;
	contact: string;
	phone: string;
	/** 填报日期 as ISO, or null. */
	filedOn: string | null;
	/** A 填报日期 written without its year (`6月24日`), for the caller to date with the form's year; null when none. */
	filedMonthDay: string | null;
	/** A 年度 field's year (collection templates have one), or null. */
	year: number | null;
	/** Cells that held the 填报单位 line (labels and values). */
	fieldCells: Cell[];
}

/** A value as a clerk left it: drop the printed blank (____) and spaces at the ends. */
function cleanValue(s: string): string {
	return s.replace(/[_＿]+/g, ' ').replace(/^[\s\u3000:：]+|[\s\u3000]+$/g, '');
}

/** True when a cell's text starts with a header field label (填报单位：…, 联系人：…). */
export function isFieldCell(text: string): boolean {
	LABEL_RE.lastIndex = 0;
	const m = LABEL_RE.exec(text.trim());
	// `单位` alone is too common a word: it counts only with a colon.
	return !!m && m.index === 0 && (labelWord(m) !== '单位' && labelWord(m) !== '日期' ? true : /[:：]/.test(m[0]));
}

/** True for a field label with no value after it (`填报日期：`, `填报单位（盖章）`): its value is in the next cell. */
export function isLabelOnly(text: string): boolean {
	if (!isFieldCell(text)) return false;
	LABEL_RE.lastIndex = 0;
	return cleanValue(text.trim().replace(LABEL_RE, '')) === '';
}

/** A title: names the form (统计表, 进展情况, 活动) and is not a field line or an 附件 tag. */
export function isTitleText(text: string): boolean {
	const t = text.replace(/\s+/g, '');
	if (t.length < 6 || isFieldCell(t) || /^附件\s*\d*[:：]?$/.test(t)) return false;
	return /(统计表|情况表|汇总表|登记表|进展情况|安全生产月|活动)/.test(t);
}

/**
 * Reads the title and the 填报单位 line from the rows above the table
 * (`lastRow` exclusive) — and the rows below it, where some forms put 填报日期.
 */
export function readHeader(sheet: Sheet, rows: number[]): HeaderInfo {
	const info: HeaderInfo = { title: '', titleCell: null, titleYear: null, unit: '', contact: '', phone: '', filedOn: null, filedMonthDay: null, year: null, fieldCells: [] };
	for (const r of rows) {
		const row = sheet.rows[r];
		if (!row) continue;
		const cells = row.filter((c): c is Cell => !!c && c.text.trim() !== '');
		// A field whose value sits in a later cell of the same row (填报单位（盖章）： | 五顷塬…).
		let pending: HeaderField | null = null;
		for (const cell of cells) {
			const text = cell.text;
			LABEL_RE.lastIndex = 0;
			const labels = matchesOf(LABEL_RE, text).filter((m) => (labelWord(m) !== '单位' && labelWord(m) !== '日期') || /[:：]/.test(m[0]));
			const startsWithLabel = labels.length > 0 && text.slice(0, labels[0].index).trim() === '';
			if (!startsWithLabel) {
				if (pending) {
					assign(info, pending, cell);
					info.fieldCells.push(cell);
					pending = null;
					continue;
				}
				if (!info.titleCell && isTitleText(text)) {
					info.title = text.trim();
					info.titleCell = cell;
					info.titleYear = yearFromText(text);
				}
				continue;
			}
			info.fieldCells.push(cell);
			pending = null;
			for (let k = 0; k < labels.length; k++) {
				const m = labels[k];
				const from = (m.index ?? 0) + m[0].length;
				const to = k + 1 < labels.length ? (labels[k + 1].index ?? text.length) : text.length;
				const field = fieldOf(labelWord(m));
				const value = cleanValue(text.slice(from, to));
				if (value === '') pending = k === labels.length - 1 ? field : null;
				else assignText(info, field, value);
			}
		}
	}
	return info;
}

function assignText(info: HeaderInfo, field: HeaderField, value: string): void {
	switch (field) {
		case 'unit': {
			if (info.unit) break;
			const dated = TRAILING_DATE.exec(value);
			if (dated && dated[1].trim() !== '') {
				info.unit = dated[1].trim();
				assignText(info, 'date', dated[2] ?? dated[3]);
			} else info.unit = value;
			break;
		}
		case 'contact':
			if (!info.contact) info.contact = value;
			break;
		case 'phone':
			if (!info.phone) info.phone = value;
			break;
		case 'date':
			if (!info.filedOn) info.filedOn = parseFiledOn(value);
			if (!info.filedOn && isMonthDay(value)) info.filedMonthDay ??= value;
			break;
		case 'year':
			info.year ??= yearFromText(value);
			break;
	}
}

/** A value cell after its label cell: a Date (or an Excel serial) for 填报日期, text otherwise. */
function assign(info: HeaderInfo, field: HeaderField, cell: Cell): void {
	if (field === 'date') {
		if (info.filedOn) return;
		if (cell.value instanceof Date) info.filedOn = parseFiledOn(cell.value);
		else if (typeof cell.value === 'number' && cell.value > 36_500 && cell.value < 73_000) {
			// An Excel serial day number without a date format.
			info.filedOn = parseFiledOn(new Date(Date.UTC(1899, 11, 30) + cell.value * 86_400_000));
		} else assignText(info, 'date', cell.text);
		return;
	}
	if (field === 'year' && typeof cell.value === 'number') info.year ??= yearFromText(String(cell.value));
	else assignText(info, field, cleanValue(cell.text));
}
