/**
 * Lays out a summary table (shape B) as a grid: an optional title, 1–3 header rows with merged group headers, lead
 * columns (序号, region, unit), regions as columns or as group rows, 小计 per region and a 合计 row (sums, never
 * facts), blanks as `—`, `/` or nothing, numbers as numbers or as text (with commas), a 备注 column. Also the
 * transposed table: metrics down, units across, a 合计 column. Every fact is filed under its value's cell.
 */
import { addr, fact, type Fact, type Rng } from './model';
import { valueOf } from './model';
import type { Cell, Grid, Merge } from './write';

export interface WCol {
	/** The header texts from the top group to the leaf. */
	path: string[];
	/** The schema metric, or '' for a column the schema lacks (expected unmapped). */
	metric: string;
}
export interface WUnit {
	unit: string;
	region: string;
}
export interface WideTable {
	sheet: string;
	title?: string;
	year: string;
	file: string;
	seq?: string;
	/** The region column's header; absent: regions as group rows (`groupRows`) or none. */
	regionHead?: string;
	unitHead: string;
	cols: WCol[];
	noteHead?: string;
	units: WUnit[];
	/** Regions as rows of their own (`一、青云区`) above their units instead of a column. */
	groupRows?: boolean;
	subtotal?: boolean;
	total?: 'first' | 'last';
	totalLabel?: string;
	blanks: string[];
	blankRate?: number;
	asText: number;
	commas: number;
	/** For a CSV: group headers written over every leaf instead of once. */
	repeatGroups?: boolean;
	notes?: string[];
	/** The region a fact is filed under, when the table's region column is a grouping (e.g. a 乡镇) of another name. */
	regionOf?: (u: WUnit) => string;
}

const HAN = '一二三四五六七八九十';
const NOTES = ['含外包单位', '6月20日补报', '数据截至6月25日', '已核实', '部分数据为估算', '含二级单位'];

export function buildWideGrid(r: Rng, t: WideTable): { grid: Grid; facts: Fact[] } {
	const rows: Cell[][] = [];
	const merges: Merge[] = [];
	const facts: Fact[] = [];
	const lead = [t.seq, t.regionHead, t.unitHead].filter((x): x is string => !!x);
	const width = lead.length + t.cols.length + (t.noteHead ? 1 : 0);
	if (t.title) {
		rows.push([t.title, ...Array(width - 1).fill(null)]);
		merges.push({ r1: 0, c1: 0, r2: 0, c2: width - 1 });
	}
	const depth = Math.max(...t.cols.map((c) => c.path.length));
	const top = rows.length;
	for (let d = 0; d < depth; d++) rows.push(Array(width).fill(null));
	lead.forEach((h, i) => {
		rows[top][i] = h;
		if (depth > 1) merges.push({ r1: top, c1: i, r2: top + depth - 1, c2: i });
	});
	if (t.noteHead) {
		rows[top][width - 1] = t.noteHead;
		if (depth > 1) merges.push({ r1: top, c1: width - 1, r2: top + depth - 1, c2: width - 1 });
	}
	t.cols.forEach((c, i) => {
		const col = lead.length + i;
		c.path.forEach((h, d) => {
			const prev = t.cols[i - 1];
			const sameGroup = prev && d < c.path.length - 1 && prev.path.slice(0, d + 1).join('|') === c.path.slice(0, d + 1).join('|') && prev.path.length > d + 1;
			if (!sameGroup || t.repeatGroups) rows[top + d][col] = h;
			if (!sameGroup && d < c.path.length - 1) {
				let end = i;
				while (t.cols[end + 1] && t.cols[end + 1].path.length > d + 1 && t.cols[end + 1].path.slice(0, d + 1).join('|') === c.path.slice(0, d + 1).join('|')) end++;
				if (end > i) merges.push({ r1: top + d, c1: col, r2: top + d, c2: lead.length + end });
			}
		});
		if (c.path.length < depth) merges.push({ r1: top + c.path.length - 1, c1: col, r2: top + depth - 1, c2: col });
	});
	const sums = (vals: number[][]) => t.cols.map((_, j) => vals.reduce((a, v) => a + (v[j] ?? 0), 0));
	const totalRow = (label: string, region: string, s: number[]): Cell[] => {
		const row: Cell[] = [];
		if (t.seq) row.push(null);
		if (t.regionHead) row.push(region);
		row.push(label);
		return [...row, ...s, ...(t.noteHead ? [null] : [])];
	};
	const all: number[][] = [];
	const regions = [...new Set(t.units.map((u) => u.region))];
	if (t.total === 'first') rows.push([]); // filled once the sums are known
	const totalAt = rows.length - 1;
	let seq = 0;
	regions.forEach((reg, gi) => {
		if (t.groupRows) {
			rows.push([`${HAN[gi]}、${reg}`, ...Array(width - 1).fill(null)]);
			if (lead.length > 1) merges.push({ r1: rows.length - 1, c1: 0, r2: rows.length - 1, c2: lead.length - 1 });
		}
		const mine: number[][] = [];
		for (const u of t.units.filter((x) => x.region === reg)) {
			const row: Cell[] = [];
			if (t.seq) row.push(++seq);
			if (t.regionHead) row.push(u.region);
			row.push(u.unit);
			const nums: number[] = [];
			t.cols.forEach((c, j) => {
				const col = row.length;
				if (r.chance(t.blankRate ?? 0.05)) {
					row.push(r.pick(t.blanks) || null);
					nums[j] = 0;
					return;
				}
				const v = r.chance(0.04) ? 0 : valueOf(r, c.metric, c.path.join(''));
				nums[j] = v;
				row.push(v >= 1000 && r.chance(t.commas) ? v.toLocaleString('en-US') : r.chance(t.asText) ? String(v) : v);
				facts.push(fact({ file: t.file, sheet: t.sheet, unit: u.unit, region: t.regionOf ? t.regionOf(u) : u.region, year: t.year }, addr(rows.length, col), c.metric, c.path.join('/'), v));
			});
			if (t.noteHead) row.push(r.chance(0.25) ? r.pick(NOTES) : null);
			rows.push(row);
			mine.push(nums);
		}
		all.push(...mine);
		if (t.subtotal) rows.push(totalRow('小计', t.regionHead ? reg : '', sums(mine)));
	});
	const total = totalRow(t.totalLabel ?? '合计', '', sums(all));
	if (t.total === 'first') rows[totalAt] = total;
	else if (t.total === 'last') rows.push(total);
	for (const n of t.notes ?? []) rows.push([n]);
	return { grid: { sheet: t.sheet, rows, merges }, facts };
}

export interface Transposed {
	sheet: string;
	title: string;
	file: string;
	year: string;
	units: WUnit[];
	/** Rows: activity, measure, metric. */
	items: { activity: string; measure: string; metric: string }[];
	asText: number;
}

/** Metrics down (序号 | 活动 | 指标), units across, a 合计 column at the right. */
export function buildTransposedGrid(r: Rng, t: Transposed): { grid: Grid; facts: Fact[] } {
	const width = 3 + t.units.length + 1;
	const rows: Cell[][] = [[t.title, ...Array(width - 1).fill(null)], ['序号', '活动', '指标', ...t.units.map((u) => u.unit), '合计']];
	const merges: Merge[] = [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }];
	const facts: Fact[] = [];
	let groupTop = 2;
	t.items.forEach((it, i) => {
		const row: Cell[] = [i + 1, i > 0 && t.items[i - 1].activity === it.activity ? null : it.activity, it.measure];
		let sum = 0;
		t.units.forEach((u) => {
			if (r.chance(0.05)) {
				row.push('—');
				return;
			}
			const v = valueOf(r, it.metric, it.measure);
			sum += v;
			row.push(r.chance(t.asText) ? String(v) : v);
			facts.push(fact({ file: t.file, sheet: t.sheet, unit: u.unit, region: u.region, year: t.year }, addr(rows.length, row.length - 1), it.metric, `${it.activity}/${it.measure}`, v));
		});
		row.push(sum);
		rows.push(row);
		const next = t.items[i + 1];
		if (!next || next.activity !== it.activity) {
			if (rows.length - 1 > groupTop) merges.push({ r1: groupTop, c1: 1, r2: rows.length - 1, c2: 1 });
			groupTop = rows.length;
		}
	});
	return { grid: { sheet: t.sheet, rows, merges }, facts };
}
