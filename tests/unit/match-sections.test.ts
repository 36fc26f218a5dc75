/**
 * A header names a section; the label's own words name the count. Wordings of our own for the classes
 * where a section's name and a label's words pull apart (docs/matching.md, "Suggestions").
 */
import { describe, expect, it } from 'vitest';
import { matchMetric } from '../../src/lib/schema/index';
import { NUMBER, top3 } from '../fixtures/match';


describe('a label naming another activity’s thing keeps that metric among the three', () => {
	it.each([
		['观影人次', '三年行动宣传', 'warning.film_participants'],
		['观影（人）', '隐患排查整治', 'warning.film_participants'],
		['放映事故案例片（场）', '专项整治', 'warning.film_sessions']
	])('%s under %s → %s suggested, nothing summed', (label, context, metric) => {
		expect(matchMetric(label, context)).toBeNull();
		expect(top3(label, context)).toContain(metric);
	});

	it('a verb any section uses (观看 under 云课堂) leaves the section’s counts first', () => {
		for (const [label, context] of [
			['观看人次', '云课堂'],
			['收看人数', '安全生产大家谈云课堂']
		]) {
			const [first, second] = top3(label, context);
			expect([first, second].every((id) => id.startsWith('cloud.'))).toBe(true);
		}
	});
});

describe('making a film has one verb: 拍摄, 摄制, 录制 are 制作; a 警示片 is a 警示教育片', () => {
	it.each([
		['录制警示教育片（部）', ''],
		['摄制事故警示片（部）', ''],
		['拍摄制作警示教育片（部）', ''],
		// Filed under 专项整治, even in the warning-education section.
		['警示片摄制（部）', '警示教育'],
		['拍摄事故警示片数量（部）', '事故警示教育']
	])('%s under “%s” → the warning films made', (label, context) => {
		expect(matchMetric(label, context)?.metricId).toBe('rectification.warning_films_made');
	});

	it('showing a film is no film made', () => {
		expect(matchMetric('播放警示片（部）')).toBeNull();
		expect(matchMetric('观看警示片（场）', '专项整治')?.metricId).toBe('warning.film_sessions');
	});
});

describe('the study campaign by its longer names (学习宣贯, 学习宣传贯彻…重要论述)', () => {
	it.each([
		['开设专栏（个）', '学习宣贯', 'study.columns'],
		['开设学习专栏（个）', '学习宣传贯彻重要论述', 'study.columns']
	])('%s under %s → %s', (label, context, metric) => {
		expect(matchMetric(label, context)?.metricId).toBe(metric);
	});

	it.each([
		['场次', '学习宣传贯彻习近平总书记关于安全生产重要论述'],
		['次数', '学习贯彻'],
		['次数', '学习习近平总书记关于安全生产重要论述']
	])('a bare %s under %s is one of the study’s four kinds of sessions: suggested, never chosen', (label, context) => {
		expect(matchMetric(label, context)).toBeNull();
		const shown = top3(label, context);
		expect(shown).toHaveLength(3);
		expect(shown.every((id) => id.startsWith('study.'))).toBe(true);
	});
});

describe('into the classroom is into the school (进课堂, 进校)', () => {
	it.each([
		['开展“安全知识进课堂”活动（ ）场', '安全宣传五进', NUMBER],
		['安全教育进课堂（ ）场', '五进', NUMBER],
		['送安全进校（场次）', '五进', undefined]
	])('%s → the school events', (label, context, families) => {
		expect(matchMetric(label, context, families ? { families } : undefined)?.metricId).toBe('five.school_events');
	});

	it('a class (微课堂) is no school', () => {
		expect(matchMetric('微课堂（场）', '学习重要论述')?.metricId).toBe('study.lecture_sessions');
	});
});

describe('a generic leaf’s default count yields to what the leaf and its header say', () => {
	it.each([
		// 次 counts times, never things: not the 五进's publicity products (部).
		['开展次数', '五进'],
		['组织次数', '安全宣传进五进'],
		// The header words the experience bases, not the products.
		['个数', '安全体验基地'],
		// Counted in things (件), never the rewarded (人).
		['受理件数', '举报奖励'],
		// Online, and the open day's: not the consultation day's other online events.
		['参与人次', '网上公众开放日']
	])('%s under %s → unmapped, never the default', (label, context) => {
		expect(matchMetric(label, context)).toBeNull();
		expect(top3(label, context)).toHaveLength(3);
	});

	it('what the header words still chooses', () => {
		expect(matchMetric('新建数量（个）', '安全体验基地')?.metricId).toBe('five.bases_new');
		expect(matchMetric('场次', '网上公众开放日')?.metricId).toBe('consult.open_day_events');
		expect(top3('受理件数', '举报奖励')[0]).toBe('report.received');
		expect(top3('参与人次', '网上公众开放日')[0]).toBe('consult.open_day_participants');
	});
});

describe('showing (播放, 放映) is a screening; listening (听讲, 听课) is taking part in a talk', () => {
	it.each([
		['播放场次', '警示教育', 'warning.film_sessions'],
		['放映（次）', '典型事故警示教育', 'warning.film_sessions'],
		['听讲人次', '学习宣贯', 'study.lecture_participants'],
		['听课人数', '学习重要论述', 'study.lecture_participants'],
		['听讲人次', '警示教育', 'warning.education_participants'],
		['讲座场次', '警示教育', 'warning.education_sessions']
	])('%s under %s → %s', (label, context, metric) => {
		expect(matchMetric(label, context)?.metricId).toBe(metric);
	});

	it('an ad shown is no screening', () => {
		expect(top3('播放公益广告（次）', '')[0]).toBe('publicity.ads');
		expect(top3('播放次数', '公益广告')[0]).toBe('publicity.ads');
	});
});

describe('a header’s measure is the measure of the leaves under it that state none', () => {
	it.each([
		['进企业', '五进 场次', 'five.enterprise_events'],
		['进农村', '安全宣传“五进” 参与人次', 'five.village_participants'],
		['社区', '五进活动 场次', 'five.community_events'],
		['中央级', '新闻稿件（篇）', 'publicity.central_articles'],
		['市县级媒体', '刊发稿件（篇）', 'publicity.local_articles'],
		['群众举报', '举报（件）', 'report.received']
	])('%s under %s → %s', (label, context, metric) => {
		expect(matchMetric(label, context)?.metricId).toBe(metric);
	});

	it.each([
		['进企业', '五进 经费（万元）'],
		['小计', '五进 场次'],
		['备注', '五进 场次'],
		['其中：学生', '应急演练 参与人数']
	])('%s under %s → unmapped (money, a total, a note, a subgroup)', (label, context) => {
		expect(matchMetric(label, context)).toBeNull();
	});
});
