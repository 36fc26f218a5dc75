/**
 * The formula engine (formulas.ts with fast-formula-parser, its own chunk in the
 * browser build) on demand: only a workbook with formulas that carry no result needs it.
 */
import { LOAD_AT_IMPORT, onDemand } from './on-demand';

const part = onDemand('The formula engine', () => import('./formulas'));

export const loadFormulaEngine = part.load;
/** The engine when loaded; else throws NotLoaded (the caller loads it and reads again). */
export const formulaEngine = part.get;

if (LOAD_AT_IMPORT) await loadFormulaEngine();
