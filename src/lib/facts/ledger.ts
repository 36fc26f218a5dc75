import type { Disposition, LedgerEntry } from './fact';
import type { Sheet } from '../read/workbook';
import { cellAddress, cellsOf } from '../read/workbook';

/**
 * Accounts for the cells a reader used, each once. The pipeline then runs
 * `completeLedger`, which files every cell nobody claimed as ignored with a
 * visible reason, so nothing is silently lost.
 */
export class SheetLedger {
	private readonly entries = new Map<string, LedgerEntry>();
	constructor(private readonly sheet: Sheet) {}

	mark(row: number, col: number, disposition: Disposition, reason?: string, text?: string): void {
		const cell = cellAddress(row, col);
		if (this.entries.has(cell)) return; // first claim wins: a cell is counted once
		this.entries.set(cell, { sheet: this.sheet.name, cell, disposition, ...(reason ? { reason } : {}), ...(text ? { text } : {}) });
	}

	has(row: number, col: number): boolean {
		return this.entries.has(cellAddress(row, col));
	}

	list(): LedgerEntry[] {
		return [...this.entries.values()];
	}
}

/** Completes a reader's ledger: unclaimed cells become ignored with a reason, duplicates collapse. */
export function completeLedger(sheet: Sheet, entries: LedgerEntry[], reasonForRest = 'outside-table'): LedgerEntry[] {
	const seen = new Map<string, LedgerEntry>();
	for (const e of entries) if (e.sheet === sheet.name && !seen.has(e.cell)) seen.set(e.cell, e);
	for (const c of cellsOf(sheet)) {
		const cell = cellAddress(c.row, c.col);
		if (!seen.has(cell)) seen.set(cell, { sheet: sheet.name, cell, disposition: 'ignored', reason: reasonForRest });
	}
	return [...seen.values()];
}
