/**
 * Values that cannot be counts — not finite, or beyond 10^12 (more than a
 * hundred times everyone alive: a pasted ID number, a date serial read as a
 * count, 1E+15 from a broken export) — are refused: no fact, a warning naming
 * the cell, and the cell filed as ignored with that reason.
 */
import type { SheetOutput } from './context';
import { problem } from '../base/problem';

export const MAX_COUNT = 1e12;

const countable = (v: number) => Number.isFinite(v) && Math.abs(v) <= MAX_COUNT;

/** Removes the facts of one sheet's output whose value cannot be a count, saying why. */
export function refuseImpossibleCounts(out: SheetOutput): void {
	// One cheap pass; the rest runs only when something is refused (almost never).
	if (out.facts.every((f) => f.value === null || countable(f.value))) return;
	const refusedCells = new Set<string>();
	const keptCells = new Set<string>();
	out.facts = out.facts.filter((f) => {
		const ok = f.value === null || countable(f.value);
		const key = `${f.sheet}\u0000${f.cell}`;
		if (ok) keptCells.add(key);
		else {
			refusedCells.add(key);
			out.problems.push(
				problem(
					'warning',
					'value.not-a-count',
					`${f.cell} 的数值 ${f.raw || f.value} 不可能是计数（${Number.isFinite(f.value!) ? '超过 10^12' : '不是有限的数'}），未读取。`,
					`${f.cell}: the value ${f.raw || f.value} cannot be a count (${Number.isFinite(f.value!) ? 'above 10^12' : 'not a finite number'}); not read.`,
					{ sheet: f.sheet, cell: f.cell }
				)
			);
		}
		return ok;
	});
	for (const e of out.ledger) {
		const key = `${e.sheet}\u0000${e.cell}`;
		if (refusedCells.has(key) && !keptCells.has(key)) {
			e.disposition = 'ignored';
			e.reason = 'not-a-count';
		}
	}
}
