/**
 * Shape B, reading: one row per unit under each table found (layout.ts), 小计/合计
 * rows checked (totals.ts) rather than read as units, notes columns, numbers stored as text.
 */
import type { Sheet } from '../../read/workbook';
import { cellAddress, cellAt, textAt } from '../../read/workbook';
import type { FileContext, Look, SheetOutput } from '../context';
import { emptyOutput } from '../context';
import { columnRole, isFootnote, isWholeArea, totalKind, totalScope } from '../columns';
import { isDash } from '../numbers';
import { numberFact } from '../make-fact';
import { SheetLedger } from '../../facts/ledger';
import { normalizeUnit } from '../../facts/unit';
import { placeIn, regionFromFileName, regionFromUnitName } from '../../facts/region';
import { parseFiledOn, yearFromText, yearOfDate } from '../../facts/year';
import { problem } from '../../base/problem';
import { readHeader } from '../form/header';
import { COLUMN_MARK, findLayout, findLayouts, LAST_YEAR, isColumnNumberRow, numberIn, rowHasNumber, wideScoreOf, type Column, type Layout } from './layout';
import { matchMetric, type MetricMatch } from '../../schema/match';
import { measureOf } from '../../schema/measure';
import { measureTypedWith } from '../measure-column';
import { TotalCheck } from './totals';
import { groupRowAt } from './group-rows';
import { yearRowAt } from './year-rows';
import { matchUnderTitle, titleActivityText } from './title-context';

/** A date (a 填报日期 among the title lines) says when it was filed, not which year the table is. */
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?/g;
const SERIAL_BEFORE_NAME = /^\s*\d{1,3}\s*[.、．]\s*(?=[\u4e00-\u9fa5])/;

/** A sheet as a wide table (a row per unit, a column per measure); null when no header names a unit and a measure. */
export function lookAtWide(sheet: Sheet): Look | null {
	const first = findLayout(sheet);
	return first && { score: wideScoreOf(first), read: (ctx) => readWideSheet(sheet, ctx, first) };
}

/** Reads every wide table of a sheet; `first` is its first table's layout when it was found already. */
export function readWideSheet(sheet: Sheet, ctx: FileContext, first = findLayout(sheet)): SheetOutput {
	const out = emptyOutput();
	const layouts = findLayouts(sheet, first);
	if (layouts.length === 0) return out;
	const ledger = new SheetLedger(sheet);
	const titleOf = (layout: Layout) => titleText(sheet, layout);
	const sheetTitle = titleOf(layouts[0]);
	const filingKeys = new Set<string>();
	layouts.forEach((layout, i) => {
		if (i > 0 && layout.colRange && layout.headerRow === layouts[i - 1].headerRow) {
			const col = cellAddress(layout.headerRow, layout.colRange[0]).replace(/\d+$/, '');
			out.problems.push(
				problem('info', 'wide.side-by-side', `工作表第 ${col} 列起是并排的另一张表，已按它自己的单位列一并读取。`, `Another table stands beside the first from column ${col}; it was read too, by its own unit column.`, {
					sheet: sheet.name,
					cell: cellAddress(layout.headerRow, layout.unitCol)
				})
			);
		} else if (i > 0) {
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
	const ownTitle = titleText(sheet, layout);
	// A table beside another reads its own columns only.
	const [lo, hi] = layout.colRange ?? [0, sheet.colCount];
	const title = yearFromText(ownTitle) !== null || !sheetTitle ? ownTitle : `${ownTitle} ${sheetTitle}`;
	// A 填报日期 above the table dates every row of it (the latest of two filings wins): read as a form's filing line is.
	const above = readHeader(sheet, layout.titleRows);
	for (const c of above.fieldCells) ledger.mark(c.row, c.col, 'ignored', 'filing-info');
	for (const r of layout.titleRows) sheet.rows[r]!.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'title'));
	for (let r = layout.headerRow; r < layout.firstDataRow; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header'));

	// DOMAIN's order: the title's year, then the 填报日期 (above the table, or a row's own), then the sheet's or file's name.
	// Every measure column headed by one year (指标 | 2023年 turned on its side) names the table's year when the title does not.
	const headedYears = new Set(columns.filter((c) => c.role === 'measure').map((c) => yearFromText(c.label)));
	const onlyYear = headedYears.size === 1 ? [...headedYears][0] : null;
	const titleYear = ctx.year ?? yearFromText(title) ?? yearOfDate(above.filedOn) ?? onlyYear;
	const nameYear = yearFromText(sheet.name) ?? yearFromText(ctx.file);
	let yearUnknown = false;
	// Columns whose header names another year than the table's (a comparison with last year).
	const tableYear = titleYear ?? nameYear;
	const otherYear: (number | null | undefined)[] = [];
	// Blocks of columns each headed by its year (2022年 | 2023年) under a title naming none: each block is that year's, none a comparison.
	const columnYear = new Map(columns.filter((c) => c.role === 'measure').map((c) => [c.col, yearFromText(c.label)]));
	const columnYears = [...columnYear.values()];
	const yearBlocks = ctx.year === undefined && yearFromText(title.replace(DATE, '')) === null && columnYears.every((y) => y !== null) && new Set(columnYears).size > 1;
	const ownYear: number[] = [];
	for (const c of columns) {
		if (c.role !== 'measure') continue;
		if (yearBlocks) {
			ownYear[c.col] = columnYear.get(c.col)!;
			continue;
		}
		const y = yearFromText(c.label) ?? (LAST_YEAR.test(c.label) ? (tableYear === null ? null : tableYear - 1) : undefined);
		if (y !== undefined && y !== tableYear) otherYear[c.col] = y;
	}
	const sheetRegion = placeIn(title) || placeIn(sheet.name);
	const measureCols = columns.filter((c) => c.role === 'measure');
	const filedCol = columns.find((c) => c.role === 'filed-on')?.col;
	const yearCol = columns.find((c) => c.role === 'year')?.col;
	// A ledger of activities (台账): each row's 活动类别 says what its 场次 | 参与人数 count; a unit has a row per activity.
	const activityCol = columns.find((c) => c.role === 'activity')?.col;
	const byActivity = new Map<string, MetricMatch | null>();
	const matchIn = (col: Column, activity: string) => {
		const key = `${col.col}\u0000${activity}`;
		if (!byActivity.has(key)) byActivity.set(key, matchMetric(col.leaf ?? col.label, [activity, col.group].filter(Boolean).join(' ')));
		return byActivity.get(key)!;
	};
	// A header naming no measure over cells that carry one (应急演练 over 3场, 隐患排查 over 15处): matched with it.
	const cellMeasured = new Map(measureCols.map((c) => [c.col, withCellMeasure(sheet, c, layout.firstDataRow, layout.endRow)]));
	// A column its headers leave unmapped, in a table of one activity named by its title or sheet (咨询日 | 场次).
	const titled = activityCol === undefined ? titleActivityText(title, sheet.name, measureCols) : null;
	const underTitle = new Map(titled ? measureCols.filter((c) => !c.match && cellMeasured.get(c.col) === undefined).map((c) => [c.col, matchUnderTitle(c, titled)]) : []);
	// A column under a measure's header that holds text and no number anywhere (活动内容, 地点) is a column of text.
	const textCols = new Set(measureCols.filter((c) => holdsOnlyText(sheet, c.col, layout.firstDataRow, layout.endRow)).map((c) => c.col));

	// Cells of columns without a header are the only ones a data row can leave unclaimed.
	const headed: boolean[] = [];
	for (const c of columns) headed[c.col] = true;
	// What a column's cells are is the same on every row: asked once per column, not per cell.
	const textLike = columns.map((c) => c.role !== 'measure' || textCols.has(c.col));
	const asNote = columns.map((c) => c.role === 'note' || textCols.has(c.col));
	const headerMatch = columns.map((c) => cellMeasured.get(c.col) ?? c.match ?? underTitle.get(c.col) ?? null);

	let totals = new TotalCheck(sheet.colCount);
	// Two years stacked under one header, each under a row naming its year (2022年): that year's rows.
	let groupYear: number | null = null;
	// A block's region may be written on a group row above it (一、商水县): it holds until the next group or total row.
	let place = '';
	const rowNumberCol = columns.find((c) => c.role === 'row-number')?.col ?? -1;
	const groupWhere = { firstCol: lo, unitCol, rowNumberCol, regionCol, measureCols: measureCols.map((c) => c.col), endRow: layout.endRow };
	const seenUnits = new Set<string>();
	let carried: { unit: string; years: Set<string> } | null = null;
	let unitsInBlock = 0;

	for (let r = layout.firstDataRow; r < layout.endRow; r++) {
		const row = sheet.rows[r];
		const first = row?.find((c) => !!c && c.col >= lo && c.col < hi);
		if (!row || !first) continue;
		let unitText = textAt(sheet, r, unitCol, true);
		// A unit written once over its rows of each year (a 年度 column, no merge): the rows under it are its own.
		// Read through merges: a 年度 cell merged down over its units is each one's year.
		const yearCell = yearCol !== undefined ? textAt(sheet, r, yearCol, true).trim() : '';
		const yearInCell = yearCell ? yearFromText(yearCell) : null;
		const rowYearText = yearCell && String(yearInCell ?? yearCell);
		if (!unitText.trim() && rowYearText && carried && !carried.years.has(rowYearText)) unitText = carried.unit;
		const regionText = regionCol >= 0 ? textAt(sheet, r, regionCol, true) : '';

		if (isFootnote(first.text)) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'footnote'));
			continue;
		}
		const label = totalKind(unitText) ? unitText : [regionText, first.text].find((t) => totalKind(t) && !(unitText && isWholeArea(t)));
		if (label) {
			const total = totalKind(label)!;
			// The region a total sums: named in its label (环县合计, 小计（环县）), else its region cell.
			// A 小计 before any unit of its block (right under its group row) sums the units below it.
			const heads = total === 'subtotal' && unitsInBlock === 0;
			const scope = totalScope(label) || (regionText && !totalKind(regionText) ? normalizeUnit(regionText) : '') || (heads ? place : '');
			totals.total(r, total, scope, heads);
			// A total ends its block: the next block names its own region — unless the total heads its block (its region cell written on it, blank below).
			// A 小计 right under its group row (一、华池县) heads the same block.
			if (regionText && !totalKind(regionText)) place = normalizeUnit(regionText);
			else if (unitsInBlock > 0) place = '';
			unitsInBlock = 0;
			carried = null;
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', total === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		const yearRow = yearRowAt(sheet, r);
		if (yearRow !== null) {
			// Each year's block has its own totals: checked before the next year's rows start.
			totals.check(sheet, measureCols, out);
			totals = new TotalCheck(sheet.colCount);
			groupYear = yearRow;
			place = '';
			unitsInBlock = 0;
			carried = null;
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'year-row'));
			continue;
		}
		const group = groupRowAt(sheet, r, groupWhere);
		if (group) {
			place = group.place;
			unitsInBlock = 0;
			carried = null;
			if (group.subtotal) totals.total(r, 'subtotal', place, true);
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', group.subtotal ? 'subtotal-row' : 'group-row'));
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

		if (yearCol !== undefined) {
			// A cast, not a narrowing: TypeScript's flow analysis loses the loop's earlier assignments here.
			const held = carried as { unit: string; years: Set<string> } | null;
			carried = held?.unit === unitText ? held : { unit: unitText, years: new Set<string>() };
			carried.years.add(rowYearText);
		}
		unitsInBlock++;
		// A serial typed before the name (1.柔远镇, 2、悦乐镇) is no part of it.
		const unit = normalizeUnit(unitText.replace(SERIAL_BEFORE_NAME, ''));
		// A region cell written once over its block (no merge) holds for the rows below it too, up to a total row.
		if (regionText) place = normalizeUnit(regionText);
		const region = ctx.region ?? (place || regionFromUnitName(unit) || sheetRegion || regionFromFileName(ctx.file));
		const filedOn = (filedCol !== undefined ? parseFiledOn(cellAt(sheet, r, filedCol)?.value) : null) ?? above.filedOn;
		const rowYear = yearBlocks ? null : ctx.year ?? yearInCell ?? groupYear ?? titleYear ?? yearOfDate(filedOn) ?? nameYear;
		if (rowYear === null && !yearBlocks) yearUnknown = true;
		ledger.mark(r, unitCol, 'ignored', 'unit-name');
		if (regionCol >= 0 && cellAt(sheet, r, regionCol)) ledger.mark(r, regionCol, 'ignored', 'region-name');

		const key = `${region}|${unit}`;
		const activity = activityCol === undefined ? '' : textAt(sheet, r, activityCol, true).trim();
		// A unit's rows of several years (a 年度 column) or activities (a 台账) are no repeat.
		if (activityCol === undefined && seenUnits.has(`${key}|${rowYear}`))
			out.problems.push(problem('warning', 'row.duplicate-unit', `单位“${unit}”在本表中出现了不止一次。`, `Unit "${unit}" appears more than once in this table.`, { sheet: sheet.name, cell: cellAddress(r, unitCol) }));
		seenUnits.add(`${key}|${rowYear}`);
		// A unit in two tables of the sheet is one filing.
		for (const year of yearBlocks ? new Set(columnYears) : [rowYear]) {
			if (!filingKeys.has(`${key}|${year}`)) out.filings.push({ unit, region, year, filedOn, sheet: sheet.name });
			filingKeys.add(`${key}|${year}`);
		}

		totals.unit(place || (regionCol >= 0 ? '' : regionFromUnitName(unit)));
		// One origin for the row; only its cell (and a last-year column's year) changes per column (makeFact copies the fields).
		const origin = { sheet: sheet.name, cell: '', unit, region, year: rowYear, filedOn };
		for (let i = 0; i < columns.length; i++) {
			const col = columns[i];
			const cell = cellAt(sheet, r, col.col);
			if (!cell || cell.text.trim() === '' || col.col === unitCol || col.col === regionCol) continue;
			if (textLike[i]) {
				const isText = asNote[i];
				ledger.mark(r, col.col, isText ? 'text' : 'ignored', isText ? 'note' : col.role, isText ? cell.text.trim() : undefined);
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
			origin.year = ownYear[col.col] ?? (other === undefined ? rowYear : other);
			// Last year's figure beside this year's (2020年应急演练参与人次): that year's, and unmapped — never this year's twice.
			const match = other !== undefined ? null : activity ? matchIn(col, activity) : headerMatch[i];
			out.facts.push(numberFact(ctx, origin, match, activity ? `${activity}|${col.label}` : col.label, raw, n));
			ledger.mark(r, col.col, match ? 'fact' : 'unmapped', undefined, undefined, at);
		}
		row.forEach((c) => c && !headed[c.col] && c.col >= lo && c.col < hi && ledger.mark(r, c.col, 'ignored', 'no-header'));
	}

	totals.check(sheet, measureCols, out);
	if (yearUnknown || (titleYear === null && nameYear === null && filedCol === undefined && yearCol === undefined && groupYear === null && !yearBlocks))
		out.problems.push(problem('warning', 'year.unknown', '无法确定本表的年度，请在文件列表中指定。', 'The year of this table could not be determined; set it in the file list.', { sheet: sheet.name }));
}

/** Whether column c's body holds text and not a single number (dashes and blanks aside). */
function holdsOnlyText(sheet: Sheet, c: number, from: number, to: number): boolean {
	let text = false;
	for (let r = from; r < to; r++) {
		const cell = cellAt(sheet, r, c);
		if (!cell) continue;
		const t = cell.text.trim();
		if (!t || isDash(t)) continue;
		if (numberIn(cell)) return false;
		text = true;
	}
	return text;
}

/**
 * The column's metric when its cells carry one measure word its header lacks (应急演练 over 3场 | 2场): the
 * header matched with that measure, so the cells' own unit decides between siblings. undefined when they carry
 * none, or several, or the header states it already.
 */
function withCellMeasure(sheet: Sheet, col: Column, from: number, to: number): MetricMatch | null | undefined {
	const leaf = col.leaf ?? col.label;
	// A header stating its measure needs no look; a column's measure shows in its first rows.
	if (measureOf(leaf)) return undefined;
	let unit = '';
	for (let r = from; r < Math.min(to, from + 200); r++) {
		const m = measureTypedWith(cellAt(sheet, r, col.col)?.text ?? '');
		if (!m) continue;
		if (unit && unit !== m) return undefined;
		unit = m;
	}
	if (!unit || leaf.includes(unit)) return undefined;
	return matchMetric(`${leaf}（${unit}）`, col.group ?? '');
}

/** A table's title lines: in each, the text over its own columns (a merged title counts for every table under it), else the line's first. */
function titleText(sheet: Sheet, layout: Layout): string {
	const [lo, hi] = layout.colRange ?? [0, sheet.colCount];
	return layout.titleRows
		.map((r) => {
			for (let c = lo; c < Math.min(hi, sheet.colCount); c++) {
				const t = textAt(sheet, r, c, true);
				if (t) return t;
			}
			return textAt(sheet, r, sheet.rows[r]!.findIndex(Boolean));
		})
		.join(' ');
}
