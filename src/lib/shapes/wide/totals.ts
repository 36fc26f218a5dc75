/** Shape B, the totals check: a 小计/合计 row is no unit, its figures are checked against the rows it sums. */
import type { Sheet } from '../../read/workbook';
import { cellAddress } from '../../read/workbook';
import type { SheetOutput } from '../context';
import { problem } from '../../base/problem';
import { cellNumber, type Column } from './layout';

/**
 * Checks 小计/合计 rows wherever they stand (top or bottom of their block): a
 * grand total against all units of the table, a region's total against that
 * region's units, a total naming no region we know against the units between
 * it and the total row above (or, when none are, below) it.
 */
export class TotalCheck {
	private readonly all: Float64Array;
	private readonly byPlace = new Map<string, Float64Array>();
	private readonly segments: { sums: Float64Array; units: number }[] = [];
	private readonly rows: { row: number; kind: 'subtotal' | 'total'; scope: string; segment: number; above: boolean }[] = [];
	private place: Float64Array;
	private segment: { sums: Float64Array; units: number };

	constructor(private readonly width: number) {
		this.all = new Float64Array(width);
		this.place = this.all;
		this.segment = this.newSegment();
	}

	private newSegment() {
		const s = { sums: new Float64Array(this.width), units: 0 };
		this.segments.push(s);
		return s;
	}

	/** A unit row starts; `place` is its region. */
	unit(place: string): void {
		let sums = this.byPlace.get(place);
		if (!sums) this.byPlace.set(place, (sums = new Float64Array(this.width)));
		this.place = sums;
		this.segment.units++;
	}

	add(col: number, value: number): void {
		this.all[col] += value;
		this.place[col] += value;
		this.segment.sums[col] += value;
	}

	/** A total row; `above` when it heads its block (a group row with figures): it sums the units below it. */
	total(row: number, kind: 'subtotal' | 'total', scope: string, above = false): void {
		this.rows.push({ row, kind, scope, segment: this.segments.length - 1, above });
		this.segment = this.newSegment();
	}

	private sumsOf(t: TotalCheck['rows'][number]): Float64Array {
		if (t.kind === 'total' && !t.scope) return this.all;
		const place = t.scope ? this.byPlace.get(t.scope) : undefined;
		if (place) return place;
		const before = this.segments[t.segment];
		const after = this.segments[t.segment + 1];
		if (t.above && after && after.units > 0) return after.sums;
		return before.units > 0 ? before.sums : after && after.units > 0 ? after.sums : this.all;
	}

	check(sheet: Sheet, cols: Column[], out: SheetOutput): void {
		for (const t of this.rows) checkTotal(sheet, t.row, t.kind, this.sumsOf(t), cols, out);
	}
}

/** A 小计/合计 row is no unit: check it against the rows it sums, and warn when they differ. */
function checkTotal(sheet: Sheet, r: number, kind: 'subtotal' | 'total', sums: Float64Array, cols: Column[], out: SheetOutput) {
	const word = kind === 'subtotal' ? '小计' : '合计';
	for (const col of cols) {
		const stated = cellNumber(sheet, r, col.col);
		if (!stated) continue;
		const sum = sums[col.col];
		if (Math.abs(stated.value - sum) > 1e-9) {
			const at = cellAddress(r, col.col);
			out.problems.push(
				problem('warning', 'total.mismatch', `${word}行 ${at}（${col.label}）为 ${stated.value}，但所列单位之和为 ${sum}。`, `${kind === 'subtotal' ? 'Subtotal' : 'Total'} ${at} (${col.label}) states ${stated.value}, but its rows sum to ${sum}.`, { sheet: sheet.name, cell: at })
			);
		}
	}
}
