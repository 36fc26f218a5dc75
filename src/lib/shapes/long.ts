/**
 * Shape C: a long table (CSV or sheet) — year, region, unit, activity,
 * metric, value — one number per row. The metric is named by 活动 + 指标 together.
 * A table of one unit (our collection template) may state 填报单位 / 年度 /
 * 填报日期 once, in lines above its header, instead of in columns.
 */
import type { Sheet } from '../read/workbook';
import { cellAddress, cellAt, textAt } from '../read/workbook';
import type { FileContext, SheetOutput } from './context';
import { emptyOutput } from './context';
import { columnRole, isFootnote, totalKind, type ColumnRole } from './columns';
import { isDash, parseNumber } from './numbers';
import { matchMetric, type MetricMatch } from '../schema/match';
import { makeFact, numberFact } from './make-fact';
import { readHeader } from './form/header';
import { SheetLedger } from '../facts/ledger';
import { normalizeUnit } from '../facts/unit';
import { regionFromFileName, regionFromUnitName } from '../facts/region';
import { parseFiledOn, yearFromText } from '../facts/year';
import { problem } from '../facts/problem';

const MAX_HEADER_SCAN = 10;

type Roles = Partial<Record<ColumnRole, number>>;

function findHeader(sheet: Sheet): { row: number; roles: Roles } | null {
	for (let r = 0; r < Math.min(sheet.rows.length, MAX_HEADER_SCAN); r++) {
		const roles: Roles = {};
		sheet.rows[r]?.forEach((c) => {
			if (!c) return;
			const role = columnRole(c.text);
			if (role !== 'measure' && roles[role] === undefined) roles[role] = c.col;
		});
		if (roles['metric-name'] !== undefined && roles.value !== undefined) return { row: r, roles };
	}
	return null;
}

export function longScore(sheet: Sheet): number {
	return findHeader(sheet) ? 0.9 : 0;
}

export function readLongSheet(sheet: Sheet, ctx: FileContext): SheetOutput {
	const out = emptyOutput();
	const header = findHeader(sheet);
	if (!header) return out;
	const ledger = new SheetLedger(sheet);
	const { roles } = header;
	const at = (r: number, role: ColumnRole) => (roles[role] === undefined ? '' : textAt(sheet, r, roles[role]!));

	// Filing lines above the header: the defaults for rows whose columns do not say.
	const above = readHeader(sheet, [...Array(header.row).keys()]);
	for (const c of above.fieldCells) ledger.mark(c.row, c.col, 'ignored', 'filing-info');
	for (let r = 0; r <= header.row; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', r === header.row ? 'header' : 'title'));
	const stated = { unit: normalizeUnit(above.unit), year: above.year ?? above.titleYear, filedOn: above.filedOn };

	const matches = new Map<string, MetricMatch | null>();
	const filings = new Map<string, { unit: string; region: string; year: number | null; filedOn: string | null }>();
	const fileYear = yearFromText(ctx.file);

	for (let r = header.row + 1; r < sheet.rows.length; r++) {
		const row = sheet.rows[r];
		if (!row || !row.some(Boolean)) continue;
		const first = row.find(Boolean)!;
		if (isFootnote(first.text)) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'footnote'));
			continue;
		}
		const unitText = at(r, 'unit') || stated.unit;
		const total = totalKind(unitText) ?? totalKind(at(r, 'region'));
		if (total) {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', total === 'subtotal' ? 'subtotal-row' : 'total-row'));
			continue;
		}
		if (columnRole(at(r, 'metric-name')) === 'metric-name') {
			row.forEach((c) => c && ledger.mark(r, c.col, 'ignored', 'header-repeat'));
			continue;
		}
		const valueCol = roles.value!;
		const valueCell = cellAt(sheet, r, valueCol);
		const raw = valueCell ? valueCell.text.trim() : '';
		const cell = cellAddress(r, valueCol);
		// The other columns of the row are its keys (who, when, what).
		row.forEach((c) => c && c.col !== valueCol && ledger.mark(r, c.col, 'ignored', 'key'));
		if (!raw) continue; // an empty 数值 is no fact

		const unit = normalizeUnit(unitText);
		const region = ctx.region ?? (normalizeUnit(at(r, 'region')) || regionFromUnitName(unit) || regionFromFileName(ctx.file));
		const year = ctx.year ?? yearFromText(at(r, 'year')) ?? stated.year ?? fileYear;
		const filedOn = (roles['filed-on'] !== undefined ? parseFiledOn(cellAt(sheet, r, roles['filed-on'])?.value) : null) ?? stated.filedOn;
		const activity = at(r, 'activity');
		let metricName = at(r, 'metric-name');
		const measureUnit = at(r, 'measure-unit');
		if (measureUnit && !metricName.includes(measureUnit)) metricName = `${metricName}（${measureUnit}）`;
		const label = activity ? `${activity}|${metricName}` : metricName;

		if (!unit) {
			ledger.mark(r, valueCol, 'ignored', 'no-unit');
			out.problems.push(problem('warning', 'row.no-unit', `第 ${r + 1} 行没有单位名称，未计入。`, `Row ${r + 1} has no unit name; not counted.`, { sheet: sheet.name, cell }));
			continue;
		}
		filings.set(`${region}|${unit}|${year}`, { unit, region, year, filedOn });
		const key = `${activity}\u0000${metricName}`;
		if (!matches.has(key)) matches.set(key, matchMetric(metricName, activity));
		const match = matches.get(key)!;
		const origin = { sheet: sheet.name, cell, unit, region, year, filedOn };
		if (match?.family === 'T') {
			out.facts.push(makeFact(ctx, origin, match, label, raw, { value: null, approx: false, text: raw }));
			ledger.mark(r, valueCol, 'text');
			continue;
		}
		const n = match?.family === 'F' ? yesNo(valueCell?.value, raw) : typeof valueCell?.value === 'number' ? { value: valueCell.value, approx: false } : parseNumber(raw);
		if (!n && isDash(raw)) {
			ledger.mark(r, valueCol, 'ignored', 'empty-slots');
			continue;
		}
		if (!n) {
			ledger.mark(r, valueCol, 'text', 'not-a-number', raw);
			out.problems.push(problem('warning', 'value.not-a-number', `${cell} 的“${raw}”不是数字，作为文字保留。`, `"${raw}" in ${cell} is not a number; kept as text.`, { sheet: sheet.name, cell }));
			continue;
		}
		out.facts.push(numberFact(ctx, origin, match, label, raw, n));
		ledger.mark(r, valueCol, match ? 'fact' : 'unmapped');
	}
	out.filings = [...filings.values()].map((f) => ({ ...f, sheet: sheet.name }));
	out.ledger = ledger.list();
	return out;
}

/** A yes/no metric's value: 是/√/1 → 1, 否/×/0 → 0; anything else is no answer. */
function yesNo(value: unknown, raw: string): { value: number; approx: boolean } | null {
	if (value === 1 || value === true || /^(是|√|✓|✔|☑|有|yes|y)$/i.test(raw)) return { value: 1, approx: false };
	if (value === 0 || value === false || /^(否|×|✗|✘|没有|无|no|n)$/i.test(raw)) return { value: 0, approx: false };
	return null;
}
