/**
 * Shape C: a long table (CSV or sheet) — year, region, unit, activity,
 * metric, value — one number per row. The metric is named by 活动 + 指标 together.
 */
import type { Sheet } from '../read/workbook';
import { cellAddress, cellAt, textAt } from '../read/workbook';
import type { FileContext, SheetOutput } from './context';
import { emptyOutput } from './context';
import { columnRole, isFootnote, totalKind, type ColumnRole } from './columns';
import { parseNumber } from './numbers';
import { matchMetric, type MetricMatch } from '../schema/match';
import { numberFact } from './make-fact';
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
	for (let r = 0; r <= header.row; r++) sheet.rows[r]?.forEach((c) => c && ledger.mark(r, c.col, 'ignored', r === header.row ? 'header' : 'title'));

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
		const unitText = at(r, 'unit');
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
		const year = ctx.year ?? yearFromText(at(r, 'year')) ?? fileYear;
		const filedOn = roles['filed-on'] !== undefined ? parseFiledOn(cellAt(sheet, r, roles['filed-on'])?.value) : null;
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
		const n = typeof valueCell?.value === 'number' ? { value: valueCell.value, approx: false } : parseNumber(raw);
		if (!n) {
			ledger.mark(r, valueCol, 'text', 'not-a-number', raw);
			out.problems.push(problem('warning', 'value.not-a-number', `${cell} 的“${raw}”不是数字，作为文字保留。`, `"${raw}" in ${cell} is not a number; kept as text.`, { sheet: sheet.name, cell }));
			continue;
		}
		const key = `${activity}\u0000${metricName}`;
		if (!matches.has(key)) matches.set(key, matchMetric(metricName, activity));
		const match = matches.get(key)!;
		out.facts.push(numberFact(ctx, { sheet: sheet.name, cell, unit, region, year, filedOn }, match, label, raw, n));
		ledger.mark(r, valueCol, match ? 'fact' : 'unmapped');
		filings.set(`${region}|${unit}|${year}`, { unit, region, year, filedOn });
	}
	out.filings = [...filings.values()].map((f) => ({ ...f, sheet: sheet.name }));
	out.ledger = ledger.list();
	return out;
}
