/**
 * The Word reader (docx.ts) on demand: only a Word file needs it, so it is not
 * in the parse worker's first chunk. prepareRead loads it for a Word file; a
 * read before then throws NotLoaded (on-demand.ts). In Node (tests, scripts; not the built CLI) it loads at import.
 */
import { LOAD_AT_IMPORT, onDemand } from './on-demand';

const part = onDemand('The Word reader', () => import('./docx'));

/** Loads the Word reader (its own chunk in the browser build) once. */
export const loadWordReader = part.load;
/** The Word reader when loaded; else throws NotLoaded. */
export const wordReader = part.get;

if (LOAD_AT_IMPORT) await loadWordReader();
