/**
 * A summary table (shape B) exported as CSV, as web systems and scripts write them: one or two header rows (the
 * group header repeated over its leaves, or written once and left empty after), a region column or none, 合计 last,
 * UTF-8 with BOM or GBK. Facts carry the A1 address the value has when the CSV is opened as a sheet.
 */
import iconv from 'iconv-lite';
import { colLetter, int, rng, type Fact } from '../files/model';
import { rangeFor, type Col, type UnitRow } from '../files/wide-build';

export interface WideCsv {
	name: string;
	about: string;
	/** The year the file says ('' when neither a title, a column nor the file name says one: the user assigns it). */
	year: number | '';
	unitHeader: string;
	regionHeader?: string;
	cols: Col[];
	units: UnitRow[];
	/** Group headers repeated over every leaf, or written once. */
	repeatGroups?: boolean;
	total?: string;
	encoding: 'utf8' | 'gbk';
}

export function buildWideCsv(spec: WideCsv): { bytes: Uint8Array; facts: Fact[] } {
	const r = rng(spec.name);
	const lead = [...(spec.regionHeader ? [spec.regionHeader] : []), spec.unitHeader];
	const depth = Math.max(...spec.cols.map((c) => c.path.length));
	const head: string[][] = [];
	for (let level = 0; level < depth; level++)
		head.push([
			...lead.map((h) => (level === 0 ? h : '')),
			...spec.cols.map((c, i) => {
				const p = c.path.length === depth ? c.path : [...Array(depth - c.path.length).fill(''), ...c.path];
				const same = i > 0 && !spec.repeatGroups && level < depth - 1 && spec.cols[i - 1].path[level] === c.path[level];
				return same ? '' : (p[level] ?? '');
			})
		]);
	const rows: (string | number)[][] = [...head];
	const facts: Fact[] = [];
	const sums = spec.cols.map(() => 0);
	for (const u of spec.units) {
		const line: (string | number)[] = [...(spec.regionHeader ? [u.region] : []), u.unit];
		spec.cols.forEach((c, i) => {
			if (u.blank?.includes(i)) return line.push('');
			const v = int(r, ...rangeFor(c));
			sums[i] += v;
			line.push(v);
			facts.push({
				file: spec.name, sheet: '', cell: `${colLetter(lead.length + i + 1)}${rows.length + 1}`, unit: u.unit, region: u.region, year: spec.year,
				metric_id: c.m ?? '', label: c.path.join('/'), value: v, text: '', status: c.m ? 'ok' : 'unmapped'
			});
		});
		rows.push(line);
	}
	if (spec.total) rows.push([...(spec.regionHeader ? [''] : []), spec.total, ...sums]);
	const esc = (x: string | number) => (/[",\r\n]/.test(String(x)) ? `"${String(x).replace(/"/g, '""')}"` : String(x));
	const text = rows.map((l) => l.map(esc).join(',')).join('\r\n') + '\r\n';
	const bytes = spec.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from('\ufeff' + text, 'utf8');
	return { bytes: new Uint8Array(bytes), facts };
}
