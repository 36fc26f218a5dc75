/**
 * Formulas a workbook holds without their result (openpyxl, Apache POI and web
 * systems write `<f>SUM(B3:B9)</f>` with no `<v>` and leave Excel to compute on
 * opening): computed here over the workbook's own cells with fast-formula-parser
 * (MIT; arithmetic, SUM, ROUND, IF and ~280 other Excel functions). A formula it
 * cannot compute keeps no value and says why.
 */
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import { cellAddress, type CellValue, type Sheet } from './workbook';

/** A formula cell without a cached value, as the reader found it. */
export interface PendingFormula {
	sheet: number;
	row: number;
	col: number;
	formula: string;
}

export type FormulaOutcome =
	| { at: PendingFormula; value: number | string | boolean }
	| { at: PendingFormula; reason: { zh: string; en: string } };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Nested formulas (a total over subtotals over rows) deeper than this are a cycle or not worth it. */
const MAX_DEPTH = 64;

class Unresolved extends Error {
	constructor(readonly reason: { zh: string; en: string }) {
		super(reason.en);
	}
}

/** A cell's value as a formula sees it (a date as its serial day number). */
function formulaValue(v: CellValue | undefined): unknown {
	if (v === undefined) return null;
	if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
	return v;
}

/** Every pending formula computed where it can be, in the order given. */
export function computeFormulas(sheets: Sheet[], pending: PendingFormula[]): FormulaOutcome[] {
	const byName = new Map(sheets.map((s, i) => [s.name.toLowerCase(), i]));
	const pendingAt = new Map(pending.map((p) => [`${p.sheet}:${p.row}:${p.col}`, p]));
	const done = new Map<PendingFormula, FormulaOutcome>();
	const active = new Set<PendingFormula>();
	// One parser per depth: a parser's state belongs to the formula it is reading, and a
	// formula that refers to another uncomputed one computes that one first.
	const parsers: FormulaParser[] = [];
	let depth = 0;

	const sheetIndex = (name: string | undefined, from: number): number => {
		if (name === undefined) return from;
		const i = byName.get(name.toLowerCase());
		if (i === undefined) throw new Unresolved({ zh: `引用了其他工作簿或不存在的工作表“${name}”`, en: `it refers to another workbook or a missing sheet "${name}"` });
		return i;
	};
	const valueAt = (s: number, row: number, col: number): unknown => {
		const p = pendingAt.get(`${s}:${row}:${col}`);
		if (p) {
			const o = evaluate(p);
			if ('reason' in o) throw new Unresolved({ zh: `它引用的 ${sheets[s].name}!${cellAddress(row, col)} 也无法计算`, en: `the cell it refers to, ${sheets[s].name}!${cellAddress(row, col)}, cannot be computed either` });
			return o.value;
		}
		return formulaValue(sheets[s].rows[row]?.[col]?.value);
	};
	/** The sheet of the formula being read at each depth (a reference without a sheet is on it). */
	const current: number[] = [];
	const parserAt = (d: number): FormulaParser =>
		(parsers[d] ??= new FormulaParser({
			onCell: (ref: CellRef) => valueAt(sheetIndex(ref.sheet, current[d]), ref.row - 1, ref.col - 1),
			onRange: (ref: RangeRef) => {
				const s = sheetIndex(ref.sheet, current[d]);
				// A whole column (A:A) stops at the sheet's last row.
				const lastRow = Math.max(ref.from.row, Math.min(ref.to.row, sheets[s].rows.length));
				const lastCol = Math.max(ref.from.col, Math.min(ref.to.col, sheets[s].colCount));
				const out: unknown[][] = [];
				for (let r = ref.from.row; r <= lastRow; r++) {
					const row: unknown[] = [];
					for (let c = ref.from.col; c <= lastCol; c++) row.push(valueAt(s, r - 1, c - 1));
					out.push(row);
				}
				return out;
			}
		}));

	function evaluate(p: PendingFormula): FormulaOutcome {
		const known = done.get(p);
		if (known) return known;
		let outcome: FormulaOutcome;
		if (active.has(p) || depth >= MAX_DEPTH) outcome = { at: p, reason: { zh: '公式循环引用', en: 'the formula refers to itself' } };
		else {
			active.add(p);
			current[depth] = p.sheet;
			const parser = parserAt(depth++);
			try {
				outcome = toOutcome(p, parser.parse(p.formula.replace(/^=/, ''), { sheet: sheets[p.sheet].name, row: p.row + 1, col: p.col + 1 }));
			} catch (e) {
				// The parser wraps what its callbacks throw: an Unresolved comes back as the error's details.
				const inner = e instanceof Unresolved ? e : (e as { details?: unknown } | null)?.details;
				outcome = { at: p, reason: inner instanceof Unresolved ? inner.reason : reasonOf(e, p.formula) };
			} finally {
				depth--;
				active.delete(p);
			}
		}
		done.set(p, outcome);
		return outcome;
	}
	return pending.map(evaluate);
}

function toOutcome(at: PendingFormula, v: unknown): FormulaOutcome {
	if (v instanceof FormulaParser.FormulaError) return { at, reason: { zh: `结果为错误值 ${v.error}`, en: `its result is the error ${v.error}` } };
	if (typeof v === 'number') return Number.isFinite(v) ? { at, value: Number(v.toPrecision(15)) } : { at, reason: { zh: '结果不是有限的数', en: 'its result is not a finite number' } };
	if (typeof v === 'string' || typeof v === 'boolean') return { at, value: v };
	if (v === null || v === undefined) return { at, value: 0 };
	return { at, reason: { zh: '结果不是单个值', en: 'its result is not a single value' } };
}

function reasonOf(e: unknown, formula: string): { zh: string; en: string } {
	// [1]Sheet1!A1, '[年报.xlsx]汇总'!B3: a link to another workbook, whose cells this file does not hold.
	if (/\[[^\]]+\][^!]*!/.test(formula)) return { zh: '引用了其他工作簿', en: 'it refers to another workbook' };
	const message = e instanceof Error ? e.message : String(e);
	const fn = /Function (\w+) is not implemented/.exec(message);
	if (fn) return { zh: `函数 ${fn[1]} 无法在此计算`, en: `the function ${fn[1]} cannot be computed here` };
	return { zh: '公式无法解析', en: 'the formula could not be parsed' };
}
