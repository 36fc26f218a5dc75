import { describe, expect, it } from 'vitest';
import { matchMetric, measureOf } from '../../src/lib/schema/index';
import { readProgress } from '../../src/lib/shapes/form/progress';
import { id, top3 } from '../fixtures/match';

// Classes where the matcher used to map on weak evidence (a verb alone, a generic measure word, a place
// counted as units, a column of two counts) or gave a clerk nothing to pick from (a generic leaf under no
// header). Wordings of our own, none from the evaluation sets; each class with near-sibling negatives.

describe('a generic leaf under no header: suggestions are the most general counts of its family', () => {
	it.each(['参与人次', '参与人数', '参加群众（人次）', '参与人员（人次）', '群众参与人次', '受众人数', 'Participants'])('%s: unmapped, the participants of 咨询日, 演练, 警示教育', (label) => {
		expect(id(label)).toBeNull();
		expect(top3(label)).toEqual(['consult.participants', 'drills.participants', 'warning.education_participants']);
	});

	it.each(['场次', '活动场次', '开展活动（次）', '活动次数', '组织活动（场）'])('%s: unmapped, the sessions of 咨询日, 演练, 警示教育', (label) => {
		expect(id(label)).toBeNull();
		expect(top3(label)).toEqual(['consult.events', 'drills.events', 'warning.education_sessions']);
	});

	it.each(['安全生产月活动', '活动开展情况', '安全月工作情况'])('a header wording nothing but the campaign or 活动 (%s) is as no header', (context) => {
		expect(top3('参与人次', context)).toEqual(['consult.participants', 'drills.participants', 'warning.education_participants']);
		expect(top3('场次', context)).toEqual(['consult.events', 'drills.events', 'warning.education_sessions']);
		// People are not suggested a count of units (开展活动的企业) for the header's 活动.
		expect(top3('参加人员（人）', context)).not.toContain('rectification.enterprises');
	});

	it('a count of people or sessions whose words match little here still gets three to pick from', () => {
		// An unknown word (a typo, a local name): the general counts of its family fill the three.
		expect(top3('演炼场次')).toEqual(expect.arrayContaining(['drills.events']));
		expect(top3('讲座（场）')).toHaveLength(3);
		expect(top3('培训人次')).toHaveLength(3);
		// A count of units is not filled with people or sessions.
		expect(top3('参与企业（家）')).not.toContain('consult.participants');
	});

	it('a header naming an activity still decides (negatives)', () => {
		expect(id('参与人次', '应急演练')).toBe('drills.participants');
		expect(id('场次', '“6·16”咨询日')).toBe('consult.events');
		expect(id('参与人次', '五进')).toBeNull();
		expect(top3('参与人次', '五进')).not.toContain('consult.participants');
		// A header wording one count (中央媒体 over 篇) is still that count.
		expect(id('篇', '中央媒体')).toBe('publicity.central_articles');
	});
});

describe('a verb alone under no activity names nothing it was done to', () => {
	it.each([
		['观看人次', 'warning.film_participants'],
		['观看人数', 'study.viewing_participants'],
		['参观人次', 'warning.exhibition_participants'],
		['参观（人次）', 'warning.exhibition_participants'],
		['组织宣讲（场）', 'study.lecture_sessions'],
		['培训（期）', 'study.online_sessions'],
		['活动项目（个）', 'serve.projects']
	])('%s: unmapped, %s among the suggestions', (label, suggested) => {
		expect(id(label)).toBeNull();
		expect(top3(label)).toContain(suggested);
	});

	it('with the thing, the activity or a header stating it, the same verb maps (negatives)', () => {
		expect(id('观看警示片人次')).toBe('warning.film_participants');
		expect(id('观看人次', '警示教育片')).toBe('warning.film_participants');
		expect(id('参观人次', '警示展览')).toBe('warning.exhibition_participants');
		expect(id('参观警示教育展（人次）')).toBe('warning.exhibition_participants');
		expect(id('网课培训（期）')).toBe('study.online_sessions');
		expect(id('办实事项目（个）')).toBe('serve.projects');
		expect(id('项目（个）', '我为群众办实事')).toBe('serve.projects');
	});
});

describe('a column of two counts (场/人次) is neither count', () => {
	it.each([
		['进企业（场/人次）', '五进', 'five.enterprise_events', 'five.enterprise_participants'],
		['进社区（场次、人次）', '安全宣传五进', 'five.community_events', 'five.community_participants'],
		['场次/人次', '应急演练', 'drills.events', 'drills.participants'],
		['演练（场次/人数）', '', 'drills.events', 'drills.participants']
	])('%s under %s: unmapped, both suggested', (label, context, a, b) => {
		expect(id(label, context)).toBeNull();
		expect(top3(label, context)).toEqual(expect.arrayContaining([a, b]));
	});

	it('a compound unit of one count (人/次, 场/次) is that count (negatives)', () => {
		expect(id('参与（人/次）', '应急演练')).toBe('drills.participants');
		expect(id('演练（场/次）')).toBe('drills.events');
		expect(id('稿件（篇/条）', '中央媒体')).toBe('publicity.central_articles');
		expect(measureOf('开展（ ）场、参与（ ）人次')?.unit).toBe('人次');
		// Two slots, each with its measure, are a form's clause: its last slot counts people.
		expect(measureOf('中心组专题学习：【  】次/（ ）人次')?.unit).toBe('人次');
	});
});

describe('a place counted in units (个, 处, 所, 户) counts places, never sessions, people or products', () => {
	it.each([
		['进社区（个）', '五进'],
		['进农村（个）', '五进'],
		['进企业（处）', '五进'],
		['家庭参与户数', '五进'],
		['学校所数', '安全宣传“五进”'],
		['进企业数', '五进']
	])('%s under %s: unmapped', (label, context) => {
		expect(measureOf(label)?.families).toEqual(['C']);
		expect(id(label, context)).toBeNull();
	});

	it('the place with a count of sessions or people maps (negatives)', () => {
		expect(id('进社区（场）', '五进')).toBe('five.community_events');
		expect(id('家庭参与人数', '五进')).toBe('five.family_participants');
		expect(id('进企业（人）', '五进')).toBe('five.enterprise_participants');
		// A count of things the label names (宣传作品（个）) is the 五进's products.
		expect(id('制作宣传产品（个）', '五进')).toBe('five.products');
		// 专项整治's own count of enterprises, under its own header.
		expect(id('参与企业数', '安全生产啄木鸟')).toBe('rectification.enterprises');
	});

	it('the words that named the activity may be what another activity counts (拍摄警示片: 专项整治 films it)', () => {
		expect(id('拍摄事故警示片数', '警示教育')).toBe('rectification.warning_films_made');
	});
});

describe('the 五进 places under other names', () => {
	it.each([
		['进高校（场次）', '五进', 'five.school_events'],
		['入校宣讲（场）', '五进', 'five.school_events'],
		['进职业院校宣传（场）', '', 'five.school_events'],
		['入企宣传（场）', '五进', 'five.enterprise_events'],
		['进车间班组（场）', '五进', 'five.enterprise_events'],
		['进自然村（场）', '五进', 'five.village_events'],
		['进村组宣传覆盖（人）', '五进', 'five.village_participants']
	])('%s under %s is %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it('a place the schema has none of, or two places, stays unmapped with the places suggested', () => {
		expect(id('进机关（场）', '五进')).toBeNull();
		expect(id('进乡镇（场）', '五进')).toBeNull();
		expect(top3('进乡镇（场）', '五进')).toContain('five.village_events');
		expect(id('进村入户（场）', '五进')).toBeNull();
	});
});

describe('media levels however the outlet is named', () => {
	it.each([
		['央级媒体报道（篇）', '', 'publicity.central_articles'],
		['央视播出（条）', '新闻宣传', 'publicity.central_articles'],
		['省级主流媒体（篇）', '媒体宣传', 'publicity.provincial_articles'],
		['省报省台（篇）', '', 'publicity.provincial_articles'],
		['州级媒体（篇）', '新闻宣传', 'publicity.local_articles'],
		['县级融媒体（篇）', '', 'publicity.local_articles'],
		['区融媒体中心（条）', '', 'publicity.local_articles'],
		['市电视台（条）', '宣传报道', 'publicity.local_articles']
	])('%s under %s is %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it.each([
		['省级（条）', '媒体宣传报道', 'publicity.provincial_articles'],
		['县级', '宣传报道 媒体稿件', 'publicity.local_articles'],
		['中央（篇）', '', 'publicity.central_articles']
	])('a leaf that is a level alone, counted in articles or under media: %s under %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it('two levels, a range, a level of no media or under another activity stay unmapped (negatives)', () => {
		expect(id('中省媒体（篇）')).toBeNull();
		expect(id('省市媒体（篇）')).toBeNull();
		expect(id('省级以上媒体（篇）')).toBeNull();
		expect(id('省级（人次）', '知识竞赛')).toBeNull();
		expect(id('县级', '应急演练')).toBeNull();
		// 报送 and 报道 are no newspaper.
		expect(id('县报送信息（条）')).toBeNull();
	});
});

describe('a label counting times of what the nearest metric counts as things', () => {
	it.each(['开展隐患排查（次）', '组织隐患排查（次）', '开展排查整治（次）'])('%s: rounds of checking, no count of violations', (label) => {
		expect(id(label)).toBeNull();
		expect(id(label, '排查整治')).toBeNull();
		expect(top3(label)).toContain('rectification.hazards_found');
	});

	it('the violations, found and counted in 次, still are (negatives)', () => {
		expect(id('排查违法违规行为（次）')).toBe('rectification.violations_found');
		expect(id('查处违法违规行为（次）')).toBe('rectification.violations_found');
		expect(id('排查发现隐患（处）')).toBe('rectification.hazards_found');
		expect(id('根据举报开展新闻报道（次）')).toBe('report.news');
	});
});

describe('a header wording another count of its activity is no default for the only count of the family', () => {
	it('参与人次 under 查找身边隐患 (the community campaign counts places and sessions, no people)', () => {
		expect(id('参与人次', '查找身边隐患')).toBeNull();
		expect(id('参与人数', '查找身边隐患活动')).toBeNull();
		expect(id('参与人次', '“查找身边隐患”')).toBeNull();
	});

	it('a header naming the enterprises\' campaign, or a count it words, still maps (negatives)', () => {
		expect(id('参与人次', '安全红袖章')).toBe('rectification.enterprise_participants');
		expect(id('参与人次', '隐患大扫除')).toBe('rectification.enterprise_participants');
		expect(id('场次', '查找身边隐患')).toBe('rectification.community_events');
		expect(id('个数', '我为群众办实事')).toBe('serve.projects');
	});

	it('people are never a count of units (人数 is no count of communities)', () => {
		expect(top3('参与人数', '查找身边隐患活动')).not.toContain('rectification.community_units');
		expect(id('社区（个）', '查找身边隐患')).toBe('rectification.community_units');
		expect(id('奖励人数', '举报')).toBe('report.rewarded');
	});
});

describe('受（接受）警示教育 is who took part, not a talk: the clause before says what they saw', () => {
	const read = (cell: string, context = '警示教育') => readProgress(cell, context, '').items.map((i) => [i.kind === 'text' ? i.text : i.value, i.match?.metricId ?? null]);
	it.each([
		['组织观看警示教育片（2）场，受警示教育干部职工（140）人次', [[2, 'warning.film_sessions'], [140, 'warning.film_participants']]],
		['组织参观警示教育基地（3）次，接受警示教育（95）人', [[3, 'warning.exhibition_sessions'], [95, 'warning.exhibition_participants']]],
		['召开警示教育大会（1）场，受警示教育（60）人次', [[1, 'warning.education_sessions'], [60, 'warning.education_participants']]]
	])('%s', (cell, want) => {
		expect(read(cell)).toEqual(want);
	});

	it('alone, under a warning-education header, it is unmapped with the three kinds suggested; a talk still is one', () => {
		expect(id('受警示教育干部职工（人次）')).toBeNull();
		expect(top3('受警示教育干部职工（人次）')).toEqual(expect.arrayContaining(['warning.education_participants', 'warning.film_participants']));
		expect(id('警示教育讲座参与（人次）')).toBe('warning.education_participants');
		expect(id('受教育人数（人次）', '开展警示教育')).toBe('warning.education_participants');
	});
});

describe('English headers going into the 五进 places', () => {
	it.each([
		['Sessions', 'Into communities', 'five.community_events'],
		['Participants', 'Into schools', 'five.school_participants'],
		['Villages - participants', 'Five-into', 'five.village_participants'],
		['Into enterprises (sessions)', 'Five into', 'five.enterprise_events']
	])('%s under %s is %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it.each([
		['Visitors', 'Warning exhibition', 'warning.exhibition_participants'],
		['Screenings', 'Warning film', 'warning.film_sessions'],
		['Media reports', 'Tip-offs', 'report.news'],
		['Launch ceremonies', '', 'launch.events'],
		['Public service ads (pieces)', '', 'publicity.ads']
	])('more English headers: %s under %s is %s', (label, context, want) => {
		expect(id(label, context)).toBe(want);
	});

	it('into a place the schema has none of stays unmapped (negative)', () => {
		expect(id('Sessions', 'Into government offices')).toBeNull();
	});
});

describe('a label naming its header\'s activity and another: the header\'s count or none', () => {
	it('进学校演练（场） under 应急演练 is drills held in schools, never the 五进 school sessions', () => {
		expect(id('进学校演练（场）', '应急演练')).toBeNull();
		expect(top3('进学校演练（场）', '应急演练')[0]).toBe('drills.events');
		expect(id('进社区开展疏散演练（场次）', '应急演练')).not.toBe('five.community_events');
	});

	it('a label naming only another activity, or only the header\'s, decides as before (negatives)', () => {
		expect(id('学校开展演练（场）', '应急演练')).toBe('drills.events');
		expect(id('观看警示片人次', '应急演练')).toBe('warning.film_participants');
		expect(id('进企业（场）', '警示教育')).toBe('five.enterprise_events');
	});
});

describe('tip-offs of hazards alone are the rectification campaign\'s 举报风险隐患', () => {
	it.each(['居民举报隐患（条）', '群众举报隐患（条）', '居民举报隐患数', '职工举报安全隐患（个）'])('%s (no header) is rectification.hazards_reported', (label) => {
		expect(id(label)).toBe('rectification.hazards_reported');
		expect(id(label, '查找身边隐患')).toBe('rectification.hazards_reported');
	});

	it('tip-offs of hazards and violations, or of anything, are the tip-offs received (negatives)', () => {
		expect(id('举报隐患和违法行为（条）')).toBe('report.received');
		expect(id('接收员工举报隐患和违规行为（条次）')).toBe('report.received');
		expect(id('接收群众举报（条）')).toBe('report.received');
		// Under the reporting section, hazards reported could be either: unmapped, both suggested.
		expect(id('举报隐患（个）', '举报')).toBeNull();
		expect(top3('举报隐患（个）', '举报')).toEqual(expect.arrayContaining(['report.received', 'rectification.hazards_reported']));
	});
});

describe('more parts: batches, a property company, staff-material-funds', () => {
	it('a batch or shift (批次, 班次) is a session', () => {
		expect(measureOf('组织参观安全警示教育基地（ ）批次')?.families).toEqual(['S']);
		expect(id('组织参观警示教育基地（批次）')).toBe('warning.exhibition_sessions');
		// 批 alone (a batch of goods) is still counted by no metric.
		expect(measureOf('发放宣传品（ ）批')?.families).toEqual([]);
	});

	it('a property company (物业服务企业) is the community campaign\'s, not a 五进 enterprise', () => {
		const clause = '（ ）个小区、物业服务企业开展“查找身边隐患”“楼道清障”等活动（ ）场次';
		expect(matchMetric(clause, '安全隐患排查', { families: ['P', 'S', 'H', 'M', 'C'] })?.metricId).toBe('rectification.community_events');
		expect(id('企业开展活动（场）', '五进')).toBe('five.enterprise_events');
	});

	it('是否落实人员、物资和经费 is the staff, material and funds question', () => {
		expect(matchMetric('是否落实活动所需人员、物资和经费：□是□否', '组织领导', { families: ['F'] })?.metricId).toBe('org.resources');
		expect(matchMetric('是否落实参与人员：□是□否', '组织领导', { families: ['F'] })?.metricId ?? null).not.toBe('org.resources');
	});
});
