import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { SHARED } from '../fixtures/shared';
import {
	ACTIVITIES,
	FAMILIES,
	METRICS,
	detectActivity,
	getActivity,
	getMetric,
	metricsOfActivity
} from '../../src/lib/schema/index';

/** metric ids, their activity and their family, as DOMAIN.md's schema table lists them. */
function domainTable(): { id: string; activity: string; family: string | null }[] {
	const md = fs.readFileSync(`${SHARED}DOMAIN.md`, 'utf8');
	const section = md.slice(md.indexOf('## The activity schema'));
	const rows = section.split('\n').filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l) && !l.includes('metric_id'));
	const out: { id: string; activity: string; family: string | null }[] = [];
	let activity = '';
	for (const row of rows) {
		const cols = row.split('|').slice(1, -1).map((c) => c.trim());
		if (cols[0]) activity = cols[0].split(/\s+/)[0];
		const ids = cols[1].match(/[a-z_]+\.[a-z_]+/g) ?? [];
		const fams = cols[3].split('/').map((f) => f.trim());
		ids.forEach((id, i) => out.push({ id, activity, family: fams.length === ids.length ? fams[i] : fams.length === 1 ? fams[0] : null }));
		// Text metrics named in the wording column (`launch.form`, `tour.case_text`) are T.
		for (const [, id] of cols[2].matchAll(/`([a-z_]+\.[a-z_]+)`/g)) out.push({ id, activity, family: 'T' });
	}
	return out;
}

describe('schema data', () => {
	const table = domainTable();

	it('parses a plausible table out of DOMAIN.md', () => {
		expect(table.length).toBeGreaterThan(100);
		expect(new Set(table.map((r) => r.activity)).size).toBe(14);
	});

	it('has every metric id of DOMAIN.md, with its activity and family', () => {
		const missing = table.filter((r) => !getMetric(r.id)).map((r) => r.id);
		expect(missing).toEqual([]);
		for (const r of table) {
			const m = getMetric(r.id)!;
			expect(m.activity, r.id).toBe(r.activity);
			if (r.family) expect(m.family, r.id).toBe(r.family);
		}
	});

	it('has no metric DOMAIN.md does not list, and no duplicate', () => {
		const listed = new Set(table.map((r) => r.id));
		expect(METRICS.filter((m) => !listed.has(m.id)).map((m) => m.id)).toEqual([]);
		expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
	});

	it('gives every metric a valid family, a known activity, names, synonyms and a unit only for counts', () => {
		for (const m of METRICS) {
			expect(FAMILIES, m.id).toContain(m.family);
			expect(getActivity(m.activity), m.id).toBeDefined();
			expect(m.zh.length, m.id).toBeGreaterThan(0);
			expect(m.en.length, m.id).toBeGreaterThan(0);
			expect(m.synonyms.length, m.id).toBeGreaterThan(0);
			if (m.family === 'F' || m.family === 'T') expect(m.unit, m.id).toBe('');
			else expect(m.unit, m.id).toMatch(/^(场|次|场次|人次|人|个|篇|条|部|条次)$/);
		}
	});

	it('keeps the seven organization flags in the order of the 2020 form', () => {
		expect(metricsOfActivity('organization').map((m) => m.id)).toEqual([
			'org.in_annual_plan',
			'org.mechanism',
			'org.roadmap',
			'org.resources',
			'org.hotspots',
			'org.integrated',
			'org.responsibility'
		]);
		expect(metricsOfActivity('organization').every((m) => m.family === 'F')).toBe(true);
		expect(metricsOfActivity('capabilities').map((m) => m.family)).toEqual(['T', 'T', 'T', 'T', 'T', 'T']);
	});

	it('files concepts by meaning', () => {
		expect(getMetric('warning.film_sessions')!.activity).toBe('warning_education');
		expect(getMetric('drills.events')!.activity).toBe('drills');
		expect(getMetric('study.film_watched')!.family).toBe('F');
		expect(getMetric('five.platform_used')!.family).toBe('F');
	});

	it('lists the fourteen activities, each detected from its own zh name', () => {
		expect(ACTIVITIES.map((a) => a.id)).toEqual([
			'launch',
			'study',
			'rectification',
			'warning_education',
			'cloud_class',
			'consultation_day',
			'five_into',
			'drills',
			'campaign_tour',
			'reporting',
			'publicity',
			'organization',
			'serve_people',
			'capabilities'
		]);
		for (const a of ACTIVITIES) {
			expect(a.en.length).toBeGreaterThan(0);
			expect(detectActivity(a.zh), a.zh).toBe(a.id);
		}
	});

	it.each([
		['6·16咨询日', 'consultation_day'],
		['6.16安全宣传咨询日', 'consultation_day'],
		['“6·16安全宣传咨询日”活动', 'consultation_day'],
		['参加网上“全国安全宣传咨询日”活动', 'consultation_day'],
		['应急演练', 'drills'],
		['警示教育', 'warning_education'],
		['观看警示片', 'warning_education'],
		['“平安临溟”活动', 'campaign_tour'],
		['白山松水安全行', 'campaign_tour'],
		['“安全生产陇原行”活动', 'campaign_tour'],
		['安全生产钢都行', 'campaign_tour'],
		['“安全生产万里行”活动', 'campaign_tour'],
		['推进安全宣传“五进”活动', 'five_into'],
		['举报', 'reporting'],
		['浓厚宣传氛围', 'publicity'],
		['宣传标语', 'publicity'],
		['深入学习贯彻习近平总书记关于安全生产重要论述', 'study'],
		['开展“排查整治进行时”专题活动', 'rectification'],
		['“专项整治集中攻坚战”专题宣传活动', 'rectification'],
		['观看学习“安全生产大家谈”云课堂', 'cloud_class'],
		['举办“安全生产月”活动启动仪式', 'launch'],
		['加强组织落实', 'organization'],
		['提升风险排查能力', 'capabilities']
	])('detectActivity(%s) = %s', (text, id) => {
		expect(detectActivity(text)).toBe(id);
	});

	it.each(['其他', '备注', '序号', '发放宣传资料', ''])('detectActivity(%s) = null', (text) => {
		expect(detectActivity(text)).toBeNull();
	});
});
