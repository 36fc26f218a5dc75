/**
 * The whole-file evaluation set (tests/eval/README.md, "Whole files"): what one generated file is, the facts it
 * must yield, and the fixed tune/holdout split. Written blind to the readers: the truth is what the generator
 * wrote into each file, never what the normalizer says.
 */

/** One fact a correct normalizer outputs (the columns of ../shared/samples/expected.csv). */
export interface Fact {
	file: string;
	sheet: string;
	/** Where the number or text stands ('' where the generator does not fix a cell address, e.g. Word tables). */
	cell: string;
	unit: string;
	region: string;
	year: number | '';
	metric_id: string;
	label: string;
	value: number | '';
	text: string;
	status: 'ok' | 'unmapped' | 'superseded';
}

export type Shape = 'wide' | 'long' | 'form';
export type Format = 'xlsx' | 'xls' | 'csv' | 'docx';

/** A file written by the generator: its bytes (or the .xlsx/.docx to convert) and its expected facts. */
export interface GeneratedFile {
	name: string;
	shape: Shape;
	format: Format;
	/** What the file exercises, one line (for the README and --failures). */
	about: string;
	/** The bytes as written; for `.xls`, an .xlsx that LibreOffice converts. */
	bytes: Uint8Array;
	facts: Fact[];
}

/** The kind a file is split and counted by: shape and format. */
export const kindOf = (f: { shape: Shape; format: Format }): string => `${f.shape}-${f.format}`;

/** FNV-1a, 32 bits: a fixed hash, the same on every machine and Node version. */
export function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (const b of new TextEncoder().encode(s)) {
		h ^= b;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/**
 * The split, fixed before the first measurement: the top bit of FNV-1a over a salted file name (the low bit is only
 * the parity of the bytes' low bits, the same for every salt). The salt's number is the first that put every kind on
 * both sides, chosen on the file names alone.
 */
export const SPLIT_SALT = 'x17-files-20261207-9';
export const halfOf = (name: string): 'tune' | 'holdout' => (fnv1a(`${SPLIT_SALT}:${name}`) >>> 31 ? 'holdout' : 'tune');

/** A small deterministic generator (mulberry32) seeded by a file's name, so every run writes the same files. */
export function rng(seed: string): () => number {
	let a = fnv1a(seed);
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A whole number in [lo, hi]. */
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const DIGITS = '零一二三四五六七八九';
/** A whole number below 10000 in Chinese numerals, as a filler types it (十二, 一百零五, 两千三百). */
export function chineseNumeral(n: number): string {
	if (n === 0) return '零';
	const units = ['', '十', '百', '千'];
	const ds = String(n).split('').map(Number);
	let out = '';
	let zero = false;
	ds.forEach((d, i) => {
		const pos = ds.length - 1 - i;
		if (d === 0) {
			zero = out !== '';
			return;
		}
		if (zero) out += '零';
		zero = false;
		out += (d === 2 && pos >= 2 ? '两' : DIGITS[d]) + units[pos];
	});
	return out.startsWith('一十') ? out.slice(1) : out;
}

/** Full-width digits (１２３). */
export const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** An Excel column letter for a 1-based index. */
export function colLetter(n: number): string {
	let s = '';
	while (n > 0) {
		const m = (n - 1) % 26;
		s = String.fromCharCode(65 + m) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

export const CSV_HEADER = 'file,sheet,cell,unit,region,year,activity_id,metric_id,label,value,text,status';

const csvField = (v: unknown): string => {
	const s = String(v ?? '');
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The expected facts as a CSV in the samples' columns (activity_id left empty: it is for reference only). */
export function factsCsv(facts: Fact[]): string {
	const rows = facts.map((f) =>
		[f.file, f.sheet, f.cell, f.unit, f.region, f.year, '', f.metric_id, f.label, f.value, f.text, f.status].map(csvField).join(',')
	);
	return [CSV_HEADER, ...rows].join('\n') + '\n';
}
