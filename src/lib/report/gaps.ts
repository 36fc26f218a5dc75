/**
 * Completeness in the figures: a unit table can list the roster units that
 * sent nothing readable as rows of blanks marked 未报 — a gap, never a 0 —
 * so a reader sees who is missing beside who reported little. The totals do
 * not change (nothing is added to them).
 */
import type { SummaryTable } from './summary';
import type { Unreported } from '../query/gaps';

/** `table` (a by-unit table) with a blank row per roster unit unreported in one of its years and not already a row. */
export function withUnreportedUnits(table: SummaryTable, unreported: readonly Unreported[], mark = '未报'): SummaryTable {
	if (table.dim !== 'unit') return table;
	const years = new Set(table.years.filter((y): y is number => y !== null));
	const present = new Set(table.rows.map((r) => r.key));
	const added = new Set<string>();
	const rows = [...table.rows];
	for (const u of unreported) {
		if (!years.has(u.year) || present.has(u.unit) || added.has(u.unit)) continue;
		added.add(u.unit);
		rows.push({ key: u.unit, label: `${u.unit}（${mark}）`, values: table.years.map(() => null), total: null, change: { abs: null, pct: null }, gap: true });
	}
	return added.size ? { ...table, rows } : table;
}

/** Every table with its 未报 rows (by-unit tables only; none when `unreported` is empty). */
export const withGaps = (tables: SummaryTable[], unreported: readonly Unreported[] = []): SummaryTable[] => (unreported.length ? tables.map((t) => withUnreportedUnits(t, unreported)) : tables);
