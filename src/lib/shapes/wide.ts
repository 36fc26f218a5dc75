/**
 * Shape B: a consolidated wide table, one row per unit, 1–3 header rows with
 * merged group headers, 小计/合计 rows, notes columns, numbers stored as text.
 */
import type { Cell, Sheet } from '../read/workbook';
import { cellAddress, cellAt, mergeAt, textAt } from '../read/workbook';
import type { FileContext, SheetOutput } from './context';
import { emptyOutput } from './context';
import { columnRole, isFootnote, totalKind, type ColumnRole } from './columns';
import { isDash, parseNumber, type ParsedNumber } from './numbers';
import { matchMetric, type MetricMatch } from '../schema/match';
import { numberFact } from './make-fact';
import { SheetLedger } from '../facts/ledger';
import { normalizeUnit } from '../facts/unit';
import { placeIn, regionFromFileName, regionFromUnitName } from '../facts/region';
import { parseFiledOn, yearFromText } from '../facts/year';
import { problem } from '../facts/problem';

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

/** The header of a table starting at row r: names a unit (or region) column and at least one measure, and numbers follow. */
function headerAt(sheet: Sheet, r: number): { columns: Column[]; firstData: number; unitCol: number; regionCol: number } | null {
	const roles = new Map<number, ColumnRole>();
	for (let c = 0; c < sheet.colCount; c++) {
		const t = textAt(sheet, r, c, true);
		if (t) roles.set(c, columnRole(t));
	}
	const keyCols = [...roles].filter(([, role]) => role === 'unit' || role === 'region').map(([c]) => c);
	const measureCols = [...roles].filter(([, role]) => role === 'measure').map(([c]) => c);
	if (keyCols.length === 0 || measureCols.length === 0) return null;
	if ([...roles.values()].includes('metric-name')) return null; // a long table, not a wide one

	// Header rows run until the first row with a number under the measure columns.
	let firstData = -1;
	for (let d = r + 1; d <= Math.min(r + MAX_HEADER_ROWS, sheet.rows.length - 1); d++) {
		if (rowHasNumber(sheet, d, measureCols)) {
			firstData = d;
			break;
		}
	}
	if (firstData < 0) return null;
	const columns = buildColumns(sheet, r, firstData);
	const unitCol = columns.find((c) => c.role === 'unit')?.col ?? columns.find((c) => c.role === 'region')!.col;
	const regionCol = columns.find((c) => c.role === 'region' && c.col !== unitCol)?.col ?? -1;
	return { columns, firstData, unitCol, regionCol };
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

function buildColumns(sheet: Sheet, headerRow: number, firstData: number): Column[] {
	const columns: Column[] = [];
	for (let c = 0; c < sheet.colCount; c++) {
		const parts: string[] = [];
		let prevRow = -1;
		for (let r = headerRow; r < firstData; r++) {
			const t = clean(textAt(sheet, r, c, true));
			if (!t || parts[parts.length - 1] === t) continue;
			// A measure word alone under a header of this column only (开展咨询活动 over 场): one label, 开展咨询活动（场）.
			const m = prevRow >= 0 ? mergeAt(sheet, prevRow, c) : undefined;
			if (prevRow >= 0 && MEASURE_WORD.test(t) && (!m || m.c0 === m.c1)) parts[parts.length - 1] += `（${t.replace(/^[（(]|[)）]$/g, '')}）`;
			else parts.push(t);
			prevRow = r;
		}
		if (parts.length === 0) continue;
		const leaf = parts[parts.length - 1];
		const role = columnRole(leaf);
		const group = parts.slice(0, -1).join(' ');
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
	for (const r of layout.titleRows) sheet.rows[r]!.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'title'));
	for (let r = layout.headerRow; r < layout.firstDataRow; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header'));

	const year = ctx.year ?? yearFromText(title) ?? yearFromText(sheet.name) ?? yearFromText(ctx.file);
	const sheetRegion = placeIn(title) || placeIn(sheet.name);
	const measureCols = columns.filter((c) => c.role === 'measure');
	const filedCol = columns.find((c) => c.role === 'filed-on')?.col;
	const yearCol = columns.find((c) => c.role === 'year')?.col;

	// Cells of columns without a header are the only ones a data row can leave unclaimed.
	const headed: boolean[] = [];
	for (const c of columns) headed[c.col] = true;

	// Running sums per column since the last 小计 row and since the top, to check 小计/合计 rows.
	const segmentSums = new Float64Array(sheet.colCount);
	const allSums = new Float64Array(sheet.colCount);
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
		const total = totalKind(unitText) ?? totalKind(regionText) ?? totalKind(first.text);
		if (total) {
			checkTotal(sheet, r, total, total === 'subtotal' ? segmentSums : allSums, measureCols, out);
			if (total === 'subtotal') segmentSums.fill(0);
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', total === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		if (columnRole(unitText) === 'unit') {
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
		const region = ctx.region ?? (normalizeUnit(regionText) || sheetRegion || regionFromUnitName(unit) || regionFromFileName(ctx.file));
		const rowYear = ctx.year ?? (yearCol !== undefined ? yearFromText(textAt(sheet, r, yearCol)) : null) ?? year;
		const filedOn = filedCol !== undefined ? parseFiledOn(cellAt(sheet, r, filedCol)?.value) : null;
		ledger.mark(r, unitCol, 'ignored', 'unit-name');
		if (regionCol >= 0 && cellAt(sheet, r, regionCol)) ledger.mark(r, regionCol, 'ignored', 'region-name');

		const key = `${region}|${unit}`;
		if (seenUnits.has(key))
			out.problems.push(problem('warning', 'row.duplicate-unit', `单位“${unit}”在本表中出现了不止一次。`, `Unit "${unit}" appears more than once in this table.`, { sheet: sheet.name, cell: cellAddress(r, unitCol) }));
		seenUnits.add(key);
		// A unit in two tables of the sheet is one filing.
		if (!filingKeys.has(`${key}|${rowYear}`)) out.filings.push({ unit, region, year: rowYear, filedOn, sheet: sheet.name });
		filingKeys.add(`${key}|${rowYear}`);

		// One origin for the row; only its cell changes per column (makeFact copies the fields).
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
			segmentSums[col.col] += n.value;
			allSums[col.col] += n.value;
			origin.cell = at;
			out.facts.push(numberFact(ctx, origin, col.match, col.label, raw, n));
			ledger.mark(r, col.col, col.match ? 'fact' : 'unmapped', undefined, undefined, at);
		}
		row.forEach((c) => c && !headed[c.col] && ledger.mark(r, c.col, 'ignored', 'no-header'));
	}

	if (year === null)
		out.problems.push(problem('warning', 'year.unknown', '无法确定本表的年度，请在文件列表中指定。', 'The year of this table could not be determined; set it in the file list.', { sheet: sheet.name }));
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
