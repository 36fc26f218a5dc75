/**
 * The fourth whole-file set's common parts (tests/eval/README.md, "The fourth whole-file set"): the kinds, the fixed
 * salted hash that splits the set, and how a filler types a number into a slot or a cell. The expected fact, the
 * facts CSV, the PRNG and FNV-1a are the third set's (files3/model.ts), so every set scores the same way.
 * The truth of every file is what its generator typed into it — never what the normalizer says.
 */
import { fnv1a, type Fact, type GeneratedFile, type Rng } from '../files3/model';

export { addr, fact, factsCsv, fnv1a, rng, type Fact, type GeneratedFile, type Place, type Rng } from '../files3/model';

/** The kinds the split keeps on both halves (long tables count as one kind whatever their format). */
export const KINDS4 = ['form-xlsx', 'form-xls', 'form-docx', 'form-doc', 'wide-xlsx', 'wide-xls', 'wide-csv', 'long'] as const;
export const kindOf4 = (f: { shape: string; format: string }) => (f.shape === 'long' ? 'long' : `${f.shape}-${f.format}`);

/**
 * The salt of the split, chosen on the file names alone (before the product ever ran on the set) as the first that
 * put every kind of KINDS4 on both halves with two in five files to tune (make.ts `--salt`).
 */
export const SALT4 = 2;
export const halfOf4 = (f: { group: string }, salt = SALT4): 'tune' | 'holdout' =>
	fnv1a(salt ? `files4:${salt}:${f.group}` : `files4:${f.group}`) % 5 < 2 ? 'tune' : 'holdout';

const DIGITS = '零一二三四五六七八九';
/** 0–999 as Chinese numerals: 7 → 七, 12 → 十二, 40 → 四十, 105 → 一百零五, 230 → 二百三十. */
export function hanzi(n: number): string {
	if (n < 10) return DIGITS[n];
	if (n < 100) return `${n < 20 ? '' : DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
	const rest = n % 100;
	const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : `${DIGITS[Math.floor(rest / 10)]}十${rest % 10 ? DIGITS[rest % 10] : ''}`;
	return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}
export const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
export const withCommas = (n: number) => n.toLocaleString('en-US');

/** A filler's habits for one file: how often a number is typed in words, approximately, in 万, with commas … */
export interface Habit {
	hanzi: number;
	fullWidth: boolean;
	approx: number;
	wan: number;
	commas: number;
	none: number;
	blank: number;
}
export const plainHabit: Habit = { hanzi: 0, fullWidth: false, approx: 0, wan: 0, commas: 0, none: 0, blank: 0 };

/**
 * A plausible value for a slot, by what it counts (read from the metric id or, for a value the schema lacks, from
 * its label): people run to the thousands, sessions to a dozen or two.
 */
export function valueOf(r: Rng, metric: string, label = ''): number {
	const tail = metric.split('.')[1] ?? '';
	if (/%|率/.test(label)) return r.int(85, 100);
	if (/万元/.test(label)) return r.int(2, 80);
	if (/金额|元/.test(label)) return r.int(2, 40) * 100;
	if (/资料|明白纸|份|册/.test(label)) return r.int(120, 8000);
	if (/人员|人次|户/.test(label)) return r.int(20, 900);
	if (/participants|joined/.test(tail)) return r.chance(0.05) ? r.int(10, 40) * 1000 : r.int(15, 2600);
	if (/hazards|violations|received|problems/.test(tail)) return r.int(2, 120);
	if (/articles|slogans|videos|posts|reposts|ads|products/.test(tail)) return r.int(1, 80);
	if (/enterprises|units|projects/.test(tail)) return r.int(2, 36);
	return r.int(1, 16);
}

/** A typed number and the value it stands for (`null`: the slot or cell was left blank — no fact). */
export interface Typed {
	text: string;
	value: number | null;
}

/** How a filler writes `v` by their habits: 12 → 十二 / １２ / 约12 / 12余 / 12多; 23000 → 2.3万; 1260 → 1,260; 0 → 无. */
export function typeNumber(r: Rng, v: number, h: Habit): Typed {
	if (r.chance(h.blank)) return { text: '', value: null };
	if (r.chance(h.none)) return { text: r.pick(['无', '0', '无']), value: 0 };
	if (v >= 10000 && v % 1000 === 0 && r.chance(h.wan)) {
		const w = String(v / 10000);
		return { text: r.pick([`${w}万`, `${w}万余`, `约${w}万`]), value: v };
	}
	if (v >= 20 && v % 10 === 0 && r.chance(h.approx)) return { text: r.pick([`约${v}`, `${v}余`, `${v}多`]), value: v };
	if (v < 1000 && r.chance(h.hanzi)) return { text: hanzi(v), value: v };
	if (v >= 1000 && r.chance(h.commas)) return { text: withCommas(v), value: v };
	return { text: h.fullWidth && r.chance(0.7) ? fullWidth(String(v)) : String(v), value: v };
}

/** A yes/no answer as a filler marks it, and what it means (`null`: left untouched — no fact). */
export function typeAnswer(r: Rng, style: number): Typed {
	const yes = r.chance(0.8);
	if (r.chance(0.08)) return { text: r.pick(['□是  □否', '是□ 否□', '□是□否']), value: null };
	const marks: [string, string][] = [
		['☑是  □否', '□是  ☑否'],
		['√是 □否', '□是 √否'],
		['是（√） 否（ ）', '是（ ） 否（√）'],
		['■是□否', '□是■否'],
		['是', '否'],
		['☑是 ☐否', '☐是 ☑否'],
		['是√', '否√'],
	];
	const [y, n] = marks[style % marks.length];
	return { text: yes ? y : n, value: yes ? 1 : 0 };
}

export type { Fact as Fact4, GeneratedFile as GeneratedFile4 };
