/** The draft's activity paragraphs and rankings. Pure. */
import { MEASURE_IDS, type Measure } from '../../query/filter';
import { ACTIVITIES, metricsOfActivity } from '../../schema/index';
import type { Paragraph, Part, Sentence, TokenQuery } from './model';
import type { DraftData } from './data';
import type { DraftLang } from './format';
import { countToken, MEASURE_WORDS, parts, pctToken, zhOrdinal } from './tokens';

/** What one draft is written from: the figures, the year it is about and the year before, its language. */
export interface DraftFigures {
	data: DraftData;
	year: number;
	prevYear: number | null;
	lang: DraftLang;
}

/** How many metrics an activity's paragraph names at most (in schema order). */
const METRICS_PER_ACTIVITY = 6;
/** How many units / regions a ranking names. */
const RANK_TOP = 3;

/** A metric's name as the clause before its figure: the trailing 场次/人次/人数 words go (the unit follows the figure). */
function metricStem(zh: string, family: string): string {
	const stem = zh.replace(/(参与总人数|参与人次|参与人数|场次|次数|人次|人数|个数)$/, (w) => (w.startsWith('参与') ? '参与' : ''));
	// Sessions read as an action: 开展安全宣传咨询活动93场 (unless the name already starts with a verb).
	return family === 'S' && !/^(开展|组织|举办|制作|在|参加|参与|邀请|创新)/.test(stem) ? `开展${stem}` : stem;
}

export function activityParagraphs(f: DraftFigures): Paragraph[] {
	const { data, year, lang } = f;
	const zh = lang === 'zh';
	const byMetric = new Map<string, number>();
	for (const m of data.metrics) if (m.year === year) byMetric.set(m.metricId, (byMetric.get(m.metricId) ?? 0) + m.value);
	const out: Paragraph[] = [];
	for (const a of ACTIVITIES) {
		const metrics = metricsOfActivity(a.id)
			.filter((m) => byMetric.has(m.id))
			.slice(0, METRICS_PER_ACTIVITY);
		if (!metrics.length) continue;
		let prevStem = '';
		const clauses: Part[][] = metrics.map((m) => {
			const q: TokenQuery = { agg: 'sum', year, metricId: m.id, measure: measureOfFamily(m.family) };
			const tok = countToken(m.id, byMetric.get(m.id)!, zh ? `${year}年${m.zh}` : `${m.en}, ${year}`, q);
			if (!zh) return [`${m.en.toLowerCase()} `, tok];
			const stem = metricStem(m.zh, m.family);
			// 开展安全宣传咨询活动93场，参与9.98万人次: a participants clause after its sessions clause keeps only 参与.
			const said = prevStem && stem.startsWith(prevStem.replace(/^开展/, '')) && stem.length > prevStem.replace(/^开展/, '').length;
			prevStem = stem;
			return [said ? stem.slice(stem.indexOf('参与')) : stem, tok, m.unit];
		});
		const joined = clauses.flatMap((c, i) => (i === 0 ? c : [zh ? '，' : '; ', ...c]));
		const n = out.length + 1;
		out.push({
			id: `activity.${a.id}`,
			heading: zh ? `（${zhOrdinal(n)}）${a.zh}` : `${n}. ${a.en}`,
			sentences: [{ id: `activity.${a.id}.figures`, parts: parts(zh ? `${a.zh}方面，` : `${a.en}: `, joined, zh ? '。' : '.') }]
		});
	}
	return out;
}

/** The measure a metric's family adds to (C counts are summed per metric only). */
function measureOfFamily(family: string): Measure | undefined {
	return MEASURE_IDS.find((m) => ({ participation: 'P', hazards: 'H', media: 'M', sessions: 'S' })[m] === family);
}

/** A ranked unit or region; `pick`: what its figure's query counts (default: the unit or region of that name). */
type Ranked = { name: string; value: number; pick?: Pick<TokenQuery, 'region' | 'regions'> };

/** One collator for every tie (localeCompare builds one per call: thousands of units took half a second). */
const zhOrder = new Intl.Collator('zh-CN').compare;
const byValue = (a: Ranked, b: Ranked) => b.value - a.value || zhOrder(a.name, b.name);

/** 各单位中，A参与人次最多（1.2万人次），其次是B（…）、C（…）。 */
function topSentence(f: DraftFigures, m: Measure, dim: 'unit' | 'region', ranked: Ranked[]): Sentence | null {
	if (ranked.length < 2) return null;
	const { year, lang } = f;
	const zh = lang === 'zh';
	const w = MEASURE_WORDS[lang][m];
	const tok = (r: Ranked, i: number) =>
		countToken(`top${i + 1}`, r.value, zh ? `${year}年${r.name}${w.name}` : `${w.name}, ${r.name}, ${year}`, { agg: 'sum', year, measure: m, ...(r.pick ?? { [dim]: r.name }) });
	const top = ranked.slice(0, RANK_TOP);
	const first = top[0];
	// Units tied with the first are named together (并列最多), the figure once.
	const tied = top.filter((r) => r.value === first.value);
	const names = tied.map((r) => r.name).join(zh ? '、' : ' and ');
	const after = top.slice(tied.length);
	const rest = after.flatMap((r, i) => [i === 0 ? '' : zh ? '、' : ', ', r.name, zh ? '（' : ' (', tok(r, tied.length + i), zh ? `${w.unit}）` : ')']);
	const lead = zh ? (dim === 'unit' ? '各单位中，' : '各地区中，') : dim === 'unit' ? 'Among units, ' : 'Among regions, ';
	return {
		id: `rank.${dim}.${m}`,
		parts: zh
			? parts(lead, names, `${w.rank}${tied.length > 1 ? '并列' : ''}最多（`, tok(first, 0), `${w.unit}）`, rest.length > 0 && '，其次是', rest, '。')
			: parts(lead, names, ` had the most ${w.rank}${tied.length > 1 ? ' (tied' : ' ('}`, tied.length > 1 ? ', ' : '', tok(first, 0), ')', rest.length > 0 && ', followed by ', rest, '.')
	};
}

/** 与上年相比，A参与人次增幅最大（增长46.0%，由…增至…）。and the largest fall. */
function changeSentences(f: DraftFigures, m: Measure): Sentence[] {
	const { data, year, prevYear, lang } = f;
	if (prevYear === null) return [];
	const zh = lang === 'zh';
	const w = MEASURE_WORDS[lang][m];
	const at = (y: number) => new Map(data.units.filter((u) => u.year === y && u.sums[m] !== null).map((u) => [u.unit, u.sums[m]!]));
	const cur = at(year);
	const prev = at(prevYear);
	const pairs = [...cur].filter(([u]) => (prev.get(u) ?? 0) > 0).map(([unit, c]) => ({ unit, c, p: prev.get(unit)!, pct: ((c - prev.get(unit)!) / prev.get(unit)!) * 100 }));
	if (pairs.length < 2) return [];
	const q = (unit: string, y: number): TokenQuery => ({ agg: 'sum', year: y, measure: m, unit });
	const sentence = (kind: 'rise' | 'fall', x: (typeof pairs)[number]): Sentence => {
		const pct = pctToken('change', x.c, x.p, zh ? `${x.unit}${w.name}同比变化` : `change in ${w.name}, ${x.unit}`, q(x.unit, year), q(x.unit, prevYear))!;
		const from = countToken('previous', x.p, zh ? `${prevYear}年${x.unit}${w.name}` : `${w.name}, ${x.unit}, ${prevYear}`, q(x.unit, prevYear));
		const to = countToken('current', x.c, zh ? `${year}年${x.unit}${w.name}` : `${w.name}, ${x.unit}, ${year}`, q(x.unit, year));
		return {
			id: `rank.${kind}.${m}`,
			parts: zh
				? parts(kind === 'rise' ? `与${prevYear}年相比，` : '', x.unit, `${w.rank}${kind === 'rise' ? '增幅' : '降幅'}最大（`, pct, '，由', from, `${w.unit}${kind === 'rise' ? '增至' : '降至'}`, to, `${w.unit}）。`)
				: parts(kind === 'rise' ? `Compared with ${prevYear}, ` : '', x.unit, ` had the largest ${kind} in ${w.rank} (`, pct, ', from ', from, ' to ', to, ').')
		};
	};
	const order = (a: (typeof pairs)[number], b: (typeof pairs)[number]) => b.pct - a.pct || zhOrder(a.unit, b.unit);
	const sorted = [...pairs].sort(order);
	const out: Sentence[] = [];
	if (sorted[0].pct > 0) out.push(sentence('rise', sorted[0]));
	const last = sorted[sorted.length - 1];
	if (last.pct < 0) out.push(sentence('fall', last));
	return out;
}

/** The measures whose changes per unit are named (a ranking of every measure would crowd the paragraph). */
const CHANGE_MEASURES: Measure[] = ['participation', 'hazards'];
const RANK_ORDER: Measure[] = ['participation', 'sessions', 'hazards', 'media'];

export function rankingParagraph(f: DraftFigures): Paragraph {
	const { data, year } = f;
	const ranked = (rows: { name: string; year: number | null; v: number | null; pick?: Ranked['pick'] }[]) =>
		rows.filter((r) => r.year === year && r.v !== null && r.v > 0 && r.name !== '').map((r) => ({ name: r.name, value: r.v!, pick: r.pick })).sort(byValue);
	const sentences: (Sentence | null)[] = [];
	for (const m of RANK_ORDER) sentences.push(topSentence(f, m, 'unit', ranked(data.units.map((u) => ({ name: u.unit, year: u.year, v: u.sums[m] })))));
	for (const m of RANK_ORDER) sentences.push(topSentence(f, m, 'region', ranked(data.regions.map((r) => ({ name: r.label ?? r.region, year: r.year, v: r.sums[m], pick: r.regions ? { region: r.region, regions: r.regions } : undefined })))));
	for (const m of CHANGE_MEASURES) sentences.push(...changeSentences(f, m));
	return { id: 'rankings', heading: f.lang === 'zh' ? '排名情况' : 'Rankings', sentences: sentences.filter((s): s is Sentence => s !== null) };
}
