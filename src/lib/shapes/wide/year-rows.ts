/** Shape B, two years stacked under one header: a row naming only its year heads each year's rows. */
import type { Cell, Sheet } from '../../read/workbook';
import { yearLabel } from '../../facts/year';

/**
 * A row naming only a year over the rows under it (two years stacked in one table): the year of every unit
 * below it, up to the next such row. It carries no figures; it is no unit.
 */
export function yearRowAt(sheet: Sheet, r: number): number | null {
	// The year is the row's only text, in whichever column it was typed (or merged across from).
	// Asked of every row of a table: a second text ends the look (no list of the row's cells is made).
	const row = sheet.rows[r];
	if (!row) return null;
	let only: Cell | undefined;
	for (const c of row) {
		if (!c || c.text.trim() === '') continue;
		if (only) return null;
		only = c;
	}
	if (!only || typeof only.value !== 'string') return null;
	return yearLabel(only.text);
}
