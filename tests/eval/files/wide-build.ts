/**
 * Writes a consolidated summary table (shape B) as an .xlsx with exceljs, laid out as a spec says: a title and
 * 填报单位/填报日期 lines above, one to three header rows with merged group headers, units in the header or in a
 * row of their own, 序号, a region column or regions as group rows, 小计/合计 rows, notes and signatures below,
 * hidden columns, a notes sheet; or transposed (metrics down, units across). Returns the expected facts.
 */
import ExcelJS from 'exceljs';
import { colLetter, int, rng, type Fact } from './model';

export interface Col {
	/** Header cells from the top group down to the leaf. */
	path: string[];
	/** The measure written in a row of its own under the leaves (layout `unitsRow`). */
	measure?: string;
	m: string | null;
	hidden?: boolean;
	/** Value range; by default from the metric's kind. */
	range?: [number, number];
}

export interface UnitRow {
	unit: string;
	region: string;
	/** Columns (by index) left blank in this row. */
	blank?: number[];
}

export interface WideSheet {
	sheet: string;
	year: number;
	title?: string;
	/** Lines between the title and the header (填报单位：… 填报日期：…), each one merged cell. */
	above?: string[];
	seq?: string;
	unitHeader: string;
	/** 'column': a region column (merged down each region when `mergeRegion`); 'rows': a 一、XX县 row before each region's units; 'none'. */
	regions: { mode: 'column'; header: string; merge?: boolean } | { mode: 'rows' } | { mode: 'none' };
	cols: Col[];
	units: UnitRow[];
	unitsRow?: boolean;
	subtotal?: string;
	total?: string;
	/** Where the total row stands: after the units (default) or right under the header. */
	totalFirst?: boolean;
	below?: string[];
	/** Share of numbers stored as text, and how (plain, with a thousands comma). */
	asText?: number;
	comma?: boolean;
	/** What a blank cell holds: nothing, '—' or '/'. */
	blankAs?: '' | '—' | '/' | '0'; // '0' is never used for blanks in a truthful file; kept out of specs
	remarks?: string;
}

export interface WideSpec {
	name: string;
	about: string;
	sheets: WideSheet[];
	/** Sheets without a table (填表说明) written after (or before, `notesFirst`) the tables. */
	notes?: { sheet: string; lines: string[]; first?: boolean };
}

/** A value range that fits what the column counts. */
export function rangeFor(c: Col): [number, number] {
	if (c.range) return c.range;
	const id = c.m ?? c.path.join('');
	if (/participants|joined|人次|人数|人）|\(人\)/.test(id)) return [20, 4800];
	if (/hazards|violations|隐患|问题/.test(id)) return [2, 160];
	if (/份|资料/.test(id)) return [100, 6000];
	return [1, 28];
}

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

export async function buildWide(spec: WideSpec): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const wb = new ExcelJS.Workbook();
	const facts: Fact[] = [];
	const r = rng(spec.name);
	if (spec.notes?.first) addNotes(wb, spec.notes);
	for (const s of spec.sheets) facts.push(...writeSheet(wb, s, spec.name, r));
	if (spec.notes && !spec.notes.first) addNotes(wb, spec.notes);
	return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), facts };
}

function addNotes(wb: ExcelJS.Workbook, notes: NonNullable<WideSpec['notes']>): void {
	const ws = wb.addWorksheet(notes.sheet);
	notes.lines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
	ws.getColumn(1).width = 80;
}

function writeSheet(wb: ExcelJS.Workbook, s: WideSheet, file: string, r: () => number): Fact[] {
	const ws = wb.addWorksheet(s.sheet);
	const lead = (s.seq ? 1 : 0) + (s.regions.mode === 'column' ? 1 : 0) + 1;
	const width = lead + s.cols.length + (s.remarks ? 1 : 0);
	let row = 1;
	const mergeLine = (text: string, bold = false) => {
		ws.mergeCells(row, 1, row, width);
		const c = ws.getCell(row, 1);
		c.value = text;
		if (bold) c.font = { bold: true, size: 16 };
		c.alignment = { horizontal: bold ? 'center' : 'left' };
		row++;
	};
	if (s.title) mergeLine(s.title, true);
	for (const l of s.above ?? []) mergeLine(l);

	// Header rows: lead columns merged down; group headers merged across equal neighbours.
	const depth = Math.max(...s.cols.map((c) => c.path.length)) + (s.unitsRow ? 1 : 0);
	const top = row;
	const leadHeads = [...(s.seq ? [s.seq] : []), ...(s.regions.mode === 'column' ? [s.regions.header] : []), s.unitHeader];
	leadHeads.forEach((h, i) => {
		if (depth > 1) ws.mergeCells(top, i + 1, top + depth - 1, i + 1);
		ws.getCell(top, i + 1).value = h;
	});
	const pathDepth = depth - (s.unitsRow ? 1 : 0);
	for (let level = 0; level < pathDepth; level++) {
		let c = 0;
		while (c < s.cols.length) {
			const p = s.cols[c].path;
			const col = lead + c + 1;
			if (level >= p.length) {
				c++;
				continue;
			}
			const isLeaf = level === p.length - 1;
			if (isLeaf) {
				// A leaf shorter than the header depth is merged down to the last header row of paths.
				const last = top + pathDepth - 1;
				if (last > top + level) ws.mergeCells(top + level, col, last, col);
				ws.getCell(top + level, col).value = p[level];
				c++;
				continue;
			}
			let e = c;
			const prefix = p.slice(0, level + 1).join('\u0001');
			while (e + 1 < s.cols.length && s.cols[e + 1].path.length > level + 1 && s.cols[e + 1].path.slice(0, level + 1).join('\u0001') === prefix) e++;
			if (e > c) ws.mergeCells(top + level, col, top + level, lead + e + 1);
			ws.getCell(top + level, col).value = p[level];
			c = e + 1;
		}
	}
	if (s.unitsRow) s.cols.forEach((c, i) => (ws.getCell(top + depth - 1, lead + i + 1).value = c.measure ?? ''));
	if (s.remarks) {
		if (depth > 1) ws.mergeCells(top, width, top + depth - 1, width);
		ws.getCell(top, width).value = s.remarks;
	}
	for (let rr = top; rr < top + depth; rr++)
		for (let cc = 1; cc <= width; cc++) {
			const cell = ws.getCell(rr, cc);
			cell.border = box;
			cell.font = { bold: true };
			cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
		}
	row = top + depth;
	s.cols.forEach((c, i) => {
		if (c.hidden) ws.getColumn(lead + i + 1).hidden = true;
	});

	// Values first, so 小计/合计 rows can hold the sums.
	const values = s.units.map((u) => s.cols.map((c, i) => (u.blank?.includes(i) ? null : int(r, ...rangeFor(c)))));
	const facts: Fact[] = [];
	const sumRow = (idx: number[]) => s.cols.map((_, i) => idx.reduce((a, k) => a + (values[k][i] ?? 0), 0));
	const putNumber = (rr: number, cc: number, v: number | null) => {
		const cell = ws.getCell(rr, cc);
		if (v === null) {
			if (s.blankAs) cell.value = s.blankAs;
		} else if (r() < (s.asText ?? 0)) cell.value = s.comma && v >= 1000 ? v.toLocaleString('en-US') : String(v);
		else cell.value = v;
		cell.border = box;
	};
	const writeAggregate = (label: string, nums: number[]) => {
		ws.getCell(row, s.seq ? 2 : 1).value = label;
		nums.forEach((v, i) => putNumber(row, lead + i + 1, v));
		row++;
	};
	if (s.total && s.totalFirst) writeAggregate(s.total, sumRow(values.map((_, k) => k)));
	const regions = [...new Set(s.units.map((u) => u.region))];
	let seq = 0;
	for (const region of regions) {
		const idx = s.units.map((u, k) => (u.region === region ? k : -1)).filter((k) => k >= 0);
		if (s.regions.mode === 'rows') {
			const n = regions.indexOf(region);
			ws.getCell(row, 1).value = `${'一二三四五六七八九十'[n]}、${region}`;
			ws.getCell(row, 1).font = { bold: true };
			row++;
		}
		const first = row;
		for (const k of idx) {
			const u = s.units[k];
			let c = 1;
			if (s.seq) ws.getCell(row, c++).value = ++seq;
			if (s.regions.mode === 'column') {
				if (!s.regions.merge || row === first) ws.getCell(row, c).value = u.region;
				c++;
			}
			ws.getCell(row, c).value = u.unit;
			s.cols.forEach((col, i) => {
				const v = values[k][i];
				putNumber(row, lead + i + 1, v);
				if (v === null) return;
				facts.push({
					file,
					sheet: s.sheet,
					cell: `${colLetter(lead + i + 1)}${row}`,
					unit: u.unit.replace(/\s+/g, ''),
					region: u.region.replace(/\s+/g, ''),
					year: s.year,
					metric_id: col.m ?? '',
					label: col.path.join('/'),
					value: v,
					text: '',
					status: col.m ? 'ok' : 'unmapped'
				});
			});
			if (s.remarks && r() < 0.3) ws.getCell(row, width).value = pick2(r, ['已上报', '含企业自报数', '数据截至6月25日', '']);
			row++;
		}
		if (s.regions.mode === 'column' && s.regions.merge && idx.length > 1) ws.mergeCells(first, s.seq ? 2 : 1, row - 1, s.seq ? 2 : 1);
		if (s.subtotal) writeAggregate(s.subtotal, sumRow(idx));
	}
	if (s.total && !s.totalFirst) writeAggregate(s.total, sumRow(values.map((_, k) => k)));
	row++;
	for (const l of s.below ?? []) ws.getCell(row++, 1).value = l;
	ws.getColumn(lead).width = 22;
	return facts;
}

const pick2 = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

export interface TransposedSpec {
	name: string;
	about: string;
	sheet: string;
	year: number;
	title: string;
	above?: string[];
	/** 活动 down the first column (merged over its metrics), the metric label in the second, a measure column optionally. */
	rows: { activity: string; label: string; measure?: string; m: string | null }[];
	units: { unit: string; region: string }[];
	measureCol?: boolean;
	total?: string;
	below?: string[];
}

/** Metrics down, units across (a 县 office's sheet of its townships). */
export async function buildTransposed(spec: TransposedSpec): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet(spec.sheet);
	const r = rng(spec.name);
	const lead = spec.measureCol ? 3 : 2;
	const width = lead + spec.units.length + (spec.total ? 1 : 0);
	let row = 1;
	ws.mergeCells(row, 1, row, width);
	ws.getCell(row++, 1).value = spec.title;
	for (const l of spec.above ?? []) {
		ws.mergeCells(row, 1, row, width);
		ws.getCell(row++, 1).value = l;
	}
	const head = ['活动项目', '统计指标', ...(spec.measureCol ? ['单位'] : []), ...spec.units.map((u) => u.unit), ...(spec.total ? [spec.total] : [])];
	head.forEach((h, i) => (ws.getCell(row, i + 1).value = h));
	row++;
	const facts: Fact[] = [];
	let groupStart = row;
	spec.rows.forEach((m, k) => {
		if (k === 0 || spec.rows[k - 1].activity !== m.activity) {
			groupStart = row;
			ws.getCell(row, 1).value = m.activity;
		}
		ws.getCell(row, 2).value = m.label;
		if (spec.measureCol) ws.getCell(row, 3).value = m.measure ?? '';
		let sum = 0;
		spec.units.forEach((u, i) => {
			const v = r() < 0.08 ? null : int(r, ...rangeFor({ path: [m.label, m.measure ?? ''], m: m.m }));
			if (v === null) return;
			sum += v;
			const col = lead + i + 1;
			ws.getCell(row, col).value = v;
			facts.push({ file: spec.name, sheet: spec.sheet, cell: `${colLetter(col)}${row}`, unit: u.unit, region: u.region, year: spec.year, metric_id: m.m ?? '', label: `${m.activity}/${m.label}`, value: v, text: '', status: m.m ? 'ok' : 'unmapped' });
		});
		if (spec.total) ws.getCell(row, width).value = sum;
		const next = spec.rows[k + 1];
		if ((!next || next.activity !== m.activity) && row > groupStart) ws.mergeCells(groupStart, 1, row, 1);
		row++;
	});
	row++;
	for (const l of spec.below ?? []) ws.getCell(row++, 1).value = l;
	return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), facts };
}
