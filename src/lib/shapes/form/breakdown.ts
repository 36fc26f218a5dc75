/**
 * A part of a count already given: 开展演练（3）场，其中消防演练（2）场 or 参与（120）人次（含学生80人次).
 * Summed beside its total it would count the same drills twice (in the metric, or in the headline
 * sessions/participants), so a part whose total the cell already counts in its family stays unmapped
 * (visible, with its suggestions). A part of a total the schema has no metric for keeps its own
 * (开展“五进”活动（20）场，其中进企业（6）场、进学校（4）场).
 */
import type { MetricMatch } from '../../schema/match';
import { matchesOf } from '../../base/matches';

/** 其中, 含, 包括 … opening a clause, one of its 、-parts or a bracket note. */
const BREAKDOWN = /(?:^|[、，,：:])[\s\u3000]*(?:其中|含有|内含|包含|包括|含)/g;

/** Where the breakdown that the slot at `slotStart` belongs to begins in the clause, or -1. */
export function partOfTotalAt(clause: string, slotStart: number): number {
	let at = -1;
	for (const m of matchesOf(BREAKDOWN, clause.slice(0, slotStart))) at = m.index;
	return at;
}

/**
 * The match, or null when the total the part belongs to (the last count before it) is counted on
 * the same metric or the same family — a headline measure would then count the part twice. A part of
 * another family (曝光问题隐患（ ）条，其中典型案例（ ）个: hazards, then a count of cases) keeps it.
 */
export function unlessTotalCounted(m: MetricMatch | null, before: readonly { kind: string; match: MetricMatch | null }[]): MetricMatch | null {
	if (!m) return null;
	for (let i = before.length - 1; i >= 0; i--) {
		const total = before[i];
		if (total.kind !== 'number') continue;
		return total.match && (total.match.metricId === m.metricId || total.match.family === m.family) ? null : m;
	}
	return m;
}
