/**
 * SheetJS's number formatter (SSF) on demand, for the number formats the own
 * .xlsx reader does not write itself (number-format.ts keeps General and the
 * plain fixed and date patterns forms use). It is the same module sheetjs.ts
 * reads with, so in the browser build both share one chunk. Where a cell needs
 * it and it is not loaded, the read throws NotLoaded (on-demand.ts); in Node
 * (tests, scripts; not the built CLI) it loads at import.
 */
import { LOAD_AT_IMPORT, onDemand } from './on-demand';

/** The part of SSF used here (SheetJS types it as any). */
interface Ssf {
	format(fmt: string, v: number, opts: { date1904: boolean }): string;
}

const part = onDemand('SheetJS (number formats)', () => import('@e965/xlsx').then((m) => m.SSF as Ssf));

/** SSF when loaded; else throws NotLoaded. */
export const ssf = part.get;

if (LOAD_AT_IMPORT) await part.load();
