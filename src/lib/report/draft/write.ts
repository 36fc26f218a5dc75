/**
 * The draft's sentences from the figures: an opening (units that reported),
 * totals per family with the change on the year before, one paragraph per
 * activity, rankings, and what the checks found. A sentence whose figures are
 * missing is left out, never written with 0. Chinese follows the patterns of
 * real 总结 (共组织开展…场次; 同比增长…%; 其中…最多); English says the same. Pure.
 */
import type { Filter, Measure } from '../../query/filter';
import type { RegionLevel } from '../../query/regions';
import { getActivity } from '../../schema/index';
import { draftYears, type DraftData } from './data';
import type { Draft, DraftLang, Paragraph, Part, Sentence, TokenQuery } from './model';
import { countToken, intToken, nameList, parts, pctToken, rateToken, MEASURE_WORDS } from './tokens';
import { activityParagraphs, rankingParagraph, type DraftFigures } from './write-detail';

export type { DraftFigures } from './write-detail';

/** The roster's view of the draft's year: how many units must report, how many have, which have not, and who filed from outside it. */
export interface DraftRoster {
	expected: number;
	/** Roster units with a readable filing (final, late or interim only). */
	reported: number;
	missing: readonly string[];
	/** Filers on no roster line (名单外), by name: named apart, not counted as expected units that reported. */
	offRoster: readonly string[];
}

export interface DraftContext {
	filter: Filter;
	/** Files that could not be read (their names). */
	failedFiles: readonly string[];
	/** The roster's view, once there is one: how many units must report and which have not. */
	roster?: DraftRoster | null;
	/** The same for the year the draft settles on (used when `roster` is not given): the page and CLI pass the roster this way. */
	rosterFor?: ((year: number) => DraftRoster | null) | null;
	/** Warnings the checks raised over all the data loaded (by rule), when they ran. */
	checkWarnings?: number | null;
	/** The level of the region tree the region chart shows: the regional rankings rank its bars (report/draft/index.ts draftFromRows). */
	regionLevel?: RegionLevel | null;
}

const TOTALS_ORDER: Measure[] = ['sessions', 'participation', 'hazards', 'media'];

function totalsSentence(f: DraftFigures, m: Measure): Sentence | null {
	const { data, year, prevYear, lang } = f;
	const cur = data.years.get(year)?.sums[m] ?? null;
	if (cur === null) return null;
	const prev = prevYear === null ? null : (data.years.get(prevYear)?.sums[m] ?? null);
	const q = (y: number): TokenQuery => ({ agg: 'sum', year: y, measure: m });
	const w = MEASURE_WORDS[lang][m];
	const label = lang === 'zh' ? `${year}年${w.name}` : `${w.name}, ${year}`;
	const v = countToken('value', cur, label, q(year));
	const pct = prevYear === null ? null : pctToken('change', cur, prev, lang === 'zh' ? `${w.name}同比变化（${year}年比${prevYear}年）` : `change in ${w.name}, ${year} on ${prevYear}`, q(year), q(prevYear));
	const yoy = pct ? (lang === 'zh' ? ['，同比', pct] : [', ', pct, ' on the year before']) : [];
	const zh: Record<Measure, Part[]> = {
		sessions: ['共组织开展各类活动', v, '场次'],
		participation: ['参与', v, '人次'],
		hazards: ['排查发现各类安全风险隐患和问题', v, '处'],
		media: ['制作、刊发各类宣传报道和宣传品', v, '件']
	};
	const en: Record<Measure, Part[]> = {
		sessions: [v, ' activity sessions were held'],
		participation: ['participation reached ', v],
		hazards: [v, ' safety hazards and problems were found'],
		media: [v, ' publicity reports and products were made or published']
	};
	return { id: `totals.${m}`, parts: parts(lang === 'zh' ? zh[m] : en[m], yoy, lang === 'zh' ? '。' : '.') };
}

function openingParagraph(f: DraftFigures, ctx: DraftContext): Paragraph {
	const { lang } = f;
	const zh = lang === 'zh';
	const sentences = ctx.roster ? rosterOpening(f, ctx.roster, ctx.filter.regions) : [unitsOpening(f, ctx.filter.regions)];
	const acts = ctx.filter.activities.map((id) => (zh ? getActivity(id)?.zh : getActivity(id)?.en) ?? id);
	if (acts.length) sentences.push({ id: 'opening.scope', parts: [zh ? `以下统计限于${nameList(acts, lang, 10)}。` : `The figures below cover ${nameList(acts, lang, 10)} only.`] });
	return { id: 'opening', sentences };
}

/** Without a roster: how many units reported (the facts' count). */
function unitsOpening(f: DraftFigures, regions: readonly string[]): Sentence {
	const { data, year, lang } = f;
	const zh = lang === 'zh';
	const units = intToken('units', data.years.get(year)?.units ?? 0, zh ? `${year}年报送数据的单位数` : `units that reported, ${year}`, { agg: 'units', year });
	return {
		id: 'opening.units',
		parts: zh
			? parts(`${year}年“安全生产月”活动期间，`, regions.length ? nameList(regions, lang, 5) : '', '共有', units, '个单位报送了统计数据。')
			: parts(`During Safety Production Month ${year}, `, units, ' units', regions.length ? ` in ${nameList(regions, lang, 5)}` : '', ' reported their figures.')
	};
}

/** With a roster: completion against it (应报、已报、完成率); filers on no roster named apart, never counted as expected units. */
function rosterOpening(f: DraftFigures, roster: DraftRoster, regions: readonly string[]): Sentence[] {
	const { year, lang } = f;
	const zh = lang === 'zh';
	const where = regions.length ? nameList(regions, lang, 5) : '';
	const expected = intToken('expected', roster.expected, zh ? `${year}年应报单位数（名单）` : `units expected to report (roster), ${year}`, null);
	const reported = intToken('reported', roster.reported, zh ? `${year}年名单内已报送的单位数` : `roster units that reported, ${year}`, null);
	const rate = rateToken('rate', roster.expected ? roster.reported / roster.expected : 0, zh ? `${year}年报送完成率（已报 ÷ 应报）` : `reporting rate (reported ÷ expected), ${year}`);
	const out: Sentence[] = [
		{
			id: 'opening.units',
			parts: zh
				? parts(`${year}年“安全生产月”活动期间，`, where, '应报送统计数据的单位', expected, '个，已报送', reported, '个，完成率', rate, '。')
				: parts(`During Safety Production Month ${year}, `, reported, ' of the ', expected, ' units expected to report', where ? ` in ${where}` : '', ' reported their figures (', rate, ').')
		}
	];
	if (roster.offRoster.length) {
		const n = intToken('off', roster.offRoster.length, zh ? `${year}年名单外报送单位数` : `units on no roster that reported, ${year}`, null);
		const names = nameList(roster.offRoster, lang, 5);
		out.push({
			id: 'opening.off-roster',
			parts: zh ? ['另有名单外单位', n, `个（${names}）报送了统计数据，不计入完成率。`] : ['Units not on the roster that also reported: ', n, ` (${names}); they are not counted in the rate.`]
		});
	}
	return out;
}

function totalsParagraph(f: DraftFigures, incomplete: boolean): Paragraph {
	const sentences = TOTALS_ORDER.map((m) => totalsSentence(f, m)).filter((s): s is Sentence => s !== null);
	if (sentences.length) {
		const first = sentences[0];
		if (f.lang === 'zh') first.parts = [incomplete ? '据不完全统计，' : '据统计，', ...first.parts];
		else first.parts = [incomplete ? 'By incomplete count, ' : 'In all, ', ...first.parts];
		// English sentences after the first start with a capital.
		for (const s of f.lang === 'en' ? sentences.slice(1) : []) if (typeof s.parts[0] === 'string') s.parts[0] = s.parts[0][0].toUpperCase() + s.parts[0].slice(1);
	}
	return { id: 'totals', sentences };
}

function checksParagraph(f: DraftFigures, ctx: DraftContext): Paragraph {
	const { data, year, lang } = f;
	const zh = lang === 'zh';
	const out: Sentence[] = [];
	const failed = ctx.failedFiles;
	if (failed.length) {
		const n = intToken('n', failed.length, zh ? '无法读取的文件数' : 'files that could not be read', null);
		out.push({
			id: 'checks.failed',
			parts: zh ? ['另有', n, `个文件无法读取（${nameList(failed, lang)}），其数据未计入上述统计。`] : ['Files that could not be read: ', n, ` (${nameList(failed, lang)}); their figures are not counted above.`]
		});
	}
	if (ctx.roster && ctx.roster.missing.length) {
		const n = intToken('n', ctx.roster.missing.length, zh ? '未报送的应报单位数' : 'expected units that have not reported', null);
		const names = nameList(ctx.roster.missing, lang, 5);
		out.push({ id: 'checks.missing', parts: zh ? ['尚有', n, `个应报单位未报送（${names}）。`] : ['Expected units that have not reported: ', n, ` (${names}).`] });
	}
	const count = (status: string, y: number | null) => data.statuses.filter((s) => s.status === status && s.year === y).reduce((a, s) => a + s.n, 0);
	const unmapped = count('unmapped', year);
	if (unmapped > 0) {
		const n = intToken('n', unmapped, zh ? `${year}年未对应到统计项目的数据项` : `items outside the schema, ${year}`, { agg: 'facts', year, status: 'unmapped' });
		const labels = data.unmappedLabels.filter((l) => l.year === year && l.label).map((l) => (zh ? `“${l.label}”` : `"${l.label}"`));
		const eg = labels.length ? (zh ? `（如${labels.slice(0, 2).join('、')}）` : ` (e.g. ${labels.slice(0, 2).join(', ')})`) : '';
		out.push({ id: 'checks.unmapped', parts: zh ? ['有', n, `项数据未能对应到统计项目${eg}，未计入上述合计。`] : ['Items that match no statistic', eg, ': ', n, '; they are not in the totals.'] });
	}
	const superseded = count('superseded', year);
	if (superseded > 0) {
		const n = intToken('n', superseded, zh ? `${year}年被较新报送取代的数据项` : `items replaced by a later filing, ${year}`, { agg: 'facts', year, status: 'superseded' });
		out.push({
			id: 'checks.superseded',
			parts: zh ? ['同一单位多次报送的，按最新一次计入，较早报送的', n, '项数据未重复计算。'] : ['Where a unit reported more than once the latest filing counts; ', n, ' items of earlier filings are not counted twice.']
		});
	}
	const unknownYear = count('ok', null);
	if (unknownYear > 0) {
		const n = intToken('n', unknownYear, zh ? '年度不详的数据项' : 'items whose year is unknown', { agg: 'facts', year: null, status: 'ok' });
		out.push({ id: 'checks.year-unknown', parts: zh ? ['另有', n, `项数据年度不详，未计入${year}年统计。`] : ['Items whose year is unknown: ', n, `; they are not counted in ${year}.`] });
	}
	if (ctx.checkWarnings) {
		const n = intToken('n', ctx.checkWarnings, zh ? '核查提示需核实的问题数' : 'checks that need a look', null);
		out.push({ id: 'checks.warnings', parts: zh ? ['数据核查共提示', n, '处需要核实的问题（全部已导入数据），详见“核查”页。'] : ['The checks raised ', n, ' warnings over all the data loaded (see the Checks tab).'] });
	}
	return { id: 'checks', heading: zh ? '数据说明' : 'Notes on the data', sentences: out };
}

export function draftTitle(year: number | null, lang: DraftLang): string {
	if (lang === 'zh') return year === null ? '“安全生产月”活动总结（统计数据部分）' : `${year}年“安全生产月”活动总结（统计数据部分）`;
	return year === null ? 'Safety Production Month: the figures' : `Safety Production Month ${year}: the figures`;
}

export function buildDraft(data: DraftData, ctx: DraftContext, lang: DraftLang): Draft {
	const { year, prevYear } = draftYears(data, ctx.filter.years);
	if (ctx.roster === undefined && ctx.rosterFor && year !== null) ctx = { ...ctx, roster: ctx.rosterFor(year) };
	const incomplete = ctx.failedFiles.length > 0 || (ctx.roster?.missing.length ?? 0) > 0;
	const draft: Draft = { lang, year, prevYear, incomplete, title: draftTitle(year, lang), paragraphs: [] };
	if (year === null || !(data.years.get(year)?.units ?? 0)) return draft;
	const f: DraftFigures = { data, year, prevYear, lang };
	draft.paragraphs = [openingParagraph(f, ctx), totalsParagraph(f, incomplete), ...activityParagraphs(f), rankingParagraph(f), checksParagraph(f, ctx)].filter((p) => p.sentences.length > 0);
	return draft;
}
