/** Shape B, two years stacked under one header: a row naming only its year heads each year's rows. */
import type { Sheet } from '../../read/workbook';
import { yearLabel } from '../../facts/year';

/**
 * A row naming only a year over the rows under it (two years stacked in one table): the year of every unit
 * below it, up to the next such row. It carries no figures; it is no unit.
 */
export function yearRowAt(sheet: Sheet, r: number): number | null {
	// The year is the row's only text, in whichever column it was typed (or merged across from).
	const cells = (sheet.rows[r] ?? []).filter((c) => c && c.text.trim() !== '');
	if (cells.length !== 1 || typeof cells[0]!.value !== 'string') return null;
	return yearLabel(cells[0]!.text);
}
