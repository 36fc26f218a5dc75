/**
 * The per-file account of "nothing lost": how many non-empty cells were read
 * and what became of each (facts, kept texts, unmapped items, ignored with a
 * reason). The counts of the four dispositions add up to the cells read.
 */
import type { FileResult, LedgerEntry } from './fact';
import type { Sheet } from '../read/workbook';
import { cellAddress, cellsOf } from '../read/workbook';

export interface LedgerSummary {
	/** Non-empty cells read (ledger entries). */
	cells: number;
	/** Cells that became facts … */
	factCells: number;
	/** … and the facts they hold (a form's 进展情况 cell holds many). */
	facts: number;
	/** Cells kept as text (notes, values that are no number). */
	texts: number;
	/** Cells whose label matched no metric (a to-do for the user). */
	unmapped: number;
	/** Cells ignored, in all … */
	ignored: number;
	/** … and by reason (`header`, `total-row`, `hidden-sheet`, `blank` …). */
	ignoredByReason: Record<string, number>;
	/** Facts by status (ok, unmapped, superseded, ignored) as the reader produced them. */
	factsByStatus: Record<string, number>;
}

export function ledgerSummary(result: Pick<FileResult, 'ledger' | 'facts'>): LedgerSummary {
	const s: LedgerSummary = { cells: 0, factCells: 0, facts: result.facts.length, texts: 0, unmapped: 0, ignored: 0, ignoredByReason: {}, factsByStatus: {} };
	for (const e of result.ledger) {
		s.cells++;
		switch (e.disposition) {
			case 'fact':
				s.factCells++;
				break;
			case 'text':
				s.texts++;
				break;
			case 'unmapped':
				s.unmapped++;
				break;
			case 'ignored': {
				s.ignored++;
				const reason = e.reason ?? 'unspecified';
				s.ignoredByReason[reason] = (s.ignoredByReason[reason] ?? 0) + 1;
				break;
			}
		}
	}
	for (const f of result.facts) s.factsByStatus[f.status] = (s.factsByStatus[f.status] ?? 0) + 1;
	return s;
}

/** Non-empty cells of a sheet that have no ledger entry (should be none). */
export function unaccountedCells(sheet: Sheet, ledger: LedgerEntry[]): string[] {
	const listed = new Set(ledger.filter((e) => e.sheet === sheet.name).map((e) => e.cell));
	const out: string[] = [];
	for (const c of cellsOf(sheet)) {
		const cell = cellAddress(c.row, c.col);
		if (!listed.has(cell)) out.push(cell);
	}
	return out;
}

/** Cells listed more than once (`sheet!A1`), and entries for cells that are empty or absent (should be none). */
export function ledgerDefects(sheets: Sheet[], ledger: LedgerEntry[]): { duplicated: string[]; notACell: string[] } {
	const nonEmpty = new Set<string>();
	for (const sheet of sheets) for (const c of cellsOf(sheet)) nonEmpty.add(`${sheet.name}!${cellAddress(c.row, c.col)}`);
	const seen = new Set<string>();
	const duplicated: string[] = [];
	const notACell: string[] = [];
	for (const e of ledger) {
		const at = `${e.sheet}!${e.cell}`;
		if (seen.has(at)) duplicated.push(at);
		seen.add(at);
		if (!nonEmpty.has(at)) notACell.push(at);
	}
	return { duplicated, notACell };
}
