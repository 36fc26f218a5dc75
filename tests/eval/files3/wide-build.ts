/**
 * Lays a summary table (shape B) out as a grid: a title, one to three header rows with merged groups, 序号, region as
 * a column, as group rows (一、临港街道) or none, per-region 小计, a 合计 first or last, a 备注 column, notes below;
 * or transposed (metrics down, units across, a 合计 column). Values are typed as numbers or as text (1,260), blanks
 * as empty, — or /. Facts come from the very values written; 小计/合计 rows and columns give none.
 */
import { headerOf, type Col } from './columns';
import { addr, fact, valueFor, type Fact, type Place, type Rng } from './model';
import type { Cell, Grid, Merge } from './write';

export interface WideTable {
	sheet: string;
	title?: string;
	year: string;
	units: { unit: string; region: string }[];
	cols: Col[];
	levels: 1 | 2 | 3;
	region: 'column' | 'rows' | 'none';
	/** The region column merged down over its units (the value in its first row only). */
	mergeRegion?: boolean;
	regionHeader?: string;
	unitHeader?: string;
	seq?: boolean;
	subtotal?: boolean;
	total?: 'first' | 'last' | 'none';
	notesCol?: boolean;
	asText?: boolean;
	blanks?: ('' | '—' | '/')[];
	notesBelow?: string[];
	/** CSV: a group header written over its first leaf only (no merges in a CSV). */
	csv?: boolean;
}

const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八'];

export function wideGrid(r: Rng, t: WideTable, file: string): { grid: Grid; facts: Fact[] } {
	const rows: Cell[][] = [];
	const merges: Merge[] = [];
	const facts: Fact[] = [];
	const lead: string[] = [...(t.seq ? ['序号'] : []), ...(t.region === 'column' ? [t.regionHeader ?? '县区'] : []), t.unitHeader ?? '单位名称'];
	const width = lead.length + t.cols.length + (t.notesCol ? 1 : 0);
	if (t.title) {
		rows.push([t.title]);
		if (!t.csv) merges.push({ r1: 0, c1: 0, r2: 0, c2: width - 1 });
	}
	const h0 = rows.length;
	const heads = t.cols.map((c) => headerOf(c, t.levels));
	for (let k = 0; k < t.levels; k++) rows.push(new Array(width).fill(null));
	lead.forEach((name, c) => {
		rows[h0][c] = name;
		if (t.levels > 1 && !t.csv) merges.push({ r1: h0, c1: c, r2: h0 + t.levels - 1, c2: c });
	});
	if (t.notesCol) {
		rows[h0][width - 1] = '备注';
		if (t.levels > 1 && !t.csv) merges.push({ r1: h0, c1: width - 1, r2: h0 + t.levels - 1, c2: width - 1 });
	}
	// A column's parts stand from the top; its leaf is merged down to the last header row; a group spans the neighbours under it.
	heads.forEach((parts, i) => {
		const c = lead.length + i;
		parts.forEach((p, k) => {
			const row = h0 + k;
			if (k === parts.length - 1) {
				rows[row][c] = p;
				if (row < h0 + t.levels - 1 && !t.csv) merges.push({ r1: row, c1: c, r2: h0 + t.levels - 1, c2: c });
				return;
			}
			const prefix = parts.slice(0, k + 1).join('/');
			const same = (j: number) => j >= 0 && j < heads.length && heads[j].length > k + 1 && heads[j].slice(0, k + 1).join('/') === prefix;
			if (same(i - 1)) return;
			let span = 1;
			while (same(i + span)) span++;
			rows[row][c] = p;
			if (span > 1 && !t.csv) merges.push({ r1: row, c1: c, r2: row, c2: c + span - 1 });
		});
	});
	const typedValue = (v: number): Cell => (t.asText ? (v >= 1000 && r.chance(0.5) ? v.toLocaleString('en-US') : String(v)) : v);
	const sums = (us: number[][]) => t.cols.map((_, j) => us.reduce((a, u) => a + (Number.isNaN(u[j]) ? 0 : u[j]), 0));
	const dataRow = (lead: Cell[], vals: (number | undefined)[]): Cell[] => [
		...lead,
		...vals.map((v) => (v === undefined ? r.pick(t.blanks ?? ['']) || null : typedValue(v))),
		...(t.notesCol ? [null] : []),
	];
	const leadCells = (seq: number | null, region: string | null, unit: string): Cell[] => [...(t.seq ? [seq] : []), ...(t.region === 'column' ? [region] : []), unit];
	const totalRowAt = rows.length;
	if (t.total === 'first') rows.push([]);
	const regions = [...new Set(t.units.map((u) => u.region))];
	const all: number[][] = [];
	let seq = 0;
	regions.forEach((region, ri) => {
		if (t.region === 'rows') rows.push([`${ORDINAL[ri]}、${region}`]);
		const mine: number[][] = [];
		const first = rows.length;
		for (const u of t.units.filter((x) => x.region === region)) {
			const place: Place = { file, sheet: t.sheet, unit: u.unit, region: u.region, year: t.year };
			const vals = t.cols.map((c) => (r.chance(0.06) ? undefined : valueFor(r, c.metric || 'x.count', c.path.join(''))));
			const row = rows.length;
			vals.forEach((v, j) => {
				if (v !== undefined) facts.push(fact(place, addr(row, lead.length + j), t.cols[j].metric, t.cols[j].path.join('/'), v));
			});
			rows.push(dataRow(leadCells(++seq, t.mergeRegion && row > first ? null : region, u.unit), vals));
			mine.push(vals.map((v) => v ?? NaN));
		}
		if (t.mergeRegion && rows.length - first > 1) merges.push({ r1: first, c1: t.seq ? 1 : 0, r2: rows.length - 1, c2: t.seq ? 1 : 0 });
		if (t.subtotal) rows.push(dataRow(leadCells(null, region, '小计'), sums(mine)));
		all.push(...mine);
	});
	if (t.total && t.total !== 'none') {
		const total = dataRow(leadCells(null, '', t.total === 'first' ? '合计' : '总计'), sums(all));
		if (t.total === 'first') rows[totalRowAt] = total;
		else rows.push(total);
	}
	for (const n of t.notesBelow ?? []) rows.push([n]);
	return { grid: { sheet: t.sheet, rows, merges }, facts };
}

/** Metrics down (活动 merged down | 指标), units across, and a 合计 column last. */
export function transposedGrid(r: Rng, t: WideTable, file: string): { grid: Grid; facts: Fact[] } {
	const rows: Cell[][] = [[t.title ?? ''], ['活动', '指标', ...t.units.map((u) => u.unit), '合计']];
	const merges: Merge[] = [{ r1: 0, c1: 0, r2: 0, c2: t.units.length + 2 }];
	const facts: Fact[] = [];
	let groupStart = -1;
	t.cols.forEach((col, i) => {
		const group = col.path.length > 1 ? col.path[col.path.length - 2] : col.path[0];
		const leaf = col.path.length > 1 ? col.path[col.path.length - 1] : '';
		const row = rows.length;
		const prevGroup = i > 0 ? (t.cols[i - 1].path.length > 1 ? t.cols[i - 1].path.at(-2) : t.cols[i - 1].path[0]) : undefined;
		if (prevGroup !== group) groupStart = row;
		else merges.push({ r1: groupStart, c1: 0, r2: row, c2: 0 });
		const vals = t.units.map(() => (r.chance(0.06) ? undefined : valueFor(r, col.metric || 'x.count', col.path.join(''))));
		vals.forEach((v, j) => {
			if (v !== undefined) facts.push(fact({ file, sheet: t.sheet, unit: t.units[j].unit, region: t.units[j].region, year: t.year }, addr(row, 2 + j), col.metric, col.path.join('/'), v));
		});
		rows.push([prevGroup === group ? null : group, leaf || null, ...vals.map((v) => v ?? null), vals.reduce<number>((a, v) => a + (v ?? 0), 0)]);
	});
	// A group merged down over its rows: merges of one group collapse to the last one written.
	const merged = new Map<string, Merge>();
	for (const m of merges) merged.set(`${m.r1}:${m.c1}`, m);
	return { grid: { sheet: t.sheet, rows, merges: [...merged.values()] }, facts };
}
