/**
 * Items listed with 、 and their counts after them in the same order, as fillers of other offices
 * write them: 开展进企业、进农村、进社区活动分别为（3）场、（2）场、（4）场; 在中央、省级、市县级媒体分别发表稿件
 * （1）篇、（3）篇、（12）篇; 开展“专题行”、“区域行”、“网上行”（2）次、（3）次、（1）次. Each slot is read as the
 * sentence written for its item alone (开展进农村活动（ ）场), so the matcher sees one place, one level.
 */
import { splitOutsideBrackets, type Slot } from './slots';

/** Words after which a list's first item starts (在中央, 开展进企业). */
const LEAD_IN = /(?:在|于|到|向|对|开展|组织|举办|深入|走进|进行|通过|发动|赴)/g;
/** Words with which the list's shared tail starts (市县级媒体发表稿件 → 媒体发表稿件). */
const TAIL = /媒体|新闻|平台|活动|宣传|发表|刊发|开展|举办|建设|基地|等/;
/** What joins the list to its counts: 分别为, 依次为, 各. */
const JOINER = /分别|依次|各自/g;
const JOINER_END = /(?:为|是|：|:|[\s\u3000])+$/;
const QUOTED = /[“"「『][^”"」』]{1,12}[”"」』]/g;
const MAX_ITEM = 10;

/** Runs of ≥ 2 number slots one after another with the same measure word and nothing but 、，between. */
function slotRuns(text: string, slots: Slot[]): Slot[][] {
	const runs: Slot[][] = [];
	let run: Slot[] = [];
	for (const s of slots) {
		const last = run[run.length - 1];
		const joined = last && s.kind !== 'text' && last.unit === s.unit && /^[、，,\s\u3000]*$/.test(text.slice(last.unitEnd, s.start));
		if (joined) run.push(s);
		else {
			if (run.length >= 2) runs.push(run);
			run = s.kind === 'text' ? [] : [s];
		}
	}
	if (run.length >= 2) runs.push(run);
	return runs;
}

/** The list before a run, split into its items with the words before and after them. */
function listBefore(words: string, k: number): Listed | null {
	const quoted = [...words.matchAll(QUOTED)];
	if (quoted.length === k) {
		const first = quoted[0].index ?? 0;
		const last = quoted[k - 1];
		const between = words.slice(first, (last.index ?? 0) + last[0].length);
		// The quotes must be the list itself (“专题行”、“区域行”), not names inside longer items.
		if (between.replace(QUOTED, '').replace(/[、\s\u3000]/g, '') === '')
			return { lead: words.slice(0, first), items: quoted.map((q) => q[0]), tail: words.slice((last.index ?? 0) + last[0].length) };
	}
	const parts = splitOutsideBrackets(words, '、').map((p) => p.text);
	if (parts.length !== k) return null;
	const head = parts[0];
	let cut = 0;
	for (const m of head.matchAll(LEAD_IN)) cut = (m.index ?? 0) + m[0].length;
	const end = parts[k - 1];
	const t = TAIL.exec(end.slice(1));
	const tailAt = t ? t.index + 1 : end.length;
	const items = [head.slice(cut), ...parts.slice(1, k - 1), end.slice(0, tailAt)];
	if (items.some((it) => it.trim() === '' || it.length > MAX_ITEM)) return null;
	return { lead: head.slice(0, cut), items, tail: end.slice(tailAt) };
}

/** A list as read: the words before its first item, its items, the words after its last. */
export interface Listed {
	lead: string;
	items: string[];
	tail: string;
}

/**
 * For each slot of a listed run, the words it means on its own: lead-in + its item + shared tail +
 * （ ）unit. A run with no list before it takes the list of the clause before (…分别为（3）场、（2）场，
 * 参与人数分别为（200）人、（150）人): its item's sentence, then the run's own words.
 */
export function enumeratedLabels(text: string, slots: Slot[], listBefore_: Listed | null): { labels: Map<Slot, string>; runs: Slot[][]; list: Listed | null } {
	const labels = new Map<Slot, string>();
	const runs: Slot[][] = [];
	let found: Listed | null = null;
	if (!text.includes('、')) return { labels, runs, list: null };
	for (const run of slotRuns(text, slots)) {
		const at = slots.indexOf(run[0]);
		const from = at > 0 ? slots[at - 1].unitEnd : 0;
		const words = text.slice(from, run[0].start).replace(JOINER, '').replace(JOINER_END, '');
		const list = listBefore(words, run.length);
		if (list) {
			run.forEach((s, i) => labels.set(s, `${list.lead}${list.items[i]}${list.tail}（ ）${s.unit}`));
			found = list;
		} else if (listBefore_ && listBefore_.items.length === run.length && !words.includes('、')) {
			const prev = listBefore_;
			run.forEach((s, i) => labels.set(s, `${prev.lead}${prev.items[i]}${prev.tail}，${words}（ ）${s.unit}`));
		} else continue;
		runs.push(run);
	}
	return { labels, runs, list: found };
}
