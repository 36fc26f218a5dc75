/**
 * A label that is only an activity's name (“五进”活动, 万里行, 云课堂) states no measure: which of the
 * activity's counts its number is cannot be told, so it is never chosen — only suggested.
 */
import { describe, expect, it } from 'vitest';
import { matchMetric, rankMetrics } from '../../src/lib/schema/match';

describe('an activity’s bare name is suggested, never chosen', () => {
	it.each([
		['“五进”活动', 'five_into'],
		['安全宣传五进', 'five_into'],
		['万里行', 'campaign_tour'],
		['安全生产万里行活动', 'campaign_tour'],
		['云课堂', 'cloud_class'],
		['进社区', 'five_into']
	])('%s → unmapped, its activity suggested', (label, activity) => {
		expect(matchMetric(label)).toBeNull();
		expect(rankMetrics(label, '', { limit: 3 }).some((m) => m.activityId === activity)).toBe(true);
	});

	it.each([
		['开展应急演练', 'drills.events'],
		['应急演练（场）', 'drills.events'],
		['启动仪式', 'launch.events'],
		['举报数量', 'report.received'],
		// A listed phrasing of one metric.
		['曝光问题', 'tour.problems_exposed']
	])('%s still states what it counts → %s', (label, metric) => {
		expect(matchMetric(label)?.metricId).toBe(metric);
	});

	it('under an activity column, a metric column naming the measure maps', () => {
		expect(matchMetric('进社区场次', '“五进”活动')?.metricId).toBe('five.community_events');
		expect(matchMetric('组织记者采访报道', '万里行')?.metricId).toBe('tour.press_interviews');
	});
});
