import { describe, expect, it } from 'vitest';
import { detectActivity, matchMetric, measureOf } from '../../src/lib/schema/index';
import { partsOf, qualifierConflict } from '../../src/lib/schema/parts';
import { id, top3 } from '../fixtures/match';

// Classes of cause found on wordings of our own (none is in the evaluation sets or the schema's
// synonyms). Each class is tested with several wordings: a class is fixed when all of them behave.

describe('units of measure however they are written', () => {
	it.each([
		['受教育群众（人/次）', '人次'],
		['演练（场·次）', '场次'],
		['举报（条／次）', '条次'],
		['参与（人（次））', '人次']
	])('a compound unit with a separator: %s is %s', (label, unit) => {
		expect(measureOf(label)?.unit).toBe(unit);
	});

	it('a participants column in 人/次 is never read as 次 (sessions)', () => {
		expect(id('参加人数（人/次）', '消防疏散演练')).toBe('drills.participants');
		expect(id('受众（人·次）', '6·16咨询日')).toBe('consult.participants');
	});

	it.each([
		['发稿篇数', 'M'],
		['活动场数', 'S'],
		['受理件数', 'H'],
		['挂图张数量', 'M']
	])('a measure word followed by 数: %s counts %s', (label, family) => {
		expect(measureOf(label)?.families[0]).toBe(family);
	});
});

describe('words of one meaning', () => {
	it.each([
		['收看警示教育片（人次）', '', 'warning.film_participants'],
		['集体观影（场）', '事故警示教育', 'warning.film_sessions'],
		['拟新建体验基地（个）', '', 'five.bases_planned'],
		['筹建安全体验基地（个）', '', 'five.bases_planned'],
		['桌面推演（场）', '应急演练', 'drills.events'],
		['进工厂宣讲（场）', '安全宣传“五进”', 'five.enterprise_events']
	])('%s | %s → %s', (label, context, expected) => {
		expect(id(label, context)).toBe(expected);
	});

	it.each([
		['县（市、区）媒体发稿（篇）', 'publicity.local_articles'],
		['市（州）级媒体（篇）', 'publicity.local_articles'],
		['市（地、州）媒体刊稿（篇）', 'publicity.local_articles']
	])('an administrative level with its equivalents in brackets: %s', (label, expected) => {
		expect(id(label)).toBe(expected);
	});

	it.each([
		['Articles in provincial media', '', 'publicity.provincial_articles'],
		['No. of articles (county media)', '', 'publicity.local_articles'],
		['Hazards identified', '专项整治', 'rectification.hazards_found'],
		['Tip-offs received (条)', '', 'report.received'],
		['Persons rewarded', '举报', 'report.rewarded'],
		['Visitors', '警示教育展览', 'warning.exhibition_participants']
	])('an English header is read as its Chinese: %s | %s', (label, context, expected) => {
		expect(id(label, context)).toBe(expected);
	});
});

describe('qualifiers that only their own metrics can have', () => {
	it.each([
		['视频号发布短视频（条）', '6·16咨询日'],
		['快手话题作品（条）', ''],
		['今日头条推送（篇）', '宣传氛围'],
		['微信群转发（条）', '安全宣传咨询日']
	])('a post on a platform the schema does not count: %s | %s', (label, context) => {
		expect(id(label, context)).toBeNull();
		expect(partsOf(label, context).qualifiers.platform).toEqual(['other']);
	});

	it('Douyin and Weibo are each their own topic', () => {
		expect(id('抖音短视频（条）', '咨询日')).toBe('consult.douyin_videos');
		expect(id('微博转发（条）', '“身边的安全谣言”')).toBe('consult.weibo_posts');
		expect(qualifierConflict(partsOf('抖音作品（条）'), 'consult.weibo_posts')).toBe('platform');
	});

	it.each([
		['竞赛获奖（人）', '网上知识竞赛'],
		['表彰奖励（人）', '应急演练'],
		['问题整改（条）', '万里行'],
		['隐患销号（项）', '隐患排查'],
		['整改完成（处）', '']
	])('a reward, or a fix, is only ever its own metric: %s | %s', (label, context) => {
		expect(id(label, context)).toBeNull();
	});

	it('warning exhibitions are visited on site; 网上展览 is the consultation day’s', () => {
		expect(qualifierConflict(partsOf('网上展览（人次）'), 'warning.exhibition_participants')).toBe('channel');
		expect(id('线上展览观展（人次）', '咨询日')).toBe('consult.exhibition_participants');
		expect(id('参观警示展馆（人次）')).toBe('warning.exhibition_participants');
	});

	it.each([
		['转办举报线索（件）', '举报'],
		['督办隐患（项）', '专项整治'],
		['举报回复（件）', ''],
		['演练效果评估（次）', '应急演练']
	])('what follows a case or a drill is outside the schema: %s | %s', (label, context) => {
		expect(id(label, context)).toBeNull();
	});
});

describe('activities named other ways', () => {
	it.each(['安全生产燕赵行', '黔山安全行', '安全生产“八桂行”活动', '三晋行'])('%s is the campaign tour under a local name', (text) => {
		expect(detectActivity(text)).toBe('campaign_tour');
	});

	it.each(['安全生产执行情况', '安全出行宣传', '安全生产行政执法', '进行隐患排查', '安全行为红黑榜'])('%s names no campaign tour', (text) => {
		expect(detectActivity(text)).not.toBe('campaign_tour');
	});

	it('a local tour header gives its leaves their metrics', () => {
		expect(id('曝光隐患问题（条）', '安全生产燕赵行')).toBe('tour.problems_exposed');
		expect(id('黔山安全行采访报道（次）')).toBe('tour.press_interviews');
	});
});

describe('what a label does not say is not guessed', () => {
	it('the same count of two activities, the label naming neither, stays unmapped', () => {
		expect(id('专栏专题（个）')).toBeNull();
		expect(top3('专栏专题（个）')).toEqual(expect.arrayContaining(['rectification.columns', 'study.columns']));
		expect(id('专栏专题（个）', '专项整治宣传')).toBe('rectification.columns');
	});

	it.each([
		['合计', '举报'],
		['总计', '应急演练'],
		['数量', '警示教育'],
		['小计', '6·16咨询日']
	])('a total that states no family (%s | %s) gets suggestions, not a metric', (label, context) => {
		expect(id(label, context)).toBeNull();
		expect(top3(label, context).length).toBeGreaterThan(0);
	});

	it('a total under a header is not summed (it may sum the columns beside it); a count the header names the family of is its primary metric', () => {
		expect(id('合计', '应急演练参与人数')).toBeNull();
		expect(id('活动数', '应急演练')).toBe('drills.events');
	});

	it('a media level in the header over a bare unit is that level’s articles', () => {
		expect(id('篇数', '新闻宣传 省级')).toBe('publicity.provincial_articles');
		expect(id('篇', '宣传报道 县（市、区）级')).toBe('publicity.local_articles');
		// a level over people is no article count
		expect(id('人次', '新闻宣传 省级')).toBeNull();
	});
});

describe('suggestions respect what the label and its header say', () => {
	it('the header’s activity comes before another activity sharing a word', () => {
		expect(top3('收看人数', '云课堂直播')).toContain('cloud.live_participants');
		expect(top3('观看（人次）', '“安全生产大家谈”云课堂')[0]).toMatch(/^cloud\./);
	});

	it('a metric counted in the label’s unit comes before one counted in another', () => {
		expect(top3('宣传经验做法见报（篇）')).toContain('rectification.practice_articles');
	});

	it('three suggestions are not three levels (or places) of one metric', () => {
		const three = top3('刊发稿件（篇）', '经验做法推广');
		expect(three.filter((m) => m.startsWith('publicity.') && m.endsWith('_articles')).length).toBeLessThanOrEqual(2);
		const places = top3('宣传（场）', '五进活动');
		expect(places.length).toBe(3);
	});

	it('the siblings of the activity the label or its header names stay: no other activity’s count pushes one out', () => {
		for (const [label, context] of [
			['“五进”宣传活动（场）', ''],
			['组织开展五进宣传（次）', ''],
			['宣传活动（场）', '安全宣传五进工作'],
			['“五进”活动覆盖人数', ''],
			['安全宣传五进参与（人）', '']
		])
		{
			const three = top3(label, context);
			expect(three.every((m) => m.startsWith('five.'))).toBe(true);
			expect(three.filter((m) => /^five\.(enterprise|village|community|school|family)_/.test(m)).length).toBeGreaterThanOrEqual(2);
		}
		// A candidate wording what the siblings do not still comes up among them (the good-practice articles).
		expect(top3('推广经验做法刊发稿件（篇）')).toContain('rectification.practice_articles');
	});

	it('the header’s activity leads even when another activity’s metric words the leaf more closely', () => {
		expect(top3('刊登文章（篇）', '三年行动专项整治')[0]).toMatch(/^rectification\./);
		expect(top3('媒体发稿（篇）', '集中攻坚宣传')).toContain('rectification.news_articles');
		// a qualifier that differs still leaves the siblings first within the label's activity
		expect(top3('地方媒体发稿（篇）').sort()).toEqual(['publicity.central_articles', 'publicity.local_articles', 'publicity.provincial_articles']);
	});
});

describe('what the label does, and whose count it is', () => {
	it.each([
		['摄制警示教育片（部）', '警示教育', 'rectification.warning_films_made'],
		['录制事故警示片数量', '事故警示教育']
	])('making a film is never a screening of one: %s | %s', (label, context, expected?: string) => {
		expect(id(label, context)).not.toBe('warning.film_sessions');
		if (expected) expect(id(label, context)).toBe(expected);
	});

	it('watching a film is never a film made', () => {
		expect(id('观看警示片（部）', '专项整治')).not.toBe('rectification.warning_films_made');
	});

	it.each([
		['群众举报问题隐患（处）', '隐患排查'],
		['住户举报隐患数', '查找身边隐患']
	])('a tip-off is never a hazard found: %s | %s', (label, context) => {
		expect(id(label, context)).not.toBe('rectification.hazards_found');
	});

	it.each([
		['参加单位数', '安全生产啄木鸟'],
		['发动（ ）家企业参加隐患自查', '专项整治'],
		['社区个数', '查找身边隐患']
	])('a count of units of a kind is no count of people or sessions: %s | %s', (label, context) => {
		expect(measureOf(label)?.families).toEqual(['C']);
	});

	it('the people who stand for a place state it (居民, 师生, 职工)', () => {
		expect(partsOf('居民参与（人）').qualifiers.place).toEqual(['community']);
		expect(partsOf('到场师生（人次）').qualifiers.place).toEqual(['school']);
		expect(id('参与职工（人）', '“安全红袖章”活动')).toBe('rectification.enterprise_participants');
	});

	it('a count in 次数 may count items or hazards as 次 does', () => {
		expect(id('查处违法违规行为次数', '专项整治')).toBe('rectification.violations_found');
		expect(id('记者采访次数', '安全生产万里行')).toBe('tour.press_interviews');
	});

	it('a label naming its activity is not carried off by a verb it shares with a third', () => {
		expect(id('收看云课堂（人次）', '“安全生产大家谈”')).not.toBe('warning.film_participants');
		expect(id('观看《生命重于泰山》（人次）', '学习重要论述')).not.toBe('warning.film_participants');
	});
});

describe('a form’s bare slot continues the clause before it', () => {
	const clause = (label: string, context: string) => matchMetric(label, context, { families: ['P', 'S', 'H', 'M', 'C'] })?.metricId ?? null;

	it.each([
		['参与（ ）人', '生产安全事故警示教育'],
		['受教育（ ）人次', '典型事故警示教育'],
		['参加（ ）人次', '6·16安全宣传咨询日']
	])('under a section holding several such counts, %s | %s is left to the clause before', (label, context) => {
		expect(clause(label, context)).toBeNull();
	});

	it('with the clause before it, the slot is that clause’s count', () => {
		expect(clause('放映警示教育片（ ）场，受教育（ ）人次', '典型事故警示教育')).toBe('warning.film_participants');
		expect(clause('组织参观事故警示展（ ）场，参加（ ）人', '警示教育')).toBe('warning.exhibition_participants');
	});

	it('a section with one such count still gives it', () => {
		expect(clause('参与（ ）人次', '应急演练')).toBe('drills.participants');
	});

	it('in a wide table the header right over the leaf names the count', () => {
		expect(id('受教育人数', '生产安全事故警示教育')).toBe('warning.education_participants');
	});
});

describe('words of one meaning (2)', () => {
	it.each([
		['听众（人次）', '基层宣讲', 'study.lecture_participants'],
		['被转引报道（篇）', '安全生产万里行', 'tour.reposts'],
		['是否运用全国安全宣教和应急科普平台', '', 'five.platform_used']
	])('%s | %s → %s', (label, context, expected) => {
		const families = expected === 'five.platform_used' ? { families: ['F' as const] } : undefined;
		expect(matchMetric(label, context, families)?.metricId ?? null).toBe(expected);
	});
});

describe('showing, totals, and the words a header alone gives one count', () => {
	it('a film shown (播放) is never a film made', () => {
		expect(matchMetric('播放事故警示片（ ）部', '警示教育', { families: ['P', 'S', 'H', 'M', 'C'] })).toBeNull();
		expect(top3('播放事故警示片（ ）部', '警示教育')[0]).not.toBe('rectification.warning_films_made');
		expect(id('播放安全宣传片（部）', '五进')).toBeNull();
	});

	it('a total slot after several places is no one place’s count', () => {
		const form = (label: string, context: string) => matchMetric(label, context, { families: ['P', 'S', 'H', 'M', 'C'] })?.metricId ?? null;
		expect(form('进社区（ ）场，进学校（ ）场，场次合计（ ）场', '五进')).toBeNull();
		expect(form('进农村（ ）场，总计参与（ ）人次', '安全宣传五进')).toBeNull();
		// a slot that only continues its clause still takes the clause's place
		expect(form('进企业（ ）场，参与（ ）人', '五进活动')).toBe('five.enterprise_participants');
	});

	it('a header wording one count of the family in words no other has names it; a stray shared word does not', () => {
		expect(id('场次', '学习重要论述 大讲堂')).toBe('study.lecture_sessions');
		expect(id('场次', '五进 安全文化示范创建')).toBe('five.culture_events');
		expect(id('场次', '安全宣传五进工作')).toBeNull();
	});
});

describe('a campaign’s name states no stage; a stated qualifier leads the suggestions', () => {
	it('排查整治 names the campaign: a column under it is not a hazard found', () => {
		expect(partsOf('专栏（个）', '排查整治').qualifiers.stage).toBeUndefined();
		expect(partsOf('专栏（个）', '查找身边隐患').qualifiers.stage).toBeUndefined();
		// a header level of its own still states it
		expect(partsOf('隐患数', '排查整治 排查发现').qualifiers.stage).toEqual(['found']);
		expect(matchMetric('在电视台开设曝光专栏（ ）个', '排查整治', { families: ['P', 'S', 'H', 'M', 'C'] })?.metricId).toBe('rectification.columns');
	});

	it('the counts carrying the place its people state come first among the suggestions', () => {
		expect(top3('师生参与人数', '安全教育活动')[0]).toBe('five.school_participants');
		expect(top3('居民参与（人次）', '平安建设活动')[0]).toBe('five.community_participants');
		expect(top3('工人参与（人次）', '厂区安全活动').slice(0, 2).sort()).toEqual(['five.enterprise_participants', 'rectification.enterprise_participants']);
	});
});
