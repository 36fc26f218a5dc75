/** The active filters in words, for a report's cover, a chart's subtitle and a file's name. Pure. */
import type { Filter } from '../query/filter';
import { getActivity } from '../schema/index';

/** The report's title: its XLSX pack, print view and file names (kept here, free of exceljs, for the start-up bundle). */
export const REPORT_TITLE = '安全生产月活动统计报告';

export interface FilterLine {
	label: string;
	value: string;
}

/** One line per filter that is set; a single 全部数据 line when none is. */
export function filterLines(filter: Filter): FilterLine[] {
	const lines: FilterLine[] = [];
	const activity = (id: string) => getActivity(id)?.zh ?? id;
	if (filter.years.length) lines.push({ label: '年度', value: [...filter.years].sort((a, b) => a - b).map((y) => `${y}年`).join('、') });
	if (filter.regions.length) lines.push({ label: '地区', value: filter.regions.join('、') });
	if (filter.activities.length) lines.push({ label: '活动', value: filter.activities.map(activity).join('、') });
	if (filter.unitSearch.trim()) lines.push({ label: '单位名称包含', value: filter.unitSearch.trim() });
	if (filter.unit !== null) lines.push({ label: '单位', value: filter.unit });
	if (filter.region !== null) lines.push({ label: '地区（图表选中）', value: filter.region || '未知地区' });
	if (filter.activity !== null) lines.push({ label: '活动（图表选中）', value: activity(filter.activity) });
	return lines.length ? lines : [{ label: '筛选', value: '全部数据' }];
}

export function describeFilter(filter: Filter): string {
	const lines = filterLines(filter);
	return lines.length === 1 && lines[0].label === '筛选' ? '筛选：全部数据' : `筛选：${lines.map((l) => `${l.label}：${l.value}`).join('；')}`;
}
