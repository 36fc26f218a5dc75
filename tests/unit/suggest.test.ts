import { describe, expect, it } from 'vitest';
import { matchMetric, rankMetrics, suggestMetrics } from '../../src/lib/schema/index';
import { partsOf, qualifierConflict } from '../../src/lib/schema/parts';
import { foldParts } from '../../src/lib/schema/lexicon';
import { id } from '../fixtures/match';


// Tuning examples of our own, worded unlike DOMAIN.md and the schema's synonyms.
describe('never the wrong sibling', () => {
	it.each([
		['县级融媒体中心发稿（篇）', '', 'publicity.local_articles'],
		['市级媒体刊发（篇）', '', 'publicity.local_articles'],
		['省报刊发稿件（篇）', '', 'publicity.provincial_articles'],
		['央媒用稿（篇）', '', 'publicity.central_articles'],
		['篇', '中央媒体', 'publicity.central_articles'],
		['群众举报线索（条）', '', 'report.received'],
		['举报奖励（人）', '', 'report.rewarded'],
		['根据举报开展新闻报道（次）', '', 'report.news'],
		['进校园宣传（场）', '', 'five.school_events'],
		['入户宣传（场）', '', 'five.family_events'],
		['参演人数', '应急演练', 'drills.participants'],
		['参训人员（人次）', '网络课堂', 'study.online_participants'],
		// 警示教育 naming neither a film nor an exhibition is the education metric (as PRIMARY says).
		['受教育人次', '事故警示教育', 'warning.education_participants']
	])('%s | %s → %s', (label, context, expected) => {
		expect(id(label, context)).toBe(expected);
	});

	it.each([
		// 地方 and 省市县 straddle levels; a bare 场次 under 五进 names no place; 整改 counts hazards fixed, not found.
		['地方媒体发稿（篇）', ''],
		['省市县媒体发稿（篇）', ''],
		['场次', '安全宣传五进'],
		['整改隐患（处）', ''],
		['培训人数', '安全培训']
	])('%s | %s stays unmapped', (label, context) => {
		expect(matchMetric(label, context)).toBeNull();
	});

	it('never chooses a metric whose qualifier differs, whatever its score', () => {
		// 省市县媒体 scores 1 against 市县媒体's phrasing, but names three levels.
		expect(rankMetrics('省市县媒体发稿（篇）')[0].metricId).toBe('publicity.local_articles');
		expect(qualifierConflict(partsOf('省市县媒体发稿（篇）'), 'publicity.local_articles')).toBe('level');
		expect(qualifierConflict(partsOf('线上咨询（场）'), 'consult.events')).toBe('channel');
		expect(qualifierConflict(partsOf('举报线索（条）'), 'report.news')).toBe('actor');
		expect(qualifierConflict(partsOf('参观警示展（人次）'), 'warning.film_participants')).toBe('medium');
		expect(id('线下咨询（场）', '咨询日')).not.toBe('consult.online_events');
		expect(id('线上咨询（场）', '咨询日')).not.toBe('consult.events');
	});

	it('takes a qualifier from the header only when the header states one value', () => {
		expect(partsOf('场次', '进企业').qualifiers.place).toEqual(['enterprise']);
		// A 五进 section naming all five places says nothing about one clause.
		expect(partsOf('场次', '开展安全宣传进企业、进农村、进社区、进学校、进家庭').qualifiers.place).toBeUndefined();
		expect(partsOf('进社区（场）', '开展安全宣传进企业、进农村').qualifiers.place).toEqual(['community']);
	});
});

describe('the lexicon of parts', () => {
	it.each([
		['参演人数', '参与演练人数'],
		['参训人次', '参与培训人次'],
		['受教育群众', '参与教育群众'],
		['进校园', '进学校'],
		['县级媒体', '市县媒体'],
		['央媒发稿', '中央媒体发表稿件'],
		['网上咨询', '线上咨询'],
		['参观警示展', '参观警示展览'],
		['开展宣传', '开展宣传']
	])('%s → %s', (raw, folded) => {
		expect(foldParts(raw)).toBe(folded);
	});
});

describe('suggestions', () => {
	it('gives three candidates with the reasons: measure, action, activity, qualifiers', () => {
		const s = suggestMetrics('地方媒体发稿（篇）');
		expect(s).toHaveLength(3);
		expect(s.map((x) => x.metricId).sort()).toEqual(['publicity.central_articles', 'publicity.local_articles', 'publicity.provincial_articles']);
		for (const x of s) {
			expect(x.reasons.map((r) => r.part).slice(0, 3)).toEqual(['measure', 'action', 'activity']);
			expect(x.reasons[0]).toMatchObject({ ok: true, zh: '量词“篇”相符' });
			const level = x.reasons.find((r) => r.part === 'qualifier')!;
			expect(level.ok).toBe(false);
			expect(level.zh).toMatch(/^媒体级别不同：标签为地方，指标为/);
			expect(level.en).toMatch(/^media level differs/);
		}
	});

	it('suggests the siblings a label cannot choose between, each with what it leaves open', () => {
		const s = suggestMetrics('场次', '安全宣传“五进”');
		expect(s.map((x) => x.metricId)).toEqual(['five.enterprise_events', 'five.village_events', 'five.community_events']);
		expect(s[0].reasons.find((r) => r.part === 'activity')).toMatchObject({ ok: true });
		expect(s[0].reasons.find((r) => r.part === 'qualifier')?.zh).toBe('场所：标签未写（指标为企业）');
	});

	it('names where the activity came from', () => {
		const [fromHeader] = suggestMetrics('参与人次', '应急演练');
		expect(fromHeader.metricId).toBe('drills.participants');
		expect(fromHeader.reasons.find((r) => r.part === 'activity')?.zh).toBe('活动“应急演练”（来自表头/活动栏）');
		const [fromLabel] = suggestMetrics('演练观摩人次');
		expect(fromLabel.reasons.find((r) => r.part === 'activity')?.zh).toBe('活动“应急演练”（标签写明）');
	});

	it('keeps a suggestion whose qualifier differs below the agreeing ones', () => {
		const s = suggestMetrics('举报线索（条）');
		expect(s[0].metricId).toBe('report.received');
		const news = s.find((x) => x.metricId === 'report.news');
		if (news) expect(news.confidence).toBeLessThanOrEqual(0.5);
	});
});
