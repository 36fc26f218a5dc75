/**
 * Shape B, finding the tables: where a consolidated wide table's title, header
 * rows (1–3, merged group headers, a 栏次 row) and body are, and what each column holds.
 */
import type { Cell, Sheet } from '../../read/workbook';
import { cellAt, mergeAt, textAt } from '../../read/workbook';
import { columnRole, isFootnote, isTownshipHeader, isUnitKind, totalKind, type ColumnRole } from '../columns';
import { isDash, parseNumber, type ParsedNumber } from '../numbers';
import { parseFiledOn } from '../../facts/year';
import { matchMetric, type MetricMatch } from '../../schema/match';
import { numbering } from '../../base/outline-number';
import { yearRowAt } from './year-rows';
import { holdsMeasureWords } from '../measure-column';
import { bodyTexts, cornerParts, looksLikeUnitName, mostly, unitsAcross } from '../orientation';

const MAX_HEADER_SCAN = 20;
// Three header rows, a 栏次 row and a blank row fit.
const MAX_HEADER_ROWS = 6;

export interface Column {
	col: number;
	role: ColumnRole;
	/** Header parts top to bottom, merged duplicates collapsed: ['安全宣传咨询日', '场次']. */
	parts: string[];
	/** As written, group and leaf joined by '|'. */
	label: string;
	match: MetricMatch | null;
	/** What the matcher was asked: the leaf, under its group headers. */
	leaf?: string;
	group?: string;
}

export interface Layout {
	titleRows: number[];
	headerRow: number;
	firstDataRow: number;
	columns: Column[];
	unitCol: number;
	regionCol: number;
	/** First row past the table (the next table's caption or header, or the end of the sheet). */
	endRow: number;
	/** The columns [from, to) of a table printed beside another under one header row (two halves, or two years). */
	colRange?: [number, number];
}

/** A header that is only a measure word: 场, （人次）, 个 … */
const MEASURE_WORD = /^[（(]?(场|次|场次|人|人次|个|份|篇|条|部|处|家|项|件|期|起|户|名|万元|元|张|幅|块|册)[)）]?$/;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function numberIn(c: Cell | undefined): ParsedNumber | null {
	if (!c) return null;
	if (typeof c.value === 'number') return { value: c.value, approx: false };
	if (typeof c.value === 'string') return parseNumber(c.value);
	return null;
}

export const cellNumber = (sheet: Sheet, row: number, col: number) => numberIn(cellAt(sheet, row, col));

export function rowHasNumber(sheet: Sheet, row: number, cols: number[]): boolean {
	return cols.some((c) => cellNumber(sheet, row, c) !== null);
}

/** Column marks of a 栏次 row: 甲|乙|丙 over the key columns. */
export const COLUMN_MARK = /^(甲|乙|丙|丁|戊|己|庚|辛|壬|癸|栏次|栏号)$/;

/** A 栏次 row under the header (甲|乙|丙|1|2|3): column numbers, part of the header, never a unit. */
export function isColumnNumberRow(sheet: Sheet, r: number): boolean {
	let marks = 0;
	let numbers = 0;
	let prev = 0;
	for (const c of sheet.rows[r] ?? []) {
		const t = c ? c.text.trim() : '';
		if (!t) continue;
		if (COLUMN_MARK.test(t)) {
			marks++;
			continue;
		}
		const n = typeof c!.value === 'number' ? c!.value : /^\d+$/.test(t) ? Number(t) : NaN;
		// Column numbers count up by one from left to right.
		if (!Number.isInteger(n) || (numbers > 0 && n !== prev + 1)) return false;
		if (numbers === 0 && marks === 0 && n !== 1) return false; // numbers alone: 1|2|3 …
		prev = n;
		numbers++;
	}
	return marks + numbers >= (marks ? 2 : 3);
}

/**
 * The first row of the table body: a number under a measure, or a unit that
 * reported nothing — named in a key column, its measure cells blank or dashes.
 */
function isDataRow(sheet: Sheet, r: number, keyCols: number[], measureCols: number[]): boolean {
	if (isColumnNumberRow(sheet, r)) return false;
	if (rowHasNumber(sheet, r, measureCols)) return true;
	const named = keyCols.some((c) => {
		const t = textAt(sheet, r, c, true).trim();
		return t !== '' && !isDash(t) && columnRole(t) === 'measure';
	});
	return named && measureCols.every((c) => {
		const t = textAt(sheet, r, c).trim();
		return t === '' || isDash(t);
	});
}

/** A row holding only a numbered group label (一、华池县 in any column): the body's first row, never a header row. */
function isGroupLabelRow(sheet: Sheet, r: number): boolean {
	const cells = (sheet.rows[r] ?? []).filter((c) => c && c.text.trim() !== '');
	return cells.length === 1 && typeof cells[0]!.value === 'string' && numbering(cells[0]!.text) !== null;
}

/** A row naming only a year (2022年) right over the body's rows: the first year's block, never a header row. */
function yearOverBody(sheet: Sheet, r: number, keyCols: number[], measureCols: number[]): boolean {
	if (yearRowAt(sheet, r) === null) return false;
	let next = r + 1;
	while (next < sheet.rows.length && !(sheet.rows[next] ?? []).some((c) => c && c.text.trim() !== '')) next++;
	return next < sheet.rows.length && (isDataRow(sheet, next, keyCols, measureCols) || isGroupLabelRow(sheet, next) || totalKind(rowLabel(sheet, next)) !== null);
}

/** The first text of a row. */
const rowLabel = (sheet: Sheet, r: number) => (sheet.rows[r] ?? []).find((c) => c && c.text.trim() !== '' && typeof c.value === 'string')?.text ?? '';

/** A line above a table (填报单位 | 华池县应急管理局 | 填报日期 | 2023年6月30日, or 填报单位：…), never its header. */
function isFilingLine(sheet: Sheet, r: number): boolean {
	const row = sheet.rows[r] ?? [];
	return row.some((c, i) => {
		if (!c) return false;
		const t = c.text.trim();
		const label = t.replace(/[:：]$/, '');
		const role = columnRole(label);
		if (label !== t) return role === 'unit' || role === 'filed-on' || role === 'contact';
		return role === 'filed-on' && parseFiledOn(row.slice(i + 1).find((x) => x && x.text.trim())?.value) !== null;
	});
}

/** The header of a table starting at row r: names a unit (or region) column and at least one measure, and the body follows. */
function headerAt(sheet: Sheet, r: number): { columns: Column[]; firstData: number; unitCol: number; regionCol: number } | null {
	if (isFilingLine(sheet, r)) return null;
	const roles = new Map<number, ColumnRole>();
	for (let c = 0; c < sheet.colCount; c++) {
		const t = textAt(sheet, r, c, true);
		if (!t) continue;
		const role = columnRole(t);
		// 单位 over 场 | 人次 beside metric names is their 计量单位: a transposed or long table, no unit column.
		roles.set(c, role === 'unit' && holdsMeasureWords(sheet, r, c) ? 'measure-unit' : role);
	}
	// No key word: a blank header, 名称 or a split corner (项目＼乡镇) over a column of names is the unit column.
	const named = [...roles].some(([, role]) => role === 'unit') ? -1 : unitColumnByContent(sheet, r, roles);
	if (named >= 0) roles.set(named, 'unit');
	const keyCols = [...roles].filter(([, role]) => role === 'unit' || role === 'region').map(([c]) => c);
	const measureCols = [...roles].filter(([, role]) => role === 'measure').map(([c]) => c);
	if (keyCols.length === 0 || measureCols.length === 0) return null;
	if ([...roles.values()].includes('metric-name')) return null; // a long table, not a wide one

	// Header rows run until the first row of the body.
	let firstData = -1;
	for (let d = r + 1; d <= Math.min(r + MAX_HEADER_ROWS, sheet.rows.length - 1); d++) {
		if (isDataRow(sheet, d, keyCols, measureCols) || isGroupLabelRow(sheet, d) || yearOverBody(sheet, d, keyCols, measureCols)) {
			firstData = d;
			break;
		}
	}
	if (firstData < 0) return null;
	const headerRows: number[] = [];
	for (let h = r; h < firstData; h++) if (h === r || !isColumnNumberRow(sheet, h)) headerRows.push(h);
	const columns = buildColumns(sheet, headerRows);
	if (named >= 0) {
		const at = columns.findIndex((c) => c.col >= named);
		const unit: Column = { col: named, role: 'unit', parts: ['单位'], label: '单位', match: null };
		if (columns[at]?.col === named) columns[at] = { ...columns[at], role: 'unit', match: null };
		else columns.splice(at < 0 ? columns.length : at, 0, unit);
	}
	const keys = keyColumns(columns);
	if (!keys) return null;
	// Place names across the top and metrics down the key column: a transposed table under a 乡镇 corner.
	const across = columns.filter((c) => c.role === 'measure').map((c) => c.parts[c.parts.length - 1]);
	if (keyCols.some((c) => unitsAcross(across, bodyTexts(sheet, firstData - 1, c)))) return null;
	return { columns, firstData, ...keys };
}

/** Header words that may stand over a column of unit names: none, 名称, or a split corner naming units. */
function mayHeadUnits(text: string): boolean {
	if (text === '' || /^(名\s*称|对象|地\s*区)$/.test(text)) return true;
	const parts = cornerParts(text);
	return !!parts && parts.some((p) => columnRole(p) === 'unit' || columnRole(p) === 'region');
}

/** Left of the first measure, a column under such a header whose rows name units and places; -1 when none. */
function unitColumnByContent(sheet: Sheet, r: number, roles: Map<number, ColumnRole>): number {
	const measures = [...roles].filter(([, role]) => role === 'measure').map(([c]) => c);
	if (measures.length < 2) return -1;
	for (let c = 0; c <= measures[0]; c++) {
		const role = roles.get(c);
		if (role && role !== 'measure') continue;
		if (mayHeadUnits(textAt(sheet, r, c, true)) && mostly(bodyTexts(sheet, r, c), looksLikeUnitName)) return c;
	}
	return -1;
}

/**
 * The unit column and the region column. Beside a 单位/单位名称 column, a 乡镇 or
 * 街道 column names where the unit is: a region (after an explicit 县区 column).
 */
function keyColumns(columns: Column[]): { unitCol: number; regionCol: number } | null {
	const units = columns.filter((c) => c.role === 'unit');
	const named = units.find((c) => !isTownshipHeader(c.parts[c.parts.length - 1]));
	if (named) for (const c of units) if (c !== named && isTownshipHeader(c.parts[c.parts.length - 1])) c.role = 'region';
	const unit = named ?? units[0] ?? columns.find((c) => c.role === 'region');
	if (!unit) return null;
	const regionCol = columns.find((c) => c.role === 'region' && c.col !== unit.col)?.col ?? -1;
	return { unitCol: unit.col, regionCol };
}

/** The sheet's first table (the one a wide sheet is recognized by). */
export function findLayout(sheet: Sheet): Layout | null {
	const last = Math.min(sheet.rows.length, MAX_HEADER_SCAN);
	for (let r = 0; r < last; r++) {
		const h = headerAt(sheet, r);
		if (!h) continue;
		const titleRows: number[] = [];
		for (let t = 0; t < r; t++) if (sheet.rows[t]) titleRows.push(t);
		return { titleRows, headerRow: r, firstDataRow: h.firstData, columns: h.columns, unitCol: h.unitCol, regionCol: h.regionCol, endRow: sheet.rows.length };
	}
	return null;
}

/** True when every header text of `next` already appears in the header block of `current` (a header repeated at a page break). */
function repeatsHeader(current: Column[], next: Column[]): boolean {
	const seen = new Set(current.flatMap((c) => c.parts));
	return next.every((c) => c.parts.every((p) => seen.has(p)));
}

/** A row that holds only text (no number typed as a number) and names a key column: maybe a header. */
function mayBeHeader(sheet: Sheet, r: number): boolean {
	const row = sheet.rows[r];
	if (!row || row.some((c) => c && typeof c.value === 'number')) return false;
	return row.some((c) => {
		// Header words are short and hold no digits; skipping the rest keeps a 5,000-row table fast.
		if (!c || c.text.length > 16 || /\d/.test(c.text)) return false;
		const role = columnRole(c.text);
		return role === 'unit' || role === 'region';
	});
}

/**
 * A sheet may hold more than one table: under the first, after a blank row and
 * a caption (表二：…), a second header with other measures. Each table is read
 * under its own header. A header that repeats the same measures (a page break)
 * stays a repeated header of the table above.
 */
export function findLayouts(sheet: Sheet, first: Layout | null = findLayout(sheet)): Layout[] {
	return tablesBelow(sheet, first).flatMap(sideBySide);
}

/**
 * Tables printed side by side under one header row (乡镇 | 演练 | 参演 | 乡镇 | 演练 | 参演 — a long list in two halves,
 * or 2022年 beside 2023年): a key column (序号, 县区, 乡镇) again right of a measure starts the next; each is read
 * under its own columns, its rows named by its own unit column.
 */
function sideBySide(layout: Layout): Layout[] {
	const key = (c: Column) => c.role === 'unit' || c.role === 'region' || c.role === 'row-number';
	const starts = [0];
	let measureSeen = false;
	for (const c of layout.columns) {
		if (key(c) && measureSeen) {
			starts.push(c.col);
			measureSeen = false;
		}
		if (c.role === 'measure') measureSeen = true;
	}
	if (starts.length < 2) return [layout];
	const blocks: Layout[] = [];
	for (let i = 0; i < starts.length; i++) {
		const range: [number, number] = [starts[i], starts[i + 1] ?? Number.MAX_SAFE_INTEGER];
		const columns = layout.columns.filter((c) => c.col >= range[0] && c.col < range[1]);
		const keys = keyColumns(columns);
		if (!keys || !columns.some((c) => c.role === 'measure')) return [layout];
		blocks.push({ ...layout, columns, ...keys, colRange: range });
	}
	return blocks;
}

function tablesBelow(sheet: Sheet, first: Layout | null): Layout[] {
	if (!first) return [];
	const layouts = [first];
	let current = first;
	for (let r = current.firstDataRow; r < sheet.rows.length; r++) {
		if (!mayBeHeader(sheet, r)) continue;
		const h = headerAt(sheet, r);
		if (!h) continue;
		// The caption lines right above the new header belong to it.
		const titleRows: number[] = [];
		for (let t = r - 1; t >= current.firstDataRow; t--) {
			const cells = (sheet.rows[t] ?? []).filter((c) => c && c.text.trim() !== '');
			if (cells.length === 0) continue;
			// 填报单位 | X | 填报日期 | Y under the caption belongs to the new table.
			if (cells.length > 1 && isFilingLine(sheet, t)) {
				titleRows.unshift(t);
				continue;
			}
			if (cells.length > 1 || typeof cells[0]!.value === 'number' || isFootnote(cells[0]!.text) || totalKind(cells[0]!.text)) break;
			titleRows.unshift(t);
		}
		// The same header again without a caption is a page break's repeat, not a new table.
		if (titleRows.length === 0 && repeatsHeader(current.columns, h.columns)) continue;
		current.endRow = titleRows.length ? titleRows[0] : r;
		current = { titleRows, headerRow: r, firstDataRow: h.firstData, columns: h.columns, unitCol: h.unitCol, regionCol: h.regionCol, endRow: sheet.rows.length };
		layouts.push(current);
		r = h.firstData - 1;
	}
	return layouts;
}

/**
 * Header texts by header row and column, and whether each spans more than its
 * column. A group header written once over its sub-headers without a merge (or
 * in a CSV) spans the empty cells to its right that stand over sub-headers.
 */
function headerGrid(sheet: Sheet, rows: number[]): { text: string[][]; wide: boolean[][] } {
	const text = rows.map((r) => Array.from({ length: sheet.colCount }, (_, c) => clean(textAt(sheet, r, c, true))));
	const wide = rows.map((r) =>
		Array.from({ length: sheet.colCount }, (_, c) => {
			const m = mergeAt(sheet, r, c);
			return !!m && m.c0 !== m.c1;
		})
	);
	const overSubHeader = (i: number, c: number) => text.slice(i + 1).some((row) => row[c] !== '' && row[c] !== text[i][c]);
	for (let i = 0; i < rows.length - 1; i++) {
		let carried = false;
		for (let c = 1; c < sheet.colCount; c++) {
			// A merged group ends where its merge ends.
			const from: boolean = text[i][c - 1] !== '' && (carried || !mergeAt(sheet, rows[i], c - 1));
			carried = from && text[i][c] === '' && !mergeAt(sheet, rows[i], c) && overSubHeader(i, c) && overSubHeader(i, c - 1);
			if (!carried) continue;
			text[i][c] = text[i][c - 1];
			wide[i][c] = wide[i][c - 1] = true;
		}
	}
	return { text, wide };
}

/** A header part that only says when: 2023年, 2023年度, 本年, 今年, 上年, 去年同期. */
const YEAR_PART = /^(?:20\d{2}\s*年?度?|本年度?|今年|当年|上年度?|去年|上一年|(?:上年|去年)同期)$/;
/** A header naming last year's figure: 上年…, 去年同期…, 上一年… */
export const LAST_YEAR = /上年|去年|上一年/;

/** A leaf that only says total: 合计, 总计（场次）, 小计. */
const TOTAL_LEAF = /^(合\s*计|总\s*计|小\s*计|共计|合计数)\s*([（(][^）)]*[)）])?$/;

function buildColumns(sheet: Sheet, rows: number[]): Column[] {
	const columns: Column[] = [];
	const grid = headerGrid(sheet, rows);
	for (let c = 0; c < sheet.colCount; c++) {
		const parts: string[] = [];
		let prev = -1;
		for (let i = 0; i < rows.length; i++) {
			const t = grid.text[i][c];
			if (!t || parts[parts.length - 1] === t) continue;
			// A measure word alone under a header of this column only (开展咨询活动 over 场): one label, 开展咨询活动（场）.
			if (prev >= 0 && MEASURE_WORD.test(t) && !grid.wide[prev][c]) parts[parts.length - 1] += `（${t.replace(/^[（(]|[)）]$/g, '')}）`;
			else parts.push(t);
			prev = i;
		}
		if (parts.length === 0) continue;
		// A year under (or over) a measure (…（场）|2023年, 本年 | 上年) says when, not what: matched without it.
		const what = parts.length > 1 ? parts.filter((p) => !YEAR_PART.test(p)) : parts;
		const leaf = what[what.length - 1] ?? parts[parts.length - 1];
		// 合计 / 合计（场次） as the leaf: the row's own total, never a metric (a 合计 under a group too).
		// 社区 / 企业 under a group header (安全宣传“五进” | 社区) is a place counted, never the unit column.
		const role = columnRole(leaf) === 'measure' && TOTAL_LEAF.test(leaf) ? 'total-column' : what.length > 1 && isUnitKind(leaf) ? 'measure' : columnRole(leaf);
		const group = what.slice(0, -1).join(' ');
		const match = role === 'measure' ? matchMetric(leaf, group) : null;
		columns.push({ col: c, role, parts, label: parts.join('|'), match, leaf, group });
	}
	return columns;
}

/** The highest score a wide table can have. */
export const WIDE_MAX_SCORE = 0.9;

/** How much a table whose first layout is this looks like a wide one: the more measure columns, the surer. */
export function wideScoreOf(layout: Layout): number {
	const measures = layout.columns.filter((c) => c.role === 'measure').length;
	return Math.min(WIDE_MAX_SCORE, 0.5 + 0.1 * measures);
}
