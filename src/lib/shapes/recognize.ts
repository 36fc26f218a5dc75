import type { Sheet } from '../read/workbook';
import type { Shape } from '../facts/fact';
import type { FileContext, Look, SheetOutput } from './context';
import { FORM_MAX_SCORE, lookAtForm } from './form/index';
import { WIDE_MAX_SCORE, lookAtWide } from './wide';
import { LONG_SCORE, lookAtLong } from './long';
import { TRANSPOSED_SCORE, lookAtTransposed } from './transposed';

/** Each shape's look at a sheet, in the order they are asked (a later one must score higher to win), and the highest score it can give. */
const READERS: { shape: Exclude<Shape, 'none'>; look: (s: Sheet) => Look | null; maxScore: number }[] = [
	{ shape: 'form', look: lookAtForm, maxScore: FORM_MAX_SCORE },
	{ shape: 'long', look: lookAtLong, maxScore: LONG_SCORE },
	{ shape: 'wide', look: lookAtWide, maxScore: WIDE_MAX_SCORE },
	// Units as columns, metrics as rows: the wide table of its transpose.
	{ shape: 'wide', look: lookAtTransposed, maxScore: TRANSPOSED_SCORE }
];

/** A sheet must look at least this much like a shape to be read as one. */
const MIN_SCORE = 0.5;

/**
 * Which shape a sheet is, and the reading of what its reader found when it scored the sheet; 'none' when it
 * holds no table we know. A reader that cannot score above the best so far is not asked (a form that scored
 * 1 is never looked at as a wide table).
 */
export function recognizeSheet(sheet: Sheet): { shape: Shape; read?: (ctx: FileContext) => SheetOutput } {
	let best: { shape: Exclude<Shape, 'none'>; look: Look } | null = null;
	let bestScore = MIN_SCORE;
	for (const r of READERS) {
		if (best ? r.maxScore <= bestScore : r.maxScore < bestScore) continue;
		const look = r.look(sheet);
		if (look && look.score >= bestScore && (!best || look.score > bestScore)) {
			best = { shape: r.shape, look };
			bestScore = look.score;
		}
	}
	return best ? { shape: best.shape, read: best.look.read } : { shape: 'none' };
}
