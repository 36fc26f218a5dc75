/**
 * The CSV reader (csv.ts with papaparse) on demand: only a CSV or text file needs it. prepareRead
 * loads it for one; a read before then throws NotLoaded (on-demand.ts). In Node (tests, scripts;
 * not the built CLI) it loads at import.
 */
import { LOAD_AT_IMPORT, onDemand } from './on-demand';

const part = onDemand('The CSV reader', () => import('./csv'));

export const loadCsvReader = part.load;
/** The CSV reader when loaded; else throws NotLoaded. */
export const csvReader = part.get;

if (LOAD_AT_IMPORT) await loadCsvReader();
