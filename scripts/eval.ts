/**
 * `npm run eval [-- --split tune|tune2|tune3|tunes|own22-tune|own22-test|test|both|holdout|all] [--json] [--failures] [--reader]`: the label matcher on the
 * evaluation sets in tests/eval/ (see its README): `both` is tune + test, `all` adds the holdout set; `tune2` and `tune3` are
 * the second and third tuning sets (each written blind later), `tunes` is tune + tune2 + tune3. Prints recall, precision of what was mapped, the
 * wrong-metric count, how often the right metric is among the top three suggestions of what stayed
 * unmapped, and per shape the share mapped.
 *
 * The only place that knows the matcher's interface is `classify` below: keep it thin, so the script
 * follows the matcher when its entry points change. `--failures` lists misses for the tuning sets only (tune, tune2, tune3, tunes) —
 * the test split's and the holdout set's failures are never printed (look at them and they are no longer held out).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchMetric, rankMetrics, type Family } from '../src/lib/schema/index';
import { readProgress } from '../src/lib/shapes/form/progress';

type Shape = 'wide' | 'long' | 'form';
interface EvalItem {
	id: string;
	shape: Shape;
	/** The header, metric name or form clause as written (a form's slot shown as （ ）). */
	label: string;
	/** Wide: the group header(s) over the leaf; long: the activity column; form: the 活动项目. */
	context?: string;
	/** Forms: the clause before this slot in the same 进展情况 cell. */
	prev?: string;
	/** Forms: a number slot or a yes/no question. */
	slot?: 'number' | 'yesno';
	/**
	 * Forms (tune3): the whole 进展情况 cell as a filler typed it (slots as （ ）, ( ), 【 】, ____ or none, digits
	 * full-width or Chinese, 约/余, questions run together); a yes/no item's question and answer come last in it.
	 */
	cell?: string;
	/** Forms (tune3), number slots: the value typed into this item's slot in `cell` (unique in the cell). */
	value?: number;
	metric: string | null;
	family: string;
}
interface Verdict {
	mapped: string | null;
	/** Best first; empty when the matcher gives no suggestions. */
	top3: string[] | null;
}

const NUMBER_FAMILIES: Family[] = ['P', 'S', 'H', 'M', 'C'];

/** One item through the matcher's public entry points, the way the readers call them. */
function classify(item: EvalItem): Verdict {
	const context = item.context ?? '';
	const families = familiesOf(item);
	const opts = families ? { families } : undefined;
	let label = item.label;
	let m = matchMetric(label, context, opts);
	if (!m && item.prev) {
		// The forms' reader tries the clause with the one before it when the slot's own words say too little.
		label = `${item.prev}，${item.label}`;
		m = matchMetric(label, context, opts);
	}
	if (m) return { mapped: m.metricId, top3: null };
	return { mapped: null, top3: suggestions(item) };
}

/** The matcher's three best candidates for an item (its own words first, then with the clause before it). */
function suggestions(item: EvalItem): string[] {
	const context = item.context ?? '';
	const opts = { families: familiesOf(item), limit: 3 };
	const ranked = rankMetrics(item.label, context, opts);
	const rankedWithPrev = item.prev ? rankMetrics(`${item.prev}，${item.label}`, context, opts) : [];
	return [...new Set([...ranked, ...rankedWithPrev].map((r) => r.metricId))].slice(0, 3);
}

function familiesOf(item: EvalItem): Family[] | undefined {
	return item.shape !== 'form' ? undefined : item.slot === 'yesno' ? ['F'] : NUMBER_FAMILIES;
}

/**
 * `--reader`: a form item read the way a filled-in form is — its clause (after the clause before it)
 * written into a 进展情况 cell with a number in the slot (or ☑是 after a question) and read by the
 * forms' reader, so the reader's own work (which words go with a slot) is measured too.
 */
function classifyByFormReader(item: EvalItem): Verdict {
	const VALUE = item.cell !== undefined && item.value !== undefined ? item.value : 4321;
	const filled = (text: string, n: number) => text.replace(/（ ）/g, `（${n}）`);
	const cell =
		item.cell ?? (item.slot === 'yesno' ? `${item.label}：☑是□否` : `${item.prev ? filled(item.prev, 7) + '，' : ''}${filled(item.label, VALUE)}`);
	const read = readProgress(cell, item.context ?? '', '').items;
	// A typed cell may hold several questions: this item's is the last one.
	const mine = item.slot === 'yesno' ? read.filter((i) => i.kind === 'flag').pop() : read.find((i) => i.kind === 'number' && i.value === VALUE);
	if (mine?.match) return { mapped: mine.match.metricId, top3: null };
	return { mapped: null, top3: suggestions(item) };
}

const here = dirname(fileURLToPath(import.meta.url));
const load = (split: string): EvalItem[] => JSON.parse(readFileSync(join(here, '..', 'tests', 'eval', `${split}.json`), 'utf8'));

interface Tally {
	items: number;
	shouldMap: number;
	right: number;
	mappedShould: number;
	wrongSibling: number;
	trapItems: number;
	trapMapped: number;
	unmappedShould: number;
	top3Hit: number;
	top3Known: boolean;
}
const emptyTally = (): Tally => ({ items: 0, shouldMap: 0, right: 0, mappedShould: 0, wrongSibling: 0, trapItems: 0, trapMapped: 0, unmappedShould: 0, top3Hit: 0, top3Known: false });

function add(t: Tally, item: EvalItem, v: Verdict): 'right' | 'wrong' | 'missed' | 'trap' | 'ok' {
	t.items++;
	if (item.metric === null) {
		t.trapItems++;
		if (v.mapped) t.trapMapped++;
		return v.mapped ? 'trap' : 'ok';
	}
	t.shouldMap++;
	if (v.mapped) {
		t.mappedShould++;
		if (v.mapped === item.metric) t.right++;
		else t.wrongSibling++;
		return v.mapped === item.metric ? 'right' : 'wrong';
	}
	t.unmappedShould++;
	if (v.top3) {
		t.top3Known = true;
		if (v.top3.includes(item.metric)) t.top3Hit++;
	}
	return 'missed';
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

function summary(t: Tally) {
	const mapped = t.mappedShould + t.trapMapped;
	return {
		items: t.items,
		with_metric: t.shouldMap,
		recall: pct(t.right, t.shouldMap),
		mapped_share: pct(t.mappedShould, t.shouldMap),
		precision_of_mapped: pct(t.right, mapped),
		wrong_metric: t.wrongSibling + t.trapMapped,
		wrong_sibling: t.wrongSibling,
		none_mapped: `${t.trapMapped} of ${t.trapItems}`,
		unmapped_should_map: t.unmappedShould,
		top3_of_unmapped: t.top3Known ? pct(t.top3Hit, t.unmappedShould) : 'n/a'
	};
}

const SPLITS: Record<string, string[]> = {
	tune: ['tune'],
	tune2: ['tune2'],
	tune3: ['tune3'],
	tunes: ['tune', 'tune2', 'tune3'],
	// tables22's own summary/long-table wording (split by family before the product ran on it): its tuning half and its held-out half.
	'own22-tune': ['own22-tune'],
	'own22-test': ['own22-test'],
	test: ['test'],
	holdout: ['holdout'],
	both: ['tune', 'test'],
	all: ['tune', 'test', 'holdout']
};
/** Splits whose failures may be printed: the tuning sets only. */
const TUNING_SPLITS = new Set(['tune', 'tune2', 'tune3', 'tunes', 'own22-tune']);

/** No wording family on two files: tune, test, the holdout set (h_ families) and the second and third tuning sets (t2_, t3_ families). */
function checkSplit(): void {
	const sides = new Map<string, string>();
	for (const split of ['tune', 'test', 'holdout', 'tune2', 'tune3', 'own22-tune', 'own22-test'])
		for (const item of load(split)) {
			const other = sides.get(item.family);
			if (other && other !== split) throw new Error(`family ${item.family} is on both sides of the split`);
			sides.set(item.family, split);
		}
}

function run(split: string, showFailures: boolean, byReader: boolean) {
	const items = load(split);
	const all = emptyTally();
	const byShape = new Map<Shape, Tally>();
	const failures: string[] = [];
	for (const item of items) {
		const v = byReader && item.shape === 'form' ? classifyByFormReader(item) : classify(item);
		const shapeTally = byShape.get(item.shape) ?? emptyTally();
		byShape.set(item.shape, shapeTally);
		const outcome = add(all, item, v);
		add(shapeTally, item, v);
		if (showFailures && outcome !== 'right' && outcome !== 'ok')
			failures.push(`${outcome.padEnd(6)} ${item.id}  ${item.label}  [${item.context ?? ''}]  want ${item.metric}  got ${v.mapped ?? '-'}${v.top3 ? `  top3 ${v.top3.join(',')}` : ''}`);
	}
	return { split, all: summary(all), byShape: Object.fromEntries([...byShape].map(([s, t]) => [s, summary(t)])), failures };
}

function main() {
	const args = process.argv.slice(2);
	const at = args.indexOf('--split');
	const split = at >= 0 ? args[at + 1] : 'test';
	const json = args.includes('--json');
	const showFailures = args.includes('--failures');
	const byReader = args.includes('--reader');
	if (!(split in SPLITS)) throw new Error(`--split is one of ${Object.keys(SPLITS).join(', ')}`);
	if (showFailures && !TUNING_SPLITS.has(split))
		throw new Error('--failures only with --split tune, tune2, tune3 or tunes: the test half and the holdout set stay unseen');
	checkSplit();
	const results = SPLITS[split].map((s) => run(s, showFailures, byReader));
	if (json) {
		console.log(JSON.stringify(results.map(({ failures, ...r }) => r), null, 2));
		return;
	}
	for (const r of results) {
		console.log(`\n== ${r.split} ==`);
		console.table({ all: r.all, ...r.byShape });
		for (const f of r.failures) console.log(f);
	}
}

main();
