/** A message about a file, a sheet or a cell, in Chinese and English. */
export type ProblemLevel = 'error' | 'warning' | 'info';

export interface Problem {
	level: ProblemLevel;
	/** Stable machine code, e.g. `read.corrupt`, `total.mismatch`. */
	code: string;
	zh: string;
	en: string;
	sheet?: string;
	cell?: string;
}

export function problem(level: ProblemLevel, code: string, zh: string, en: string, where: { sheet?: string; cell?: string } = {}): Problem {
	return { level, code, zh, en, ...where };
}

/** Thrown by readers for a file that cannot be read at all; the batch goes on. */
export class FileError extends Error {
	constructor(
		readonly code: string,
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh} / ${en}`);
	}
}

/** A validator's refusal of untrusted input (a mapping profile, a workspace file), in both languages. */
export class Refusal extends Error {
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(en);
	}
}

/** A plain JSON object (not null, not an array): the first thing every validator asks of its input. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
