import type { Family } from '../schema/types';
import type { Problem } from '../base/problem';
import type { FileFormat } from '../read/workbook';

/** 'ignored': the user's mapping profile leaves the label out — never summed, still listed. */
export type FactStatus = 'ok' | 'unmapped' | 'superseded' | 'ignored';

/**
 * One normalized number, flag or text, with everything a chart needs and
 * everything a clerk needs to defend it (file, sheet, cell, the text as written).
 */
export interface Fact {
	fileId: string;
	file: string;
	/** Sheet name ('' for CSV). */
	sheet: string;
	/** A1 address of the cell the value was read from. */
	cell: string;
	unit: string;
	region: string;
	year: number | null;
	/** 填报日期 as ISO `YYYY-MM-DD`, when the file states one. */
	filedOn: string | null;
	activityId: string | null;
	metricId: string | null;
	family: Family | null;
	/** Parsed number; null for a text fact. A blank slot is no fact at all. */
	value: number | null;
	/** 约200, 200余, 300多: the value is the number written, flagged approximate. */
	approx: boolean;
	text: string | null;
	/** The header or clause the value stood under, as written. */
	label: string;
	/** The raw source text of the value (the slot's content, or the cell's text). */
	raw: string;
	status: FactStatus;
	/** How sure the label → metric match is, 0..1 (1 for exact wording or a user decision). */
	confidence: number;
}

/**
 * What happened to each non-empty cell: it became facts, a kept text, an
 * unmapped item, or was ignored for a stated reason (header, 合计 row …).
 */
export type Disposition = 'fact' | 'text' | 'unmapped' | 'ignored';

export interface LedgerEntry {
	sheet: string;
	cell: string;
	disposition: Disposition;
	/** Why a cell was ignored, or what the text is (e.g. `header`, `total-row`, `note`, `title`). */
	reason?: string;
	/** The cell's text, for kept texts (notes, values that are no number) the user should see. */
	text?: string;
}

export type Shape = 'form' | 'wide' | 'long' | 'none';

/** One reporting unit's filing found in a file (a form, or one row of a wide table). */
export interface Filing {
	unit: string;
	region: string;
	year: number | null;
	filedOn: string | null;
	sheet: string;
	/** 联系人 and 电话 from the form's header line, when it names them (the 催报 list calls them). */
	contact?: string;
	phone?: string;
}

/** Everything read from one file. A file that could not be read has `error` and no facts. */
export interface FileResult {
	fileId: string;
	file: string;
	format: FileFormat | null;
	/** The shape recognized on each sheet that held data. */
	sheets: { name: string; shape: Shape; hidden: boolean }[];
	filings: Filing[];
	facts: Fact[];
	ledger: LedgerEntry[];
	problems: Problem[];
	error: Problem | null;
}
