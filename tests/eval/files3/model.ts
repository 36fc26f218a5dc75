/**
 * The third whole-file set's common parts (tests/eval/README.md, "The third whole-file set"): the expected fact,
 * the generated file, a seeded PRNG, the fixed hash that splits the set, and the typings a filler uses for numbers.
 * The truth of every file is what its generator typed into it — never what the normalizer says.
 */
import type { Row } from '../files/score';

export type Fact = Row & { activity_id: string };
export type Shape = 'form' | 'wide' | 'long';
export type Format = 'xlsx' | 'xls' | 'csv' | 'docx' | 'doc';

export interface GeneratedFile {
	name: string;
	shape: Shape;
	format: Format;
	about: string;
	/** Files a normalizer must see together (an interim and a final filing) share one group. */
	group: string;
	bytes: Uint8Array;
	facts: Fact[];
}

export const kindOf3 = (f: { shape: Shape; format: Format }) => `${f.shape}-${f.format}`;

const ACTIVITY_OF: Record<string, string> = {
	launch: 'launch',
	study: 'study',
	rectification: 'rectification',
	warning: 'warning_education',
	cloud: 'cloud_class',
	consult: 'consultation_day',
	five: 'five_into',
	drills: 'drills',
	tour: 'campaign_tour',
	report: 'reporting',
	publicity: 'publicity',
	org: 'organization',
	serve: 'serve_people',
	cap: 'capabilities',
};

/** Where a fact stands and whose it is; the metric and value come with each fact. */
export interface Place {
	file: string;
	sheet: string;
	unit: string;
	region: string;
	year: string;
	status?: 'ok' | 'superseded';
}

/** One expected fact: a schema metric (status ok/superseded) or none (`metric` '' — status unmapped, must not be mapped). */
export function fact(p: Place, cell: string, metric: string, label: string, value: number): Fact {
	return {
		file: p.file,
		sheet: p.sheet,
		cell,
		unit: p.unit.replace(/\s+/g, ''),
		region: p.region,
		year: p.year,
		activity_id: metric ? ACTIVITY_OF[metric.split('.')[0]] ?? '' : '',
		metric_id: metric,
		label: label.replace(/\s+/g, ' ').trim(),
		value: String(value),
		text: '',
		status: metric ? (p.status ?? 'ok') : 'unmapped',
	};
}

const COLUMNS = ['file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'label', 'value', 'text', 'status'] as const;
const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const factsCsv = (facts: Fact[]) => [COLUMNS.join(','), ...facts.map((f) => COLUMNS.map((c) => csvField(f[c])).join(','))].join('\n') + '\n';

/** FNV-1a, 32 bits: the same on every machine. */
export function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (const ch of new TextEncoder().encode(s)) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
	return h >>> 0;
}

/** A small seeded PRNG (mulberry32), seeded by the file's name so every run writes the same files. */
export function rng(seed: string) {
	let a = fnv1a(seed);
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
		chance: (p: number) => next() < p,
	};
}
export type Rng = ReturnType<typeof rng>;

/** A plausible value for a metric by its family (read from the id's tail: *_participants → people …). */
export function valueFor(r: Rng, metric: string, label = ''): number {
	const tail = metric.split('.')[1] ?? '';
	if (/%/.test(label)) return r.int(80, 100);
	if (/万元|元）/.test(label)) return r.int(2, 60);
	if (/份/.test(label)) return r.int(100, 6000);
	if (/户/.test(label)) return r.int(20, 400);
	if (/participants|joined|participant/.test(tail) || /人次|人数|人）|（人/.test(label)) return r.int(12, 2400);
	if (/hazards|violations|received/.test(tail)) return r.int(2, 90);
	if (/articles|slogans|videos|posts|reposts/.test(tail)) return r.int(1, 60);
	if (/enterprises|units/.test(tail)) return r.int(2, 40);
	return r.int(1, 14);
}

const DIGITS = '零一二三四五六七八九';
/** 0–99 as Chinese numerals: 7 → 七, 12 → 十二, 40 → 四十, 56 → 五十六. */
export function chineseNumeral(n: number): string {
	if (n < 10) return DIGITS[n];
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
export const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function colName(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}
export const addr = (row: number, col: number) => `${colName(col)}${row + 1}`;
