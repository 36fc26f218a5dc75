/** The part of fast-formula-parser (MIT, no types of its own) that formulas.ts uses. */
declare module 'fast-formula-parser' {
	export interface CellRef {
		sheet?: string;
		row: number;
		col: number;
	}
	export interface RangeRef {
		sheet?: string;
		from: { row: number; col: number };
		to: { row: number; col: number };
	}
	export class FormulaError {
		readonly error: string;
	}
	export default class FormulaParser {
		constructor(config: { onCell?: (ref: CellRef) => unknown; onRange?: (ref: RangeRef) => unknown[][]; onVariable?: (name: string) => unknown });
		parse(formula: string, position: { sheet: string; row: number; col: number }, allowReturnArray?: boolean): unknown;
		static FormulaError: typeof FormulaError;
	}
}
