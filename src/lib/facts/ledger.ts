import type { Disposition, LedgerEntry } from './fact';
import type { Sheet } from '../read/workbook';
import { cellAddress, cellsOf } from '../read/workbook';

/**
 * Accounts for the non-empty cells a reader used, each once (the first claim
 * wins). The pipeline then runs `completeLedger`, which files every cell
 * nobody claimed as ignored with a visible reason, so nothing is silently lost.
 */
export class SheetLedger {
	private readonly entries: LedgerEntry[] = [];
	/**
	 * claimed[row][col]: plain arrays per row rather than one Map of 400,000
	 * keys (which a big table spends most of its ledger time rehashing). A row
	 * claimed far to the right only is stored sparsely by the engine.
	 */
	private readonly claimed: (true | undefined)[][] = [];
	constructor(private readonly sheet: Sheet) {}

	/** `address`: the cell's A1 address when the caller has it already (one string shared with the fact). */
	mark(row: number, col: number, disposition: Disposition, reason?: string, text?: string, address?: string): void {
		const claimedRow = (this.claimed[row] ??= []);
		if (claimedRow[col]) return;
		const c = this.sheet.rows[row]?.[col];
		if (!c || c.text.trim() === '') return; // the ledger is about non-empty cells
		const entry: LedgerEntry = { sheet: this.sheet.name, cell: address ?? cellAddress(row, col), disposition };
		if (reason) entry.reason = reason;
		if (text) entry.text = text;
		claimedRow[col] = true;
		this.entries.push(entry);
	}

	has(row: number, col: number): boolean {
		return this.claimed[row]?.[col] === true;
	}

	list(): LedgerEntry[] {
		return this.entries.slice();
	}
}

function nonEmptyCount(sheet: Sheet): number {
	let n = 0;
	for (const row of sheet.rows) if (row) for (const c of row) if (c && c.text.trim() !== '') n++;
	return n;
}

/**
 * Completes a reader's ledger: unclaimed cells become ignored with a reason,
 * duplicates collapse. Readers claim each non-empty cell at most once, so a
 * ledger as long as the sheet has non-empty cells is already complete.
 */
export function completeLedger(sheet: Sheet, entries: LedgerEntry[], reasonForRest = 'outside-table'): LedgerEntry[] {
	if (entries.length === nonEmptyCount(sheet) && entries.every((e) => e.sheet === sheet.name)) return entries;
	const seen = new Map<string, LedgerEntry>();
	for (const e of entries) if (e.sheet === sheet.name && !seen.has(e.cell)) seen.set(e.cell, e);
	for (const c of cellsOf(sheet)) {
		const cell = cellAddress(c.row, c.col);
		if (!seen.has(cell)) seen.set(cell, { sheet: sheet.name, cell, disposition: 'ignored', reason: reasonForRest });
	}
	return [...seen.values()];
}
