/**
 * Label canonicalization shared by the matcher and the measure reader.
 *
 * A "slot" is the place a number goes in a form clause: empty brackets `（ ）`, `( )`, `()` or a run of
 * underscores. `canonLabel` keeps slots as `#` (the measure reader needs to know what follows a slot);
 * `normalizeLabel` drops them.
 */

import { foldEnglish, foldParts, rememberFolds } from './lexicon';
import type { SchemaFolds } from './types';

/** Units of measure, longest first so that 人次 wins over 人 in an alternation. */
export const MEASURE_WORDS = [
	'万元',
	'人次',
	'场次',
	// A batch or shift of a visit or a class (参观警示教育基地（ ）批次) is one session.
	'批次',
	'班次',
	'条次',
	'人数',
	'次数',
	'辆次',
	'车次',
	'小时',
	'分钟',
	'元',
	'场',
	'次',
	'人',
	'名',
	'个',
	'篇',
	'条',
	'部',
	'份',
	'处',
	'期',
	'家',
	'项',
	'件',
	'张',
	'所',
	'户',
	'台',
	'幅',
	// A lesson (上安全课（ ）节) is a session.
	'节',
	// Units no metric is counted in (vehicles, boards, booklets, sets, batches, days; not 座: 座谈会).
	'辆',
	'块',
	'册',
	'套',
	'批',
	'天'
] as const;

const MEASURE_ALT = MEASURE_WORDS.join('|');
const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;
const INVISIBLE = /[\s\u200b-\u200d\ufeff]/g;

/**
 * Verbs fillers use interchangeably, folded to one spelling so either matches the other's wording; and
 * compound units written with a separator (人/次, 场·次, 人（次）) as the one unit they are.
 */
const SAME_VERB: [RegExp, string][] = [
	[/参加/g, '参与'],
	[/(人|场|条)\s*(?:[/／·・.]|[(（]\s*)次[)）]?/g, '$1次']
];

/** NFKC, quotes and whitespace removed, brackets unified to ( ), slots as `#`, synonymous verbs folded. */
export function canonLabel(label: string): string {
	let s = canonical.get(label);
	if (s === undefined) {
		// A label is canonicalized several times while it is matched (measure, parts, activity): remember a few.
		if (canonical.size > 4096) canonical.clear();
		canonical.set(label, (s = canonOf(label)));
	}
	return s;
}
const canonical = new Map<string, string>();

/**
 * The schema's own phrasings folded by the CLI's build (folds.ts; absent in the app and the tests):
 * the built CLI starts with them remembered rather than folding each again at every start.
 */
declare const __SCHEMA_FOLDS__: string | undefined;
const schemaCores = new Map<string, string>();
if (typeof __SCHEMA_FOLDS__ !== 'undefined') {
	const folds = JSON.parse(__SCHEMA_FOLDS__) as SchemaFolds;
	for (const [label, canon] of folds.canon) canonical.set(label, canon);
	rememberFolds(folds.folded);
	for (const [label, core] of folds.core) schemaCores.set(label, core);
}

function canonOf(label: string): string {
	let s = foldEnglish(label.normalize('NFKC'));
	for (const [re, to] of SAME_VERB) s = s.replace(re, to);
	return s
		.replace(QUOTES, '')
		.replace(/[【〔［\[]/g, '(')
		.replace(/[】〕］\]]/g, ')')
		.replace(INVISIBLE, '')
		.replace(/_{2,}/g, '#')
		.replace(/\(\)/g, '#')
		.replace(/[;；。，,：:、]+$/u, '');
}

/** Canonical form of a label for comparison: NFKC, no whitespace, quotes or empty brackets. */
export function normalizeLabel(label: string): string {
	return canonLabel(label).replace(/#/g, '');
}

const SLOT_MEASURE = new RegExp(`#(?:${MEASURE_ALT})?`, 'g');
const BRACKET_MEASURE = new RegExp(`\\((?:${MEASURE_ALT})\\)`, 'g');
const TRAILING_MEASURE = new RegExp(`(?:人次|场次|条次|人数|次数|场|次|篇|部|(?:篇|场|期|件|条|部|个|处|项|家|份|张|幅)数量?)$`);
const CHECKBOX = /[□☑☐■√✓✔☒]|是#|否#|是否/g;
const PUNCT = /[()（）,，、;；。.:：!！?？\-—–·•|/\\<>~～*＊]/g;

/**
 * The words of a label that carry meaning, each part in its canonical spelling (lexicon.ts): slots with
 * their measure, bracketed measures, checkboxes, punctuation and a trailing measure removed. `开展网络课堂培训（ ）场，参与（ ）人次` → `开展网络课堂培训参与`.
 */
export function coreOf(label: string): string {
	const known = schemaCores.get(label);
	if (known !== undefined) return known;
	return foldParts(canonLabel(label))
		.replace(CHECKBOX, '')
		.replace(SLOT_MEASURE, '')
		.replace(BRACKET_MEASURE, '')
		.replace(PUNCT, '')
		.replace(TRAILING_MEASURE, '');
}

/** Character bigrams of a string (a one-character string is its own bigram). */
export function bigrams(s: string): Set<string> {
	const out = new Set<string>();
	if (s.length === 1) out.add(s);
	for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
	return out;
}

/**
 * Similarity of two bigram sets: the mean of Dice and the overlap coefficient. Dice alone punishes a
 * short label that is all contained in a long clause (`组织观看` in `组织观看典型事故警示教育片`); overlap
 * alone would let any two-character label match everything that contains it.
 */
export function similarity(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let inter = 0;
	for (const g of small) if (large.has(g)) inter++;
	return sharedScore(inter, a.size, b.size);
}

/** The score of two bigram sets of sizes `a` and `b` sharing `inter`: half Dice, half overlap. */
export function sharedScore(inter: number, a: number, b: number): number {
	return 0.5 * ((2 * inter) / (a + b)) + 0.5 * (inter / Math.min(a, b));
}

/** One spelling per unit of measure: 场次 is 场, 人次 and 人数 are 人, 条次 is 条, 次数 is 次. */
export function sameUnit(unit: string): string {
	return unit.replace(/^(场|人|条|次)(?:次|数)$/, '$1');
}
