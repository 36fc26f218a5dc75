import type { Sheet } from '../read/workbook';
import type { Shape } from '../facts/fact';
import type { FileContext, SheetOutput } from './context';
import { formScore, readFormSheet } from './form/index';
import { wideScore, readWideSheet } from './wide';
import { longScore, readLongSheet } from './long';
import { transposedScore, readTransposedSheet } from './transposed';

const READERS: { shape: Exclude<Shape, 'none'>; score: (s: Sheet) => number; read: (s: Sheet, ctx: FileContext) => SheetOutput }[] = [
	{ shape: 'form', score: formScore, read: readFormSheet },
	{ shape: 'long', score: longScore, read: readLongSheet },
	{ shape: 'wide', score: wideScore, read: readWideSheet },
	// Units as columns, metrics as rows: the wide table of its transpose.
	{ shape: 'wide', score: transposedScore, read: readTransposedSheet }
];

/** A sheet must look at least this much like a shape to be read as one. */
const MIN_SCORE = 0.5;

/** Which shape a sheet is, and its reader; 'none' when it holds no table we know. */
export function recognizeSheet(sheet: Sheet): { shape: Shape; read?: (s: Sheet, ctx: FileContext) => SheetOutput } {
	let best: (typeof READERS)[number] | null = null;
	let bestScore = MIN_SCORE;
	for (const r of READERS) {
		const s = r.score(sheet);
		if (s >= bestScore && (!best || s > bestScore)) {
			best = r;
			bestScore = s;
		}
	}
	return best ? { shape: best.shape, read: best.read } : { shape: 'none' };
}
