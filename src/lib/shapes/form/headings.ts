/**
 * Rows that only head the items under them: `三、安全宣传“五进”活动` with nothing reported, then
 * `1.进企业`, `2.进学校` with their figures. The item rows' own words (进企业, 观看警示教育片) say little
 * without the heading, so each is read under it, as 活动项目 merged over two columns is read.
 */
import { sectionLevel } from '../../base/outline-number';

export interface RowActivity {
	/** The row's 活动项目 text ('' when none). */
	activity: string;
	/** Nothing in 进展情况 or 内容要求: the row reports nothing of its own. */
	reportsNothing: boolean;
}

/**
 * The heading each row is read under ('' for none). A row that reports nothing heads the rows after
 * it when the outline says so — its section number is a level above theirs, or they are numbered and
 * it is not — until a row at its own level (an unnumbered row, under an unnumbered heading) or another
 * such row. A row left blank between two items
 * of one level (启动仪式 not reported, then 学习宣贯) heads nothing.
 */
export function headingsOf(rows: readonly RowActivity[]): string[] {
	const out = rows.map(() => '');
	let heading = '';
	let level = -1;
	for (let i = 0; i < rows.length; i++) {
		const { activity, reportsNothing } = rows[i];
		if (activity === '') {
			out[i] = heading;
			continue;
		}
		const own = sectionLevel(activity);
		if (reportsNothing) {
			const next = rows.slice(i + 1).find((r) => r.activity !== '');
			const nextLevel = next ? sectionLevel(next.activity) : -1;
			const heads = next !== undefined && !next.reportsNothing && (own >= 0 ? nextLevel < 0 || nextLevel > own : nextLevel >= 0);
			heading = heads ? activity : '';
			level = own;
			continue;
		}
		// Under a numbered heading a row of its level or above ends it; under an unnumbered one, an unnumbered row.
		if (heading && (level >= 0 ? own >= 0 && own <= level : own < 0)) heading = '';
		out[i] = heading;
	}
	return out;
}
