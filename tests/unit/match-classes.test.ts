import { describe, expect, it } from 'vitest';
import { matchMetric, measureOf, rankMetrics, suggestMetrics, uncountedReason } from '../../src/lib/schema/index';
import { partsOf } from '../../src/lib/schema/parts';
import { namesBoth } from '../../src/lib/schema/siblings';
import { foldParts } from '../../src/lib/schema/lexicon';
import { NUMBER, id, top3 } from '../fixtures/match';

// Classes of cause, each with wordings of our own (none is in the evaluation set or the schema's
// synonyms): a class is fixed when every wording of it behaves, not one label.

describe('a label counting what the schema does not is never summed', () => {
	it.each([
		// handing out
		['发放宣传单（张）', ''],
		['分发宣传品（件）', '咨询日'],
		['赠送安全读本（本）', '安全宣传进学校'],
		['发放资料（份）', '安全宣传进企业'],
		// sending out staff and vehicles
		['出动执法人员（人次）', '执法检查'],
		['出动宣传车（辆次）', '宣传氛围'],
		['派出工作人员（人）', '咨询日'],
		// answering questions is not taking part
		['接受咨询群众（人次）', '安全宣传咨询日'],
		['现场解答问题（个）', '咨询日'],
		// what happens to a case after it is received
		['举报查实（件）', '举报'],
		['核查举报（件）', '举报'],
		['约谈（人次）', '专项整治'],
		['责令停产整顿（家）', '专项整治'],
		// inspections, plans, exams, watching a drill
		['检查生产经营单位（家次）', '专项整治'],
		['修订预案（项）', '应急演练'],
		['考试合格（人）', '安全培训'],
		['观摩演练（人次）', '应急演练']
	])('%s | %s', (label, context) => {
		expect(id(label, context)).toBeNull();
		// still suggested: the clerk maps it with one click if it is meant
		expect(Array.isArray(rankMetrics(label, context))).toBe(true);
	});

	it.each([
		['发放宣传品（ ）件', '安全宣传“五进”'],
		['接受咨询（ ）人次', '安全宣传咨询日'],
		['开展演练（ ）场，观摩（ ）人', '应急演练']
	])('form clause %s | %s', (label, context) => {
		expect(id(label, context, true)).toBeNull();
	});

	it('a metric that states the word itself is still found (提升执法监管能力)', () => {
		expect(id('提升执法监管能力')).toBe('cap.enforcement');
	});
});

describe('measures that are not counts of a metric', () => {
	it.each(['参与人数（万人次）', '受教育群众（万人）', '发放资料（万份）', '参与演练（ ）万人次', '宣传费用（元）', '兑现奖金'])('%s allows no family', (label) => {
		expect(measureOf(label)?.families).toEqual([]);
		expect(id(label, '咨询日')).toBeNull();
	});

	it('counts in 次 are not counts of things (播放公益广告（次） is showings, not ads)', () => {
		expect(id('播放公益广告（次）')).toBeNull();
		expect(id('公益广告（部）')).toBe('publicity.ads');
		expect(id('组织演练（次）', '应急演练')).toBe('drills.events');
	});
});

describe('qualifiers the gate must see', () => {
	it('a range of media levels agrees with no single level', () => {
		for (const label of ['省级以上媒体发稿（篇）', '各级媒体发稿（篇）', '市级以上媒体（篇）']) expect(id(label)).toBeNull();
		expect(id('省级（篇）', '媒体发稿')).toBe('publicity.provincial_articles');
		expect(id('县区（篇）', '媒体宣传')).toBe('publicity.local_articles');
	});

	it('the last slot of a clause speaks for itself (已整改 after 排查出)', () => {
		expect(partsOf('排查出隐患（ ）个，已整改（ ）个').qualifiers.stage).toEqual(['fixed']);
		expect(id('排查出隐患（ ）个，已整改（ ）个', '专项整治', true)).toBeNull();
		expect(id('开展进农村宣传（ ）场，覆盖群众（ ）人', '安全宣传“五进”', true)).toBe('five.village_participants');
	});

	it('two places at once name no single place (进村入户)', () => {
		expect(partsOf('进村入户（场）').qualifiers.place?.sort()).toEqual(['family', 'village']);
		expect(id('进村入户（场）', '五进')).toBeNull();
	});

	it('warning education naming neither a film nor an exhibition is the education metric', () => {
		expect(id('警示教育大会（场）')).toBe('warning.education_sessions');
		expect(id('观看警示片（人次）', '警示教育')).toBe('warning.film_participants');
		expect(id('参观人数', '警示教育展览')).toBe('warning.exhibition_participants');
	});

	it('display boards and stands are no exhibition', () => {
		expect(foldParts('展板')).toBe('展板');
		expect(id('摆放展板（块）', '安全宣传咨询日')).toBeNull();
	});
});

describe('activity context', () => {
	it('a header that words one metric stands for its activity', () => {
		expect(id('知识竞赛（人次）', '全省安全生产知识网络竞赛')).toBe('tour.contest_participants');
		expect(id('上传短视频（ ）条', '抖音“我是安全明白人”话题', true)).toBe('consult.douyin_videos');
	});

	it('a label naming one activity under a header naming another is not guessed', () => {
		expect(id('网络知识竞赛（人次）', '万里行')).not.toBe('consult.contest_participants');
		expect(id('举报隐患（处）', '专项整治')).not.toBe('report.received');
	});
});

describe('suggestions for what stays unmapped', () => {

	it('a metric of a family the measure word rules out is still suggested (奖励 counted in 人次)', () => {
		expect(id('兑现举报奖励（人次）', '举报')).toBeNull();
		expect(top3('兑现举报奖励（人次）', '举报')).toContain('report.rewarded');
	});

	it('a generic leaf under a header naming no activity gets the metrics the header words', () => {
		expect(top3('场次', '理论宣讲')).toContain('study.lecture_sessions');
		// the header's qualifier alone chooses nothing: 网络 is online, yet no 线上活动 of the consultation day
		expect(id('参与人次', '网络知识答题')).toBeNull();
	});
});

describe('the reason a suggestion was not chosen', () => {
	it('names the word of a thing the schema does not count', () => {
		const [first] = suggestMetrics('发放宣传资料（份）', '安全宣传咨询日');
		expect(first.reasons.find((r) => r.zh.includes('发放'))).toMatchObject({ part: 'action', ok: false, zh: '标签写“发放”，指标不统计此项' });
	});
});

describe('two counts a label words alike: the header tells them apart, or nothing does', () => {
	it.each([
		// the slot 刊发新闻报道（ ）篇 ends two clauses: the progress reports' and the good practices'
		['刊发新闻报道（篇）', '媒体报道重点任务进展', 'rectification.news_articles'],
		['新闻报道（篇）', '集中攻坚工作成效报道', 'rectification.news_articles'],
		['刊发新闻报道（篇）', '宣传推广经验做法', 'rectification.practice_articles'],
		['刊发新闻报道（篇）', '经验做法推广', 'rectification.practice_articles'],
		// the activity's name alone words neither
		['刊发新闻报道（篇）', '专项整治宣传', null],
		['刊发新闻报道（篇）', '三年行动', null]
	])('%s | %s → %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
		expect(top3(label, context).slice(0, 2).sort()).toEqual(['rectification.news_articles', 'rectification.practice_articles']);
	});

	it('a header that is only the activity’s name chooses none of its counts that differ by kind', () => {
		// 云课堂 holds its classes and its live streams: the name says neither
		expect(id('参与人次', '云课堂')).toBeNull();
		expect(id('场次', '云课堂')).toBeNull();
		expect(top3('参与人次', '云课堂')).toEqual(expect.arrayContaining(['cloud.participants', 'cloud.live_participants']));
		expect(matchMetric('参与总人数（ ）人', '云课堂', { families: NUMBER })).toBeNull();
		// words beyond the name still choose
		expect(id('场次', '云课堂线上直播')).toBe('cloud.live_sessions');
		expect(matchMetric('（ ）人次', '收看学习“安全生产大家谈”云课堂', { families: NUMBER })?.metricId).toBe('cloud.participants');
		// an activity whose name designates one count keeps it
		expect(id('参演人次', '应急演练')).toBe('drills.participants');
	});
});

describe('what the header says, level by level', () => {
	it.each([
		// the activity's name (and its parts: 6.16, 咨询日) names the activity, not one of its counts
		['参与人次', '6.16', 'consult.participants'],
		['参与（人次）', '咨询日', 'consult.participants'],
		// the level nearest the leaf names the activity
		['场次', '五进活动 应急疏散演练', 'drills.events'],
		['参与人次', '专项整治 警示教育 观看警示片', 'warning.film_participants'],
		['场次', '安全宣传“五进” 进学校', 'five.school_events'],
		// a qualifier the header states that one count of the family has
		['参与人数', '安全宣传五进 进家庭', 'five.family_participants'],
		['场次', '咨询日 网上', 'consult.online_events'],
		['人次', '咨询日 现场', 'consult.participants']
	])('%s | %s → %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it('a label naming one activity under a header naming another is not sure unless its own is far nearer', () => {
		expect(id('举报线索（条）', '查找身边隐患行动')).toBeNull();
		expect(top3('举报线索（条）', '查找身边隐患行动')[0]).toBe('rectification.hazards_reported');
		// Tip-offs of hazards alone name the campaign's own count (举报风险隐患), not the reporting activity.
		expect(id('举报隐患（处）', '查找身边隐患行动')).toBe('rectification.hazards_reported');
		expect(id('群众举报隐患（条）', '隐患大扫除')).toBe('rectification.hazards_reported');
	});
});

describe('parts of a label (3)', () => {
	it('a kind of unit right before the slot makes the slot a count of units', () => {
		expect(measureOf('企业（ ）家参与隐患自查')?.families).toEqual(['C']);
		expect(measureOf('组织学校（ ）所开展疏散演练')?.families).toEqual(['C']);
		expect(measureOf('社区（ ）个')?.families).toEqual(['C']);
		expect(id('企业（ ）家参与隐患自查', '排查整治', true)).toBe('rectification.enterprises');
		// a thing that is no kind of unit keeps its measure
		expect(measureOf('排查隐患（ ）个')?.families).toEqual(['M', 'C', 'H']);
	});

	it('what the public brings in (反映) is a tip-off; 网民 and 网友 are online', () => {
		expect(partsOf('群众反映问题（条）').qualifiers.actor).toEqual(['tipoff']);
		expect(id('收到群众反映隐患（ ）条', '隐患排查整治', true)).toBe('rectification.hazards_reported');
		expect(id('网友参与（ ）人次', '咨询日', true)).toBe('consult.online_participants');
		expect(partsOf('网民参与人次').qualifiers.channel).toEqual(['online']);
	});

	it('下乡 is going to the villages', () => {
		expect(id('送法下乡宣传（场）', '五进')).toBe('five.village_events');
		expect(foldParts('送安全下乡')).toBe('送安全进农村');
	});
});

describe('counts in 万 stay unmapped, with the reason and no suggestion', () => {
	it.each([
		['受教育群众（万人次）', '万人次'],
		['线上观看（万人）', '万人'],
		['覆盖人群（ ）万人次', '万人次'],
		['网络答题参与（千人次）', '千人次']
	])('%s', (label, unit) => {
		expect(matchMetric(label, '安全宣传咨询日')).toBeNull();
		expect(suggestMetrics(label, '安全宣传咨询日')).toEqual([]);
		const why = uncountedReason(label);
		expect(why?.zh).toContain(`以“${unit}”计`);
		expect(why?.en).toContain(`counted in ${unit}`);
	});

	it('money, rates and units no metric counts get their own reason; a count gets none', () => {
		expect(uncountedReason('宣传经费（万元）')?.zh).toMatch(/^比率、占比、平均数或金额/);
		expect(uncountedReason('整改完成率（%）')?.en).toMatch(/^A rate, share/);
		expect(uncountedReason('宣传车（辆）')?.zh).toBe('没有以“辆”统计的指标，不计入。');
		expect(uncountedReason('参与（人次）')).toBeNull();
		expect(uncountedReason('开展演练（场）')).toBeNull();
		expect(uncountedReason('是否制定方案 □是□否')).toBeNull();
	});
});

describe('a label counting two things is no count of one', () => {
	it.each([
		// two values of one dimension, in the label's own words
		['咨询日线上线下参与合计（人次）', ''],
		['网上及现场咨询活动（场）', '咨询日'],
		// two things joined by 和 / 及
		['演练及培训（场）', ''],
		['开展应急演练和知识竞赛（场）', ''],
		['警示教育片拍摄及放映（部）', '']
	])('%s | %s → unmapped', (label, context) => {
		expect(id(label, context)).toBeNull();
		expect(top3(label, context).length).toBeGreaterThan(0);
	});

	it('a metric wording both things still takes the label; 普及 and 及时 join nothing', () => {
		expect(id('举报隐患和违法行为（条）')).toBe('report.received');
		// several places the metric's own wording names too (社区居民、企业员工举报…)
		expect(id('居民、职工举报隐患和违法行为（条次）')).toBe('report.received');
		expect(namesBoth('科普知识普及（场）', 'five.products')).toBe(true);
		expect(namesBoth('及时开展演练（场）', 'drills.events')).toBe(true);
		expect(namesBoth('开展应急演练和知识竞赛（场）', 'drills.events')).toBe(false);
	});
});
