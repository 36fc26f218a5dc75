/**
 * A read file split in two: the digest the page keeps (names, sheets,
 * filings, problems, the ledger's counts — small) and its facts, packed, which
 * only the model worker keeps. The ledger itself (one entry per non-empty
 * cell) is summarized where the file was read and not sent further.
 */
import type { FileResult } from '../facts/fact';
import { ledgerSummary, type LedgerSummary } from '../facts/ledger-summary';
import { packFacts, unpackFacts, type PackedFacts } from './pack';

export type FileDigest = Omit<FileResult, 'facts' | 'ledger'> & {
	/** The ledger's account of every non-empty cell, counted. */
	ledgerSummary: LedgerSummary;
};

export interface ReadFile {
	digest: FileDigest;
	packed: PackedFacts;
}

export function splitResult(result: FileResult): ReadFile {
	const { facts, ledger: _ledger, ...rest } = result;
	return { digest: { ...rest, ledgerSummary: ledgerSummary(result) }, packed: packFacts(facts) };
}

/** A FileResult again, for the steps that take one (filings, mapping, checks); the ledger is not needed there. */
export function joinResult(file: ReadFile): FileResult {
	const { ledgerSummary: _summary, ...rest } = file.digest;
	return { ...rest, facts: unpackFacts(file.packed), ledger: [] };
}
