/**
 * Shape B turned on its side: units as COLUMNS and metrics as ROWS
 * (`指标 | 计量单位 | 柔远镇 | 悦乐镇 …`). Read as the wide table of its
 * transpose — the same reader, so the same facts, totals checks and ledger —
 * with every cell address mapped back to where it sits in the file.
 */
import type { Cell, Range, Sheet } from '../read/workbook';
import { cellAddress, cellOrMaster, mergeAt, textAt } from '../read/workbook';
import type { FileContext, Look, SheetOutput } from './context';
import { columnRole, isFootnote, totalKind, type ColumnRole } from './columns';
import { parseNumber } from './numbers';
import { holdsMeasureWords, MEASURE_VALUE } from './measure-column';
import { bodyTexts, cornerParts, looksLikeMetric, looksLikeUnitName, mostly, unitsAcross } from './orientation';
import { readWideSheet } from './wide';
import { isFieldCell, readHeader } from './form/header';
import { isMeasureHeader, namesBeforeMeasures } from './measures-across';
import type { LedgerEntry } from '../facts/fact';
import { problem } from '../base/problem';
import { yearLabel } from '../facts/year';

const MAX_HEADER_SCAN = 20;

interface Layout {
	headerRow: number;
	nameCol: number;
	/** An 活动 column left of the metric names (merged down over its metrics), or -1. */
	activityCol: number;
	measureUnitCol: number;
	/** Columns that hold one unit each (their header is the unit's name). */
	unitCols: number[];
	/** With a region row over the units (县区 over its 乡镇, merged or written once): each unit column's region cell. */
	regionOf: Map<number, Cell> | null;
	/** Header columns that are no unit: 序号, 备注 … (role by column). */
	otherCols: Map<number, ColumnRole>;
	/** Metric rows, and the rows after the table (footnotes). */
	metricRows: number[];
	footRows: number[];
	/** One unit's table with a column per year (2023年 | 2022年, 本年 | 上年同期) or per measure (场次 | 人次): the unit is the title's. */
	byYear: boolean;
	/** 增减 / 同比 columns beside the years: differences, never facts. */
	comparisonCols: number[];
}

/** A split corner cell naming both the metric rows and the unit columns: `项目＼乡镇`, `指标\单位`, `乡镇⏎指标`. */
function cornerRole(text: string): ColumnRole {
	const role = columnRole(text);
	if (role !== 'measure') return role;
	const parts = cornerParts(text);
	if (!parts) return role;
	const roles = parts.map(columnRole);
	return roles.includes('metric-name') && roles.some((r) => r === 'unit' || r === 'region') ? 'metric-name' : role;
}

const isNumber = (c: Cell | undefined) => !!c && (typeof c.value === 'number' || (typeof c.value === 'string' && parseNumber(c.value) !== null));

function findLayout(sheet: Sheet): Layout | null {
	for (let r = 0; r < Math.min(sheet.rows.length, MAX_HEADER_SCAN); r++) {
		const row = sheet.rows[r];
		if (!row) continue;
		const roles = new Map<number, ColumnRole>();
		for (const c of row) {
			if (!c || c.text.trim() === '') continue;
			const role = cornerRole(c.text);
			// 单位 over 场 | 人次 | 处 beside the metric names: their 计量单位, no unit column.
			roles.set(c.col, role === 'unit' && holdsMeasureWords(sheet, r, c.col) ? 'measure-unit' : role);
		}
		let found = [...roles].find(([, role]) => role === 'metric-name')?.[0];
		if (found === undefined) {
			found = namesByContent(sheet, r, roles);
			// Two text columns under words we do not know (工作内容 | 计量): the left groups, the right names.
			if (found !== undefined && (roles.get(found + 1) ?? 'measure') === 'measure' && !looksLikeUnitName(textAt(sheet, r, found + 1)) && mostly(bodyTexts(sheet, r, found + 1), looksLikeMetric)) found++;
		}
		// Measures across (场次 | 参与人次) over one unit's items: the items' column names each row.
		const byMeasure = found === undefined ? namesBeforeMeasures(sheet, r, roles) : undefined;
		found ??= byMeasure;
		if (found === undefined) continue;
		let nameCol = found;
		// A split corner says both words, not which runs down: names of units down it make it a wide table's.
		const corner = textAt(sheet, r, nameCol);
		if (columnRole(corner) !== 'metric-name' && cornerParts(corner) && mostly(bodyTexts(sheet, r, nameCol), looksLikeUnitName)) return null;
		roles.set(nameCol, 'metric-name');
		// A unit, region or value column makes it a wide or a long table, not this.
		if ([...roles.values()].some((role) => role === 'unit' || role === 'region' || role === 'value' || role === 'year')) return null;
		// One 项目 header over two columns (merged across, or the second left blank): the activity, then its metric.
		let splitName = -1;
		if (!roles.has(nameCol + 1) && namesLeaves(sheet, r, nameCol)) {
			splitName = nameCol;
			nameCol++;
			roles.set(nameCol, 'metric-name');
		}
		const twoRows = regionRow(sheet, r, nameCol, roles);
		const unitRow = twoRows ? r + 1 : r;
		// Under a region row, the unit is the lower header (a 合计 merged down reads from the upper).
		const unitText = (c: number) => textAt(sheet, unitRow, c) || textAt(sheet, r, c, true);
		const candidates = twoRows ? twoRows.cols : [...roles].filter(([c, role]) => role === 'measure' && c > nameCol).map(([c]) => c);
		let unitCols = candidates.filter((c) => !totalKind(unitText(c)));
		const totalCols = candidates.filter((c) => totalKind(unitText(c)));
		if (unitCols.length === 0) return null;
		// Years across instead of units (2023年 | 2022年, 本年 | 上年同期 | 增减): one unit's figures by year.
		const when = unitCols.map((c) => yearHeader(unitText(c)));
		const years = !twoRows && when.every((w) => w !== null) && when.includes('year');
		const byYear = years || (byMeasure !== undefined && unitCols.every((c) => isMeasureHeader(unitText(c))));
		const comparisonCols = years ? unitCols.filter((_, i) => when[i] === 'comparison') : [];
		if (years) unitCols = unitCols.filter((_, i) => when[i] === 'year');
		const metricRows: number[] = [];
		const footRows: number[] = [];
		for (let d = unitRow + 1; d < sheet.rows.length; d++) {
			const cells = (sheet.rows[d] ?? []).filter((c): c is Cell => !!c && c.text.trim() !== '');
			if (cells.length === 0) continue;
			// A 填报单位/填报日期 line signing the table below it is no metric row.
			if (footRows.length > 0 || isFootnote(cells[0].text) || (byYear && isFieldCell(cells[0].text))) footRows.push(d);
			else metricRows.push(d);
		}
		// Numbers under the unit columns, or it is no table of this kind.
		if (!metricRows.some((d) => unitCols.some((c) => isNumber(sheet.rows[d]?.[c])))) return null;
		const measureUnitCol = [...roles].find(([, role]) => role === 'measure-unit')?.[0] ?? -1;
		const activityCol = splitName >= 0 ? splitName : ([...roles].find(([c, role]) => role === 'activity' && c < nameCol)?.[0] ?? groupsTheNames(sheet, nameCol - 1, roles, metricRows));
		const otherCols = new Map([...roles].filter(([c, role]) => c !== nameCol && c !== measureUnitCol && c !== activityCol && !(role === 'measure' && c > nameCol)));
		// A 合计 column reads as a 合计 row of the transpose: checked, not counted.
		for (const c of comparisonCols) otherCols.set(c, 'comparison' as ColumnRole);
		return { headerRow: r, nameCol, activityCol, measureUnitCol, unitCols: byYear ? unitCols : [...unitCols, ...totalCols].sort((a, b) => a - b), regionOf: twoRows?.regionOf ?? null, otherCols, metricRows, footRows, byYear, comparisonCols };
	}
	return null;
}

/**
 * A column left of the metric names, under no word we know (类别, 工作类别, nothing), holding text that groups them:
 * fewer names than rows (merged down over its metrics, or written once over them), no numbers. -1 when none.
 */
function groupsTheNames(sheet: Sheet, col: number, roles: Map<number, ColumnRole>, metricRows: number[]): number {
	const role = roles.get(col);
	if (col < 0 || (role && role !== 'measure')) return -1;
	const texts = metricRows.map((d) => textAt(sheet, d, col, true)).filter((t) => t !== '');
	if (texts.length === 0 || texts.some((t) => parseNumber(t) !== null)) return -1;
	return new Set(texts).size < metricRows.length && !mostly(texts, looksLikeUnitName) ? col : -1;
}

/**
 * The metric names' column when no corner word says so (a blank corner, 乡镇, 活动内容 …): the first column
 * from the left whose rows name metrics while the header right of it names units.
 */
function namesByContent(sheet: Sheet, r: number, roles: Map<number, ColumnRole>): number | undefined {
	const named = [...roles].filter(([, role]) => role === 'measure' || role === 'unit' || role === 'region').map(([c]) => c);
	if (named.length < 2) return undefined;
	for (let c = 0; c < Math.min(sheet.colCount, named[0] + 1); c++) {
		const role = roles.get(c);
		if (role && role !== 'measure' && role !== 'unit' && role !== 'region') continue;
		const across = named.filter((k) => k > c).map((k) => textAt(sheet, r, k));
		if (unitsAcross(across, bodyTexts(sheet, r, c))) return c;
	}
	return undefined;
}

/** The column right of the 项目 column, blank in the header (or under its merge), names each row's metric: 场次 | 参演人次. */
function namesLeaves(sheet: Sheet, r: number, nameCol: number): boolean {
	const m = mergeAt(sheet, r, nameCol);
	const under = m ? m.c1 > nameCol : textAt(sheet, r, nameCol + 1) === '';
	if (!under || nameCol + 1 >= sheet.colCount) return false;
	const leaves = bodyTexts(sheet, r, nameCol + 1);
	// Under a merge even 场次 | 人次 are leaves; a blank header over measure words only is an unnamed 计量单位 column.
	return leaves.length >= 2 && (!!m || leaves.some((t) => !MEASURE_VALUE.test(t.normalize('NFKC'))));
}

/**
 * A region row over the unit columns: the row under the header names the units (text, no numbers) where the
 * metric-name column is blank or merged down, and the header row holds each block's region once (merged
 * across its units, or written over the first). Returns the unit columns and each one's region cell.
 */
function regionRow(sheet: Sheet, r: number, nameCol: number, roles: Map<number, ColumnRole>): { cols: number[]; regionOf: Map<number, Cell> } | null {
	const below = sheet.rows[r + 1];
	if (!below || textAt(sheet, r + 1, nameCol) !== '') return null;
	const cols: number[] = [];
	const regionOf = new Map<number, Cell>();
	let region: Cell | undefined;
	for (let c = nameCol + 1; c < sheet.colCount; c++) {
		const role = roles.get(c);
		if (role && role !== 'measure') continue; // 备注, 序号 …
		const upper = cellOrMaster(sheet, r, c);
		const lower = below[c];
		if (lower && isNumber(lower)) return null;
		if (upper && upper.text.trim()) region = upper;
		if (!lower || !lower.text.trim()) {
			// A 合计 (or a unit) merged down over both rows, or nothing.
			if (upper && upper.text.trim()) cols.push(c);
			region = undefined;
			continue;
		}
		cols.push(c);
		if (region) regionOf.set(c, region);
	}
	return regionOf.size >= 2 ? { cols, regionOf } : null;
}

/** A year said without its number (本年, 上年同期, 本年累计数): a column of one unit's figures by year too. */
const RELATIVE_YEAR = /^(本年度?|今年|本期|当年|上年度?|去年|上一年|(上年|去年)同期|本年累计)(数|完成数?|数据)?([(（].*[)）])?$/;

/** A column header saying when (2023年, 本年, 上年同期 …) or how it changed (增减, 同比); null for anything else. */
function yearHeader(text: string): 'year' | 'comparison' | null {
	const t = text.normalize('NFKC').replace(/\s/g, '');
	if (yearLabel(t) !== null || RELATIVE_YEAR.test(t)) return 'year';
	if (/^(增减|同比|增长|增幅|比上年|增减[率幅数]|同比增减|增长率|同比增长|[±+-]%?|%)/.test(t)) return 'comparison';
	return null;
}

/** The unit a one-unit table is of: its 填报单位 line, else the name before the campaign's in its title or file name. */
function unitOfTable(sheet: Sheet, h: number, file: string, below: number[]): string {
	const stated = readHeader(sheet, [...Array(h).keys(), ...below]).unit;
	if (stated) return stated;
	const titles = [...Array(h).keys()].map((r) => (sheet.rows[r] ?? []).map((c) => c?.text ?? '').join(''));
	for (const t of [...titles, file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')]) {
		const m = /^(.{2,20}?)(?:20\d{2}\s*年度?)?\s*[“"]?(?:安全生产月|安全月|安全生产)/.exec(t.replace(/^\s*20\d{2}\s*年度?/, '').trim());
		if (m && looksLikeUnitName(m[1])) return m[1];
	}
	return '';
}

/** A transposed table's score: below a wide table's or a form's that fit as well. */
export const TRANSPOSED_SCORE = 0.8;

/** A sheet as a transposed table (units as columns, metrics as rows); null when it is none. */
export function lookAtTransposed(sheet: Sheet): Look | null {
	const layout = findLayout(sheet);
	return layout && { score: TRANSPOSED_SCORE, read: (ctx) => readTransposed(sheet, layout, ctx) };
}

function readTransposed(sheet: Sheet, layout: Layout, ctx: FileContext): SheetOutput {
	const { headerRow: h, nameCol, activityCol, measureUnitCol } = layout;
	const home = new Map<string, string>(); // virtual address → address in the file
	const rows: (Cell | undefined)[][] = [];
	const put = (r: number, c: number, from: Cell, text = from.text, value = from.value) => {
		(rows[r] ??= [])[c] = { row: r, col: c, value, text };
		home.set(cellAddress(r, c), cellAddress(from.row, from.col));
	};
	// A cell of the transpose with no home in the file (a header it needs, a copy of a merged cell's text).
	const write = (r: number, c: number, text: string) => ((rows[r] ??= [])[c] = { row: r, col: c, value: text, text });
	// With an 活动 column the transpose has two header rows: 活动 over 指标.
	const leafRow = activityCol >= 0 ? h + 1 : h;
	const firstUnitRow = leafRow + 1;

	// Title lines stay where they are.
	for (let r = 0; r < h; r++) sheet.rows[r]?.forEach((c) => c && put(r, c.col, c));
	const merges: Range[] = sheet.merges.filter((m) => m.r1 < h);

	if (layout.byYear) return readByYear(sheet, ctx, layout, { rows, home, merges, put, write });
	// Row h of the transpose: the unit header (after a region column when a region row is over the units),
	// then one column per metric row (its name and 计量单位).
	const k = layout.regionOf ? 2 : 1;
	if (layout.regionOf) write(h, 0, '县区');
	const corner = sheet.rows[h]?.[nameCol];
	if (corner) put(h, k - 1, corner, '单位', '单位');
	else write(h, k - 1, '单位');
	layout.metricRows.forEach((d, i) => {
		const name = sheet.rows[d]?.[nameCol];
		if (!name) return;
		const label = labelOf(sheet, layout, d);
		put(leafRow, i + k, name, label, label);
		if (activityCol >= 0) {
			const group = cellOrMaster(sheet, d, activityCol);
			if (!group) return;
			// Under a merge only the master cell is in the file: the copies have no home and leave the ledger.
			write(h, i + k, group.text);
			if (group.row === d && group.col === activityCol) home.set(cellAddress(h, i + k), cellAddress(d, activityCol));
		}
	});
	// One row per unit column; a region cell over several units is in the file once (its first unit's row has it).
	const regionsPut = new Set<Cell>();
	layout.unitCols.forEach((c, j) => {
		const region = layout.regionOf?.get(c);
		const own = layout.regionOf ? (sheet.rows[h + 1]?.[c] ?? sheet.rows[h]![c]!) : sheet.rows[h]![c]!;
		put(firstUnitRow + j, k - 1, own);
		if (region) {
			if (regionsPut.has(region)) write(firstUnitRow + j, 0, region.text);
			else put(firstUnitRow + j, 0, region);
			regionsPut.add(region);
		}
		layout.metricRows.forEach((d, i) => {
			const cell = sheet.rows[d]?.[c];
			if (cell && sheet.rows[d]?.[nameCol]) put(firstUnitRow + j, i + k, cell);
		});
	});
	return readVirtual(sheet, ctx, layout, { rows, home, merges, put, write }, layout.metricRows.length + k);
}

interface Transpose {
	rows: (Cell | undefined)[][];
	home: Map<string, string>;
	merges: Range[];
	put: (r: number, c: number, from: Cell, text?: string, value?: Cell['value']) => void;
	write: (r: number, c: number, text: string) => void;
}

/** The metric's label in the transpose: its name with its 计量单位. */
function labelOf(sheet: Sheet, layout: Layout, d: number): string {
	const name = sheet.rows[d]?.[layout.nameCol];
	if (!name) return '';
	const unit = layout.measureUnitCol >= 0 ? textAt(sheet, d, layout.measureUnitCol).trim() : '';
	return unit && !name.text.includes(unit) ? `${name.text.trim()}（${unit}）` : name.text;
}

/**
 * One unit's figures by year: a single unit row, a column per metric and year, the year as the lowest
 * header row (2023年 under 应急演练（场）) — the wide reader then gives each its year, a comparison with
 * last year unmapped under that year as in any wide table.
 */
function readByYear(sheet: Sheet, ctx: FileContext, layout: Layout, t: Transpose): SheetOutput {
	const { headerRow: h, activityCol } = layout;
	const leafRow = activityCol >= 0 ? h + 1 : h;
	const yearRow = leafRow + 1;
	const unitRow = yearRow + 1;
	const years = layout.unitCols;
	t.write(h, 0, '单位');
	t.write(unitRow, 0, unitOfTable(sheet, h, ctx.file, layout.footRows));
	layout.metricRows.forEach((d, i) => {
		const name = sheet.rows[d]?.[layout.nameCol];
		if (!name) return;
		const label = labelOf(sheet, layout, d);
		const group = activityCol >= 0 ? cellOrMaster(sheet, d, activityCol) : undefined;
		years.forEach((c, j) => {
			const k = 1 + i * years.length + j;
			if (j === 0) t.put(leafRow, k, name, label, label);
			else t.write(leafRow, k, label);
			if (group) {
				if (j === 0 && group.row === d && group.col === activityCol) t.put(h, k, group);
				else t.write(h, k, group.text);
			}
			const head = sheet.rows[h]?.[c];
			if (head && i === 0) t.put(yearRow, k, head);
			else t.write(yearRow, k, head?.text ?? '');
			const cell = sheet.rows[d]?.[c];
			if (cell) t.put(unitRow, k, cell);
		});
	});
	return readVirtual(sheet, ctx, layout, t, 1 + layout.metricRows.length * years.length);
}

/** The wide reader over the transpose, every address taken back to the file, the cells it left out listed. */
function readVirtual(sheet: Sheet, ctx: FileContext, layout: Layout, t: Transpose, colCount: number): SheetOutput {
	const { headerRow: h, measureUnitCol } = layout;
	const { rows, home, merges } = t;
	const virtual: Sheet = { name: sheet.name, hidden: sheet.hidden, rows, colCount, merges };

	const out = readWideSheet(virtual, ctx);
	const back = (cell: string | undefined) => (cell === undefined ? undefined : (home.get(cell) ?? cell));
	for (const f of out.facts) f.cell = back(f.cell)!;
	for (const p of out.problems) if (p.cell) p.cell = back(p.cell);
	const ledger: LedgerEntry[] = out.ledger.filter((e) => home.has(e.cell)).map((e) => ({ ...e, cell: back(e.cell)! }));

	// Cells the transpose left out: 计量单位, 序号, 备注, metric rows without a name, footnotes.
	const listed = new Set(ledger.map((e) => e.cell));
	for (let r = h; r < sheet.rows.length; r++)
		sheet.rows[r]?.forEach((c) => {
			if (!c || c.text.trim() === '') return;
			const cell = cellAddress(r, c.col);
			if (listed.has(cell)) return;
			const role = layout.otherCols.get(c.col);
			const entry: LedgerEntry = { sheet: sheet.name, cell, disposition: 'ignored' };
			if (r === h || (layout.regionOf && r === h + 1)) entry.reason = 'header';
			else if (layout.footRows.includes(r)) entry.reason = 'footnote';
			else if (c.col === measureUnitCol) entry.reason = 'measure-unit';
			else if (role === 'note') Object.assign(entry, { disposition: 'text', reason: 'note', text: c.text.trim() });
			else if (role) entry.reason = role;
			else {
				entry.reason = 'no-header';
				if (isNumber(c))
					out.problems.push(problem('warning', 'row.no-metric', `${cell} 有数字，但所在行没有指标名称，未计入。`, `${cell} holds a number but its row names no metric; not counted.`, { sheet: sheet.name, cell }));
			}
			ledger.push(entry);
		});
	out.ledger = ledger;
	return out;
}
