/**
 * What a count counts, and who: the thing named before the slot (专栏, 稿件, 警示片 …), online training, a
 * school's staff, a yes/no question worded its own way. Wordings of our own (docs/matching.md).
 */
import { describe, expect, it } from 'vitest';
import { matchMetric, rankMetrics, type Family } from '../../src/lib/schema/index';
import { NUMBER } from '../fixtures/match';

const QUESTION: Family[] = ['F'];
const slot = (label: string, context = '') => matchMetric(label, context, { families: NUMBER })?.metricId ?? null;

describe('a count of things counts the thing it names', () => {
	it.each([
		['在各类媒体开设排查整治专栏（ ）个', '专栏专题', 'rectification.columns'],
		['开设隐患排查专栏（ ）个', '专项整治', 'rectification.columns'],
		['拍摄警示片（ ）部', '专项整治', 'rectification.warning_films_made'],
		['制作成果、经验做法专题片（ ）部', '专栏专题', 'rectification.feature_videos']
	])('%s under %s → %s', (label, context, metric) => {
		expect(slot(label, context)).toBe(metric);
	});

	it.each([
		['在县级媒体、政务新媒体开设安全月专栏（ ）个', '媒体专栏'],
		['在市级媒体开设安全专栏（ ）个', '媒体宣传']
	])('%s (columns in a level of media) is no article of that level: unmapped, the columns suggested', (label, context) => {
		expect(slot(label, context)).toBeNull();
		const shown = rankMetrics(label, context, { families: NUMBER, limit: 3 }).map((m) => m.metricId);
		expect(shown).toContain('rectification.columns');
	});

	it('a public-service film is an ad; a product made is no sign', () => {
		expect(rankMetrics('公益宣传片播放（部）', '氛围营造', { limit: 1 })[0].metricId).toBe('publicity.ads');
		expect(rankMetrics('制作宣传视频、海报等产品（部）', '安全宣传五进', { limit: 1 })[0].metricId).toBe('five.products');
	});

	it('the chosen metric heads the suggestions', () => {
		expect(rankMetrics('开设隐患排查专栏（ ）个', '专项整治', { families: NUMBER, limit: 1 })[0].metricId).toBe('rectification.columns');
	});
});

describe('training online is the 网络课堂’s training', () => {
	it.each([
		['依托网络学院开展线上培训（ ）场', '宣讲培训', 'study.online_sessions'],
		['开展网上培训（ ）期', '学习重要论述', 'study.online_sessions']
	])('%s → %s', (label, context, metric) => {
		expect(slot(label, context)).toBe(metric);
	});
	it('在线培训人次 → the online class’s participants', () => {
		expect(matchMetric('在线培训人次')?.metricId).toBe('study.online_participants');
	});
});

describe('who watches, and what: 教职工 are a school’s; 观看 alone names no activity', () => {
	it('教职工 stand for a school, 职工 for an enterprise', () => {
		expect(matchMetric('教职工参与人数', '五进')?.metricId).toBe('five.school_participants');
		expect(matchMetric('职工参与人次', '五进')?.metricId).toBe('five.enterprise_participants');
	});
	it.each([
		['组织教职工集中观看（ ）场', '一、学习教育'],
		['组织党员干部集中收看（ ）场', '学习教育']
	])('%s under %s: a film or the study’s viewing — unmapped, both suggested', (label, context) => {
		expect(slot(label, context)).toBeNull();
		const shown = rankMetrics(label, context, { families: NUMBER, limit: 3 }).map((m) => m.metricId);
		expect(shown).toEqual(expect.arrayContaining(['study.viewing_sessions', 'warning.film_sessions']));
	});
	it('under the warning-education section, watching is the films', () => {
		expect(matchMetric('观看人次', '警示教育')?.metricId).toBe('warning.film_participants');
		expect(slot('组织教职工集中观看（ ）场', '观看专题片')).toBe('study.viewing_sessions');
	});
});

describe('a yes/no question worded its own way is the one question it words', () => {
	it.each([
		['是否明确活动时间表、任务书和责任人：□是□否', '（三）任务分解', 'org.roadmap'],
		['是否已制定活动方案、时间表', '组织领导', 'org.roadmap'],
		['是否将活动纳入年度工作计划', '（一）', 'org.in_annual_plan'],
		['是否建立主要负责人牵头、部门协同、齐抓共管的活动工作机制：□是□否', '（二）工作机制', 'org.mechanism'],
		['人员、物资、经费保障是否落实到位：□是□否', '（三）任务分解', 'org.resources'],
		['是否利用安全宣教平台', '五进', 'five.platform_used'],
		// Answers typed as two bracket slots are boxes, not number slots.
		['是否明确活动时间表、任务书和责任人：是（）否（）', '（三）任务分解', 'org.roadmap'],
		['人员、物资、经费保障是否落实到位：是（ ）否（√）', '组织领导', 'org.resources']
	])('%s → %s', (label, context, metric) => {
		expect(matchMetric(label, context, { families: QUESTION })?.metricId).toBe(metric);
	});
	it.each([
		['是否发生安全事故', '组织领导'],
		['是否召开动员会', '组织领导'],
		['是否开展安全生产约谈', '组织领导']
	])('%s asks what the schema does not: unmapped', (label, context) => {
		expect(matchMetric(label, context, { families: QUESTION })).toBeNull();
	});
});

describe('names every count shares, and short names', () => {
	it('the campaign’s name (安全生产月, 安全月) names no count: not the launch', () => {
		expect(matchMetric('安全生产月活动场次')).toBeNull();
		expect(matchMetric('安全月活动总场次')).toBeNull();
		expect(matchMetric('“安全月”启动（场）')?.metricId).toBe('launch.events');
		expect(matchMetric('“安全月”启动仪式（场）')?.metricId).toBe('launch.events');
	});

	it.each([
		['科普教育基地新建（个）', 'five.bases_new'],
		['宣教基地 改扩建（个）', 'five.bases_expanded'],
		// A warning-education base is visited, not built.
		['参观警示教育基地（人次）', 'warning.exhibition_participants']
	])('%s → %s', (label, metric) => {
		expect(matchMetric(label)?.metricId).toBe(metric);
	});

	it('a 体验馆 is an 体验场馆', () => {
		expect(slot('观看体验馆360°全景展示（ ）人次', '体验与互动')).toBe('consult.vr_tour_participants');
	});
});

describe('the label’s own words tell two counts of one activity apart', () => {
	it.each([
		['企业员工参加开放日（人次）', '咨询日'],
		['动员职工参加线上公众开放日（人次）', '']
	])('%s → the staff who joined the open day, not its participants', (label, context) => {
		expect(matchMetric(label, context)?.metricId).toBe('consult.open_day_joined');
	});

	it('one shared word is no telling (网络直播 is no live quiz)', () => {
		expect(matchMetric('网络直播参与人次', '6·16咨询日')?.metricId).not.toBe('consult.quiz_participants');
	});
});
