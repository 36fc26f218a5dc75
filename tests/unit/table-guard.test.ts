import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { matchMetric, rankMetrics } from '../../src/lib/schema/index';
import { processFile } from '../../src/lib/pipeline';

// Summary and long tables (shapes B and C): what a column's leaf or its headers state that contradicts the
// metric the words come nearest is never summed (guard.ts) — unmapped, with the right metric among the
// suggestions where there is one. Wordings of our own; each class with several members and near negatives.
const id = (label: string, context = '') => matchMetric(label, context)?.metricId ?? null;
const top3 = (label: string, context = '') => rankMetrics(label, context, { limit: 3 }).map((m) => m.metricId);

describe('the leaf and its header state different values of one qualifier', () => {
	it.each([
		['举报线索', '新闻报道（次）'],
		['群众举报（条）', '新闻报道'],
		['现场咨询（场）', '“6·16”咨询日 线上活动'],
		['线下参与（人次）', '咨询日 线上'],
		['参观展览（人次）', '警示教育 观看警示教育片'],
		['观看警示片（场）', '警示教育 参观警示教育展']
	])('%s under %s: unmapped', (leaf, header) => {
		expect(id(leaf, header)).toBeNull();
		expect(top3(leaf, header).length).toBeGreaterThan(0);
	});

	it('a header naming the section only (群众举报, 举报奖励, 警示教育) says no qualifier of its own (negatives)', () => {
		expect(id('新闻报道（次）', '群众举报')).toBe('report.news');
		expect(id('受理群众举报（件）', '举报奖励')).toBe('report.received');
		expect(id('奖励举报人（人）', '举报奖励')).toBe('report.rewarded');
		expect(id('观看警示片（人次）', '警示教育')).toBe('warning.film_participants');
		expect(id('活动场次', '“6·16”安全宣传咨询日 线上')).toBe('consult.online_events');
		expect(id('咨询活动（场）', '“6·16”安全宣传咨询日 线下')).toBe('consult.events');
	});
});

describe('two measures of different kinds in one column', () => {
	it.each([
		['参演人数（场次）', '应急演练'],
		['参与人数（场）', '安全宣传咨询日'],
		['活动次数（人次）', '应急演练'],
		['场次', '应急演练 参演人数'],
		['参与人次', '安全宣传咨询日 场次']
	])('%s under %s: unmapped', (leaf, header) => {
		expect(id(leaf, header)).toBeNull();
	});

	it('one kind in two spellings is one measure (negatives)', () => {
		expect(id('参演人数（人次）', '应急演练')).toBe('drills.participants');
		expect(id('演练场次（次）', '应急演练')).toBe('drills.events');
		expect(id('进企业', '安全宣传“五进” 场次')).toBe('five.enterprise_events');
	});
});

describe('a unit the metric’s things are never counted in', () => {
	it.each([
		['进企业（份）', '五进'],
		['进校园（篇）', '五进'],
		['宣传资料（份）', '安全宣传“五进”'],
		['专栏文章（篇）', '专项整治宣传'],
		['公益广告（份）', '宣传氛围'],
		['接到群众举报重大隐患（条次）', '']
	])('%s under %s: unmapped', (leaf, header) => {
		expect(id(leaf, header)).toBeNull();
	});

	it('the same things in their own units (negatives)', () => {
		expect(id('制作宣传产品（部）', '安全宣传“五进”')).toBe('five.products');
		expect(id('公益广告（条）', '宣传氛围')).toBe('publicity.ads');
		expect(id('悬挂横幅（幅）', '宣传氛围')).toBe('publicity.slogans');
		expect(id('开设专栏（个）', '专项整治宣传')).toBe('rectification.columns');
		expect(id('群众举报隐患（条）', '专项整治')).toBe('rectification.hazards_reported');
		// 条次 is a tip-off's unit: the tip-offs received are suggested.
		expect(top3('接到群众举报重大隐患（条次）')).toContain('report.received');
	});
});

describe('hazards counted as people or sessions', () => {
	it.each([
		['隐患（人次）', '专项整治'],
		['排查隐患（场）', '专项整治'],
		['违法违规行为（人）', '隐患排查']
	])('%s under %s: unmapped', (leaf, header) => {
		expect(id(leaf, header)).toBeNull();
	});

	it('a campaign named by hazards still counts its sessions and people (negatives)', () => {
		expect(id('开展活动（场次）', '查找身边隐患')).toBe('rectification.community_events');
		expect(id('排查隐患（处）', '专项整治')).toBe('rectification.hazards_found');
	});
});

describe('a bare total under a header may sum the columns beside it', () => {
	it.each([
		['合计', '咨询日 场次'],
		['小计', '应急演练 参与人次'],
		['合 计（篇）', '新闻宣传 媒体稿件'],
		['总计', '安全宣传“五进” 进企业 场次']
	])('%s under %s: unmapped', (leaf, header) => {
		expect(id(leaf, header)).toBeNull();
	});
});

describe('whose knowledge contest: the national one is the consultation day’s, a province’s the tour’s', () => {
	it.each([
		['全国安全生产网络知识竞赛参赛（人次）', '', 'consult.contest_participants'],
		['参加全国网上安全知识竞赛人次', '安全宣传咨询日', 'consult.contest_participants'],
		['全省安全生产知识网络竞赛（人次）', '', 'tour.contest_participants'],
		['省安全知识竞赛（人次）', '安全生产万里行', 'tour.contest_participants'],
		['知识竞赛参赛（人次）', '安全生产湘江行', 'tour.contest_participants']
	])('%s under %s', (leaf, header, metric) => {
		expect(id(leaf, header)).toBe(metric);
	});
});

/**
 * An .xlsx summary table written with exceljs: header rows, where null continues the cell to its left (merged
 * across) and '^' the cell above (merged down), then one row per unit.
 */
async function summaryTable(headers: (string | null)[][], units: [string, ...number[]][], title = '2024年“安全生产月”活动统计汇总表'): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('汇总');
	ws.getCell(1, 1).value = title;
	ws.mergeCells(1, 1, 1, headers[0].length);
	const width = headers[0].length;
	headers.forEach((row, i) => {
		for (let c = 0; c < width; c++) {
			const text = row[c];
			if (text === null || text === '^') continue;
			let right = c;
			while (right + 1 < width && row[right + 1] === null) right++;
			let down = i;
			while (down + 1 < headers.length && headers[down + 1][c] === '^') down++;
			ws.getCell(2 + i, c + 1).value = text;
			if (right > c || down > i) ws.mergeCells(2 + i, c + 1, 2 + down, right + 1);
		}
	});
	units.forEach((u, r) => u.forEach((v, c) => (ws.getCell(2 + headers.length + r, c + 1).value = v)));
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('read from real workbooks: three header rows, contradicting columns kept unmapped with their values', () => {
	it('a 咨询日 table split 线上/线下 with a 合计 leaf and a 参与人数 column counted in 场', async () => {
		const headers = [
			['单位', '“6·16”安全宣传咨询日', null, null, null, null, '应急演练', null],
			['^', '场次', null, null, '参与人次', null, '演练（场）', '参演人数（场次）'],
			['^', '线上', '线下', '合计', '线上', '线下', '^', '^']
		];
		const units: [string, ...number[]][] = [
			['柔远镇', 2, 3, 5, 400, 600, 4, 9],
			['悦乐镇', 1, 1, 2, 150, 220, 2, 3]
		];
		const r = processFile({ name: '2024年汇总.xlsx', bytes: await summaryTable(headers, units) });
		expect(r.error).toBeNull();
		const byColumn = new Map<string, Set<string | null>>();
		for (const f of r.facts) {
			const col = f.cell.replace(/\d+$/, '');
			if (!byColumn.has(col)) byColumn.set(col, new Set());
			byColumn.get(col)!.add(f.status === 'ok' ? f.metricId : `unmapped:${f.value}`);
		}
		const mapped = (col: string) => [...(byColumn.get(col) ?? [])];
		expect(mapped('B')).toEqual(['consult.online_events']);
		expect(mapped('C')).toEqual(['consult.events']);
		expect(mapped('E')).toEqual(['consult.online_participants']);
		expect(mapped('F')).toEqual(['consult.participants']);
		expect(mapped('G')).toEqual(['drills.events']);
		// The 合计 column is the reader's (a total column, never a fact); the column of two kinds stays
		// visible, unmapped, with its numbers.
		expect(mapped('D')).toEqual([]);
		expect(r.ledger.filter((e) => e.cell.startsWith('D') && e.reason === 'total-column').length).toBeGreaterThan(0);
		expect(mapped('H')).toEqual(['unmapped:9', 'unmapped:3']);
		expect(r.facts.filter((f) => f.status === 'ok').map((f) => f.metricId)).not.toContain('drills.participants');
	});

	it('a long table whose 计量单位 column contradicts its 指标 (参与人数 in 场, 宣传品 in 份)', () => {
		const rows = [
			['年度', '县区', '单位', '活动', '指标', '计量单位', '数量'],
			[2024, '华池县', '柔远镇', '应急演练', '开展演练', '场', 6],
			[2024, '华池县', '柔远镇', '应急演练', '参演人数', '场', 4],
			[2024, '华池县', '柔远镇', '安全宣传“五进”', '宣传品', '部', 12],
			[2024, '华池县', '柔远镇', '安全宣传“五进”', '宣传品', '份', 3000],
			[2024, '华池县', '柔远镇', '隐患排查', '发现隐患', '处', 31],
			[2024, '华池县', '柔远镇', '隐患排查', '隐患', '人次', 80]
		];
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '明细');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
		const r = processFile({ name: '2024年明细.xlsx', bytes });
		expect(r.error).toBeNull();
		const got = r.facts.map((f) => [f.value, f.status === 'ok' ? f.metricId : 'unmapped']);
		expect(got).toEqual([
			[6, 'drills.events'],
			[4, 'unmapped'],
			[12, 'five.products'],
			[3000, 'unmapped'],
			[31, 'rectification.hazards_found'],
			[80, 'unmapped']
		]);
	});
});

describe('a leaf whose own words word another count of the activity, the chosen one only by its fillers (活动（场）)', () => {
	it.each([
		['开放日活动（场）', '咨询日', 'consult.open_day_events'],
		['开放日活动场次', '“6·16”安全宣传咨询日', 'consult.open_day_events'],
		['开放日活动（场次）', '安全宣传咨询日活动', 'consult.open_day_events']
	])('%s under %s → %s', (leaf, header, metric) => {
		expect(id(leaf, header)).toBe(metric);
	});

	it('with no header the open day is suggested, not the day’s own events chosen', () => {
		expect(id('开放日活动（场）')).not.toBe('consult.events');
		expect(top3('开放日活动（场）')).toContain('consult.open_day_events');
	});

	it('leaves whose own words word the chosen count keep it (negatives)', () => {
		expect(id('咨询活动（场）', '“6·16”安全宣传咨询日')).toBe('consult.events');
		expect(id('线上活动（场）', '咨询日')).toBe('consult.online_events');
		expect(id('专访活动（场）', '咨询日')).toBe('consult.anchor_reports');
		expect(id('参观展览活动（场）', '警示教育')).toBe('warning.exhibition_sessions');
	});
});

describe('a header only wording another activity’s count (媒体报道) over leaves stating a media level', () => {
	it.each([
		['县融媒体中心', '媒体报道（篇）', 'publicity.local_articles'],
		['县电视台（篇）', '媒体报道', 'publicity.local_articles'],
		['省报（篇）', '媒体报道', 'publicity.provincial_articles'],
		['央视（篇）', '媒体报道', 'publicity.central_articles'],
		['中央媒体', '媒体报道（篇）', 'publicity.central_articles'],
		['省级媒体', '媒体报道（篇）', 'publicity.provincial_articles'],
		['市级媒体（篇）', '组织媒体报道', 'publicity.local_articles'],
		['央媒', '媒体报道（篇）', 'publicity.central_articles']
	])('%s under %s → %s', (leaf, header, metric) => {
		expect(id(leaf, header)).toBe(metric);
	});

	it('a header naming 专项整治 by name keeps its own counts (negatives)', () => {
		expect(id('刊发新闻报道（篇）', '专项整治宣传 组织媒体报道')).toBe('rectification.news_articles');
		expect(id('省级', '专项整治')).toBeNull();
		// Making a warning film is no screening of one, however near 警示教育's words come.
		expect(id('拍摄事故警示教育片数', '警示教育')).toBe('rectification.warning_films_made');
	});
});
