/**
 * A summary table kept one activity to a sheet (a sheet named 咨询日, or titled 2024年应急演练开展情况统计表) heads
 * its columns with bare measures (场次 | 参与人次): the title, else the sheet's name, says whose counts they are.
 * It is asked only for a column its own headers left unmapped, and only while the columns its headers do map
 * all belong to that one activity — a title naming one campaign over a table of many (…暨万里行活动统计表) says
 * nothing of a bare 场次 there.
 */
import { detectActivity, matchMetric, type MetricMatch } from '../../schema/match';
import type { Column } from './layout';

const YEAR = /(?:19|20)\d{2}\s*年度?/g;

/** The text naming the table's one activity — its title's, else its sheet name's — or null. */
export function titleActivityText(title: string, sheetName: string, columns: Column[]): string | null {
	for (const text of [title.replace(YEAR, ' ').trim(), sheetName.trim()]) {
		const activity = text ? detectActivity(text) : null;
		if (!activity) continue;
		const mapped = columns.filter((c) => c.match);
		return mapped.every((c) => c.match!.activityId === activity) ? text : null;
	}
	return null;
}

/** The column's metric read under the activity's text (its own group headers nearer the leaf). */
export function matchUnderTitle(col: Column, text: string): MetricMatch | null {
	return matchMetric(col.leaf ?? col.label, [text, col.group].filter(Boolean).join(' '));
}
