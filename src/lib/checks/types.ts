/**
 * A check is a warning or a note about the data a user should look at before
 * trusting a figure: it says what is wrong (zh + en, naming the unit, file and
 * cell), the rule that found it (so the UI can answer "why"), and where.
 */
export type CheckLevel = 'warning' | 'info';

export type CheckCode =
	| 'participants.below-sessions'
	| 'value.negative'
	| 'value.outlier'
	| 'value.implausible'
	| 'total.mismatch'
	| 'filing.same-date'
	| 'year.unknown'
	| 'unit.similar';

export interface Text {
	zh: string;
	en: string;
}

/** A place in a file a check is about: usually a fact's cell, or a 合计 cell, or a whole filing. */
export interface CheckSource {
	fileId: string;
	file: string;
	sheet: string;
	/** A1 address; '' when the check is about a whole sheet. */
	cell: string;
	/** The value there, when the check is about a number. */
	value?: number | null;
	/** The metric of the fact there, when there is one. */
	metricId?: string | null;
}

export interface Check {
	code: CheckCode;
	level: CheckLevel;
	/** Stable identity (code + where), for remembering that a user has seen or dismissed it. */
	key: string;
	zh: string;
	en: string;
	/** The rule that found it, stated in words. */
	rule: Text;
	unit?: string;
	region?: string;
	year?: number | null;
	sources: CheckSource[];
}
