/**
 * Shape B: a consolidated wide table, one row per unit, 1–3 header rows with
 * merged group headers, 小计/合计 rows, notes columns, numbers stored as text.
 */
import type { Cell, Sheet } from '../read/workbook';
import { cellAddress, cellAt, mergeAt, textAt } from '../read/workbook';
import type { FileContext, SheetOutput } from './context';
import { emptyOutput } from './context';
import { columnRole, isFootnote, isTownshipHeader, isWholeArea, totalKind, totalScope, type ColumnRole } from './columns';
import { isDash, parseNumber, type ParsedNumber } from './numbers';
import { matchMetric, type MetricMatch } from '../schema/match';
import { numberFact } from './make-fact';
import { SheetLedger } from '../facts/ledger';
import { normalizeUnit } from '../facts/unit';
import { placeIn, regionFromFileName, regionFromUnitName } from '../facts/region';
import { parseFiledOn, yearFromText, yearOfDate } from '../facts/year';
import { problem } from '../facts/problem';
import { readHeader } from './form/header';

const MAX_HEADER_SCAN = 20;
const MAX_HEADER_ROWS = 4;

interface Column {
	col: number;
	role: ColumnRole;
	/** Header parts top to bottom, merged duplicates collapsed: ['安全宣传咨询日', '场次']. */
	parts: string[];
	/** As written, group and leaf joined by '|'. */
	label: string;
	match: MetricMatch | null;
}

interface Layout {
	titleRows: number[];
	headerRow: number;
	firstDataRow: number;
	columns: Column[];
	unitCol: number;
	regionCol: number;
	/** First row past the table (the next table's caption or header, or the end of the sheet). */
	endRow: number;
}

/** A header that is only a measure word: 场, （人次）, 个 … */
const MEASURE_WORD = /^[（(]?(场|次|场次|人|人次|个|份|篇|条|部|处|家|项|件|期|起|户|名|万元|元|张|幅|块|册)[)）]?$/;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function numberIn(c: Cell | undefined): ParsedNumber | null {
	if (!c) return null;
	if (typeof c.value === 'number') return { value: c.value, approx: false };
	if (typeof c.value === 'string') return parseNumber(c.value);
	return null;
}

const cellNumber = (sheet: Sheet, row: number, col: number) => numberIn(cellAt(sheet, row, col));

function rowHasNumber(sheet: Sheet, row: number, cols: number[]): boolean {
	return cols.some((c) => cellNumber(sheet, row, c) !== null);
}

/** Column marks of a 栏次 row: 甲|乙|丙 over the key columns. */
const COLUMN_MARK = /^(甲|乙|丙|丁|戊|己|庚|辛|壬|癸|栏次|栏号)$/;

/** A 栏次 row under the header (甲|乙|丙|1|2|3): column numbers, part of the header, never a unit. */
function isColumnNumberRow(sheet: Sheet, r: number): boolean {
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
		if (t) roles.set(c, columnRole(t));
	}
	const keyCols = [...roles].filter(([, role]) => role === 'unit' || role === 'region').map(([c]) => c);
	const measureCols = [...roles].filter(([, role]) => role === 'measure').map(([c]) => c);
	if (keyCols.length === 0 || measureCols.length === 0) return null;
	if ([...roles.values()].includes('metric-name')) return null; // a long table, not a wide one

	// Header rows run until the first row of the body.
	let firstData = -1;
	for (let d = r + 1; d <= Math.min(r + MAX_HEADER_ROWS, sheet.rows.length - 1); d++) {
		if (isDataRow(sheet, d, keyCols, measureCols)) {
			firstData = d;
			break;
		}
	}
	if (firstData < 0) return null;
	const headerRows: number[] = [];
	for (let h = r; h < firstData; h++) if (h === r || !isColumnNumberRow(sheet, h)) headerRows.push(h);
	const columns = buildColumns(sheet, headerRows);
	const keys = keyColumns(columns);
	return keys ? { columns, firstData, ...keys } : null;
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

function findLayout(sheet: Sheet): Layout | null {
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
function findLayouts(sheet: Sheet): Layout[] {
	const first = findLayout(sheet);
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
const LAST_YEAR = /上年|去年|上一年/;

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
		const role = columnRole(leaf);
		const group = what.slice(0, -1).join(' ');
		const match = role === 'measure' ? matchMetric(leaf, group) : null;
		columns.push({ col: c, role, parts, label: parts.join('|'), match });
	}
	return columns;
}

export function wideScore(sheet: Sheet): number {
	const layout = findLayout(sheet);
	if (!layout) return 0;
	const measures = layout.columns.filter((c) => c.role === 'measure').length;
	return Math.min(0.9, 0.5 + 0.1 * measures);
}

export function readWideSheet(sheet: Sheet, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const layouts = findLayouts(sheet);
	if (layouts.length === 0) return out;
	const ledger = new SheetLedger(sheet);
	const titleOf = (layout: Layout) => layout.titleRows.map((r) => textAt(sheet, r, sheet.rows[r]!.findIndex(Boolean))).join(' ');
	const sheetTitle = titleOf(layouts[0]);
	const filingKeys = new Set<string>();
	layouts.forEach((layout, i) => {
		if (i > 0) {
			const caption = titleOf(layout);
			out.problems.push(
				problem(
					'info',
					'wide.more-tables',
					`工作表第 ${layout.headerRow + 1} 行起是另一张表${caption ? `（${caption}）` : ''}，已按它自己的表头一并读取。`,
					`Another table starts at row ${layout.headerRow + 1}${caption ? ` (${caption})` : ''}; it was read too, under its own header.`,
					{ sheet: sheet.name, cell: cellAddress(layout.headerRow, layout.unitCol) }
				)
			);
		}
		readWideTable(sheet, ctx, layout, i === 0 ? '' : sheetTitle, ledger, out, filingKeys);
	});
	out.ledger = ledger.list();
	return out;
}

/** One table of a sheet: its own title (else the sheet's first title) gives year and region. */
function readWideTable(sheet: Sheet, ctx: FileContext, layout: Layout, sheetTitle: string, ledger: SheetLedger, out: SheetOutput, filingKeys: Set<string>): void {
	const { columns, unitCol, regionCol } = layout;

	// Title rows: the table's year and, for a one-region sheet, its region.
	const ownTitle = layout.titleRows.map((r) => textAt(sheet, r, sheet.rows[r]!.findIndex(Boolean))).join(' ');
	const title = yearFromText(ownTitle) !== null || !sheetTitle ? ownTitle : `${ownTitle} ${sheetTitle}`;
	// A 填报日期 above the table dates every row of it (the latest of two filings wins): read as a form's filing line is.
	const above = readHeader(sheet, layout.titleRows);
	for (const c of above.fieldCells) ledger.mark(c.row, c.col, 'ignored', 'filing-info');
	for (const r of layout.titleRows) sheet.rows[r]!.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'title'));
	for (let r = layout.headerRow; r < layout.firstDataRow; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header'));

	// DOMAIN's order: the title's year, then the 填报日期 (above the table, or a row's own), then the sheet's or file's name.
	const titleYear = ctx.year ?? yearFromText(title) ?? yearOfDate(above.filedOn);
	const nameYear = yearFromText(sheet.name) ?? yearFromText(ctx.file);
	let yearUnknown = false;
	// Columns whose header names another year than the table's (a comparison with last year).
	const tableYear = titleYear ?? nameYear;
	const otherYear: (number | null | undefined)[] = [];
	for (const c of columns) {
		if (c.role !== 'measure') continue;
		const y = yearFromText(c.label) ?? (LAST_YEAR.test(c.label) ? (tableYear === null ? null : tableYear - 1) : undefined);
		if (y !== undefined && y !== tableYear) otherYear[c.col] = y;
	}
	const sheetRegion = placeIn(title) || placeIn(sheet.name);
	const measureCols = columns.filter((c) => c.role === 'measure');
	const filedCol = columns.find((c) => c.role === 'filed-on')?.col;
	const yearCol = columns.find((c) => c.role === 'year')?.col;

	// Cells of columns without a header are the only ones a data row can leave unclaimed.
	const headed: boolean[] = [];
	for (const c of columns) headed[c.col] = true;

	const totals = new TotalCheck(sheet.colCount);
	let place = '';
	const seenUnits = new Set<string>();

	for (let r = layout.firstDataRow; r < layout.endRow; r++) {
		const row = sheet.rows[r];
		if (!row || !row.some(Boolean)) continue;
		const first = row.find(Boolean)!;
		const unitText = textAt(sheet, r, unitCol, true);
		const regionText = regionCol >= 0 ? textAt(sheet, r, regionCol, true) : '';

		if (isFootnote(first.text)) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'footnote'));
			continue;
		}
		const label = totalKind(unitText) ? unitText : [regionText, first.text].find((t) => totalKind(t) && !(unitText && isWholeArea(t)));
		if (label) {
			const total = totalKind(label)!;
			// The region a total sums: named in its label (环县合计, 小计（环县）), else its region cell.
			const scope = totalScope(label) || (regionText && !totalKind(regionText) ? normalizeUnit(regionText) : '');
			totals.total(r, total, scope);
			place = ''; // a total ends its block: the next block names its own region
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', total === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		// 其中：企业 under a unit is a part of the row above: counting it would count it twice.
		if (/^\s*其中/.test(unitText) || /^\s*其中/.test(first.text)) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'breakdown-row'));
			continue;
		}
		if (columnRole(unitText) === 'unit' || (COLUMN_MARK.test(unitText.trim()) && isColumnNumberRow(sheet, r))) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header-repeat'));
			continue;
		}
		if (!unitText) {
			if (rowHasNumber(sheet, r, measureCols.map((c) => c.col)))
				out.problems.push(problem('warning', 'row.no-unit', `第 ${r + 1} 行有数字但没有单位名称，未计入。`, `Row ${r + 1} has numbers but no unit name; not counted.`, { sheet: sheet.name, cell: cellAddress(r, unitCol) }));
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'no-unit'));
			continue;
		}

		const unit = normalizeUnit(unitText);
		// A region cell written once over its block (no merge) holds for the rows below it too, up to a total row.
		if (regionText) place = normalizeUnit(regionText);
		const region = ctx.region ?? (place || regionFromUnitName(unit) || sheetRegion || regionFromFileName(ctx.file));
		const filedOn = (filedCol !== undefined ? parseFiledOn(cellAt(sheet, r, filedCol)?.value) : null) ?? above.filedOn;
		const rowYear = ctx.year ?? (yearCol !== undefined ? yearFromText(textAt(sheet, r, yearCol)) : null) ?? titleYear ?? yearOfDate(filedOn) ?? nameYear;
		if (rowYear === null) yearUnknown = true;
		ledger.mark(r, unitCol, 'ignored', 'unit-name');
		if (regionCol >= 0 && cellAt(sheet, r, regionCol)) ledger.mark(r, regionCol, 'ignored', 'region-name');

		const key = `${region}|${unit}`;
		if (seenUnits.has(key))
			out.problems.push(problem('warning', 'row.duplicate-unit', `单位“${unit}”在本表中出现了不止一次。`, `Unit "${unit}" appears more than once in this table.`, { sheet: sheet.name, cell: cellAddress(r, unitCol) }));
		seenUnits.add(key);
		// A unit in two tables of the sheet is one filing.
		if (!filingKeys.has(`${key}|${rowYear}`)) out.filings.push({ unit, region, year: rowYear, filedOn, sheet: sheet.name });
		filingKeys.add(`${key}|${rowYear}`);

		totals.unit(regionCol >= 0 ? place : regionFromUnitName(unit));
		// One origin for the row; only its cell (and a last-year column's year) changes per column (makeFact copies the fields).
		const origin = { sheet: sheet.name, cell: '', unit, region, year: rowYear, filedOn };
		for (const col of columns) {
			const cell = cellAt(sheet, r, col.col);
			if (!cell || cell.text.trim() === '' || col.col === unitCol || col.col === regionCol) continue;
			if (col.role !== 'measure') {
				const isText = col.role === 'note';
				ledger.mark(r, col.col, isText ? 'text' : 'ignored', col.role, isText ? cell.text.trim() : undefined);
				continue;
			}
			const n = numberIn(cell);
			const at = cellAddress(r, col.col);
			const raw = cell.text.trim();
			if (!n && isDash(raw)) {
				// —, -, / : the clerk's "nothing to report" — blank, not 0, and no warning.
				ledger.mark(r, col.col, 'ignored', 'empty-slots');
				continue;
			}
			if (!n) {
				ledger.mark(r, col.col, 'text', 'not-a-number', raw);
				out.problems.push(problem('warning', 'value.not-a-number', `${at} 的“${raw}”不是数字，作为文字保留。`, `"${raw}" in ${at} is not a number; kept as text.`, { sheet: sheet.name, cell: at }));
				continue;
			}
			totals.add(col.col, n.value);
			origin.cell = at;
			const other = otherYear[col.col];
			origin.year = other === undefined ? rowYear : other;
			// Last year's figure beside this year's (2020年应急演练参与人次): that year's, and unmapped — never this year's twice.
			const match = other === undefined ? col.match : null;
			out.facts.push(numberFact(ctx, origin, match, col.label, raw, n));
			ledger.mark(r, col.col, match ? 'fact' : 'unmapped', undefined, undefined, at);
		}
		row.forEach((c) => c && !headed[c.col] && ledger.mark(r, c.col, 'ignored', 'no-header'));
	}

	totals.check(sheet, measureCols, out);
	if (yearUnknown || (titleYear === null && nameYear === null && filedCol === undefined))
		out.problems.push(problem('warning', 'year.unknown', '无法确定本表的年度，请在文件列表中指定。', 'The year of this table could not be determined; set it in the file list.', { sheet: sheet.name }));
}

/**
 * Checks 小计/合计 rows wherever they stand (top or bottom of their block): a
 * grand total against all units of the table, a region's total against that
 * region's units, a total naming no region we know against the units between
 * it and the total row above (or, when none are, below) it.
 */
class TotalCheck {
	private readonly all: Float64Array;
	private readonly byPlace = new Map<string, Float64Array>();
	private readonly segments: { sums: Float64Array; units: number }[] = [];
	private readonly rows: { row: number; kind: 'subtotal' | 'total'; scope: string; segment: number }[] = [];
	private place: Float64Array;
	private segment: { sums: Float64Array; units: number };

	constructor(private readonly width: number) {
		this.all = new Float64Array(width);
		this.place = this.all;
		this.segment = this.newSegment();
	}

	private newSegment() {
		const s = { sums: new Float64Array(this.width), units: 0 };
		this.segments.push(s);
		return s;
	}

	/** A unit row starts; `place` is its region. */
	unit(place: string): void {
		let sums = this.byPlace.get(place);
		if (!sums) this.byPlace.set(place, (sums = new Float64Array(this.width)));
		this.place = sums;
		this.segment.units++;
	}

	add(col: number, value: number): void {
		this.all[col] += value;
		this.place[col] += value;
		this.segment.sums[col] += value;
	}

	total(row: number, kind: 'subtotal' | 'total', scope: string): void {
		this.rows.push({ row, kind, scope, segment: this.segments.length - 1 });
		this.segment = this.newSegment();
	}

	private sumsOf(t: TotalCheck['rows'][number]): Float64Array {
		if (t.kind === 'total' && !t.scope) return this.all;
		const place = t.scope ? this.byPlace.get(t.scope) : undefined;
		if (place) return place;
		const before = this.segments[t.segment];
		const after = this.segments[t.segment + 1];
		return before.units > 0 ? before.sums : after && after.units > 0 ? after.sums : this.all;
	}

	check(sheet: Sheet, cols: Column[], out: SheetOutput): void {
		for (const t of this.rows) checkTotal(sheet, t.row, t.kind, this.sumsOf(t), cols, out);
	}
}

/** A 小计/合计 row is no unit: check it against the rows it sums, and warn when they differ. */
function checkTotal(sheet: Sheet, r: number, kind: 'subtotal' | 'total', sums: Float64Array, cols: Column[], out: SheetOutput) {
	const word = kind === 'subtotal' ? '小计' : '合计';
	for (const col of cols) {
		const stated = cellNumber(sheet, r, col.col);
		if (!stated) continue;
		const sum = sums[col.col];
		if (Math.abs(stated.value - sum) > 1e-9) {
			const at = cellAddress(r, col.col);
			out.problems.push(
				problem('warning', 'total.mismatch', `${word}行 ${at}（${col.label}）为 ${stated.value}，但所列单位之和为 ${sum}。`, `${kind === 'subtotal' ? 'Subtotal' : 'Total'} ${at} (${col.label}) states ${stated.value}, but its rows sum to ${sum}.`, { sheet: sheet.name, cell: at })
			);
		}
	}
}
