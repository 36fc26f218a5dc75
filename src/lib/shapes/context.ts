import type { Fact, Filing, LedgerEntry } from '../facts/fact';
import type { Problem } from '../base/problem';

/** What a shape reader knows about the file it reads a sheet of. */
export interface FileContext {
	fileId: string;
	/** File name as the user sees it (path relative to the folder given, or the dropped file's name). */
	file: string;
	/** The user's decisions for this file, which win over what the file says. */
	region?: string;
	year?: number;
	/** The names of the workbook's sheets that are filled-in forms (several may be one per unit, each named on its tab). */
	formSheetNames?: string[];
}

/** What a shape reader returns for one sheet. */
export interface SheetOutput {
	facts: Fact[];
	ledger: LedgerEntry[];
	problems: Problem[];
	filings: Filing[];
}

export function emptyOutput(): SheetOutput {
	return { facts: [], ledger: [], problems: [], filings: [] };
}

/**
 * A reader's look at a sheet: how much it looks like the reader's shape (0..1), and the reading of what the
 * look found — the table's place and layout, found once, when the sheet was scored, not again to read it.
 */
export interface Look {
	score: number;
	read: (ctx: FileContext) => SheetOutput;
}
