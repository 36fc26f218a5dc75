/**
 * The formula engine (formulas.ts with fast-formula-parser, its own chunk in the
 * browser build) on demand: only a workbook with formulas that carry no result needs it.
 */
import type * as FormulasModule from './formulas';
import { IN_NODE, NotLoaded } from './on-demand';

let loaded: typeof FormulasModule | null = null;
let loading: Promise<typeof FormulasModule> | null = null;

export function loadFormulaEngine(): Promise<typeof FormulasModule> {
	loading ??= import('./formulas').then((m) => (loaded = m));
	return loading;
}

/** The engine when loaded; else throws NotLoaded (the caller loads it and reads again). */
export function formulaEngine(): typeof FormulasModule {
	if (!loaded) throw new NotLoaded('The formula engine is needed to read this file and is not loaded yet', loadFormulaEngine);
	return loaded;
}

if (IN_NODE) await loadFormulaEngine();
