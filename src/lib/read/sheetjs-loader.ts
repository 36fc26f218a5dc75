/**
 * SheetJS (~120 KB gzipped) on demand. The own reader (xlsx.ts) reads plain
 * .xlsx files; SheetJS is needed only for a legacy .xls, an HTML "xls", or an
 * .xlsx the own reader declines. Where it is needed and not loaded, the read
 * throws NotLoaded (on-demand.ts); in Node (tests, scripts; not the built CLI) it loads at import.
 */
import { LOAD_AT_IMPORT, onDemand } from './on-demand';

const part = onDemand('SheetJS', () => import('./sheetjs'));

/** Loads SheetJS (its own chunk in the browser build) once. */
export const loadSheetJS = part.load;
/** SheetJS when loaded; else throws NotLoaded. */
export const sheetJS = part.get;

if (LOAD_AT_IMPORT) await loadSheetJS();
