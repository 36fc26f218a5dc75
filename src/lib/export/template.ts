/**
 * The collection template: a blank, clean statistics form for offices to send
 * out next June — title, the 填报单位 / 联系人 / 电话 / 填报日期 lines, one row
 * per metric (序号 | 活动 | 指标 | 计量单位 | 数值) with data validation on every
 * input cell. Pure (exceljs runs in the browser and in Node); returns bytes.
 *
 * A filled copy imports as a long table (shapes/long.ts): its header uses the
 * words columns.ts already knows (活动, 指标, 计量单位, 数值), and the long
 * reader takes 填报单位 / 年度 / 填报日期 from the lines above the header.
 * Yes/no questions take 是 or 否 from a list; the reader makes them 1/0 facts.
 */
import ExcelJS from 'exceljs';
import { METRICS, getActivity, matchMetric, type Metric } from '../schema/index';

export type TemplateKind = '2020' | '2021' | 'all';

export interface TemplateOptions {
	year: number;
	kind: TemplateKind;
}

/** The metrics of the 2020 form (海城 seed) in the form's order. */
const FORM_2020 = [
	'launch.form', 'launch.events', 'study.group_sessions', 'study.group_participants', 'study.online_sessions', 'study.online_participants', 'study.columns',
	'rectification.columns', 'rectification.feature_videos', 'rectification.warning_films_made', 'warning.film_sessions', 'warning.film_participants',
	'rectification.enterprises', 'rectification.hazards_found', 'rectification.community_units', 'rectification.community_events',
	'rectification.violations_found', 'rectification.hazards_reported', 'cloud.participants', 'cloud.interviews', 'cloud.tutoring_sessions',
	'cloud.live_sessions', 'cloud.live_participants', 'consult.open_day_joined', 'consult.vr_tour_participants', 'consult.quiz_participants',
	'consult.contest_participants', 'consult.douyin_videos', 'consult.weibo_posts', 'consult.open_day_events', 'consult.open_day_participants',
	'consult.online_events', 'consult.online_participants', 'five.enterprise_events', 'five.enterprise_participants', 'five.village_events',
	'five.village_participants', 'five.community_events', 'five.community_participants', 'five.school_events', 'five.school_participants',
	'five.family_events', 'five.family_participants', 'tour.press_interviews', 'tour.practices_publicized', 'tour.problems_exposed',
	'tour.regional_trips', 'tour.thematic_trips', 'tour.online_trips', 'tour.contest_participants', 'report.received', 'report.rewarded',
	'report.news', 'org.in_annual_plan', 'org.mechanism', 'org.roadmap', 'org.resources', 'publicity.central_articles',
	'publicity.provincial_articles', 'publicity.local_articles', 'publicity.slogans', 'publicity.ads', 'org.hotspots', 'org.integrated',
	'org.responsibility'
];

/** The metrics of the 2021 form (如皋 seed) in the form's order. */
const FORM_2021 = [
	'study.group_sessions', 'study.group_participants', 'study.film_watched', 'study.viewing_sessions', 'study.viewing_participants',
	'study.lecture_sessions', 'study.lecture_participants', 'serve.projects', 'rectification.media_reports', 'rectification.news_articles',
	'rectification.practices_promoted', 'rectification.practice_articles', 'rectification.enterprise_events', 'rectification.enterprise_participants',
	'tour.problems_exposed', 'tour.cases_exposed', 'tour.reposts', 'tour.case_count', 'tour.case_text', 'warning.film_sessions', 'warning.film_participants',
	'warning.exhibition_sessions', 'warning.exhibition_participants', 'report.received', 'tour.thematic_trips', 'tour.regional_trips',
	'tour.online_trips', 'consult.events', 'consult.participants', 'consult.anchor_reports', 'consult.online_events', 'consult.online_participants',
	'consult.exhibition_participants', 'consult.contest_participants', 'consult.venue_participants', 'consult.quiz_participants',
	'consult.relay_participants', 'five.products', 'drills.events', 'drills.participants', 'five.culture_events', 'five.culture_participants',
	'five.bases_new', 'five.bases_expanded', 'five.bases_planned', 'five.bases_other', 'five.platform_used',
	'cap.thinking', 'cap.responsibility', 'cap.risk', 'cap.rectification', 'cap.grassroots', 'cap.enforcement'
];

export interface TemplateRow {
	/** 1-based sheet row of the metric. */
	row: number;
	metric: Metric;
	activity: string;
	/** The 指标 text written (the metric's name, or a wording of it that reads back unambiguously). */
	label: string;
	/** A1 address of its 数值 cell. */
	valueCell: string;
}

/** The metrics a template asks for, in order: numbers, 是/否 questions and short texts (启动形式, 六个能力). */
export function templateMetrics(kind: TemplateKind): Metric[] {
	if (kind !== '2020' && kind !== '2021') return METRICS.slice();
	const withWording = new Map(METRICS.map((m) => [m.id, m]));
	return (kind === '2020' ? FORM_2020 : FORM_2021).map((id) => withWording.get(id)!);
}

/** Where things are on the sheet (1-based rows, letters for columns). */
export const TEMPLATE_LAYOUT = {
	sheetName: '统计表',
	unitCell: 'C2',
	yearCell: 'E2',
	contactCell: 'C3',
	phoneCell: 'E3',
	dateCell: 'C4',
	headerRow: 5,
	firstRow: 6
} as const;

const HEADERS = ['序号', '活动', '指标', '计量单位', '数值'];

export function templateTitle(opts: TemplateOptions): string {
	return `${opts.year}年“安全生产月”活动进展情况统计表`;
}

export function templateFileName(opts: TemplateOptions): string {
	const which = opts.kind === 'all' ? '全部指标' : `${opts.kind}年版`;
	return `${opts.year}年安全生产月活动进展情况统计表（${which}）.xlsx`;
}

/** The rows a template of this kind has (also what a test fills in). */
export function templateRows(opts: TemplateOptions): TemplateRow[] {
	return templateMetrics(opts.kind).map((metric, i) => {
		const row = TEMPLATE_LAYOUT.firstRow + i;
		const activity = getActivity(metric.activity)?.zh ?? metric.activity;
		return { row, metric, activity, label: metricLabel(metric, activity), valueCell: `E${row}` };
	});
}

/**
 * The 指标 text for a metric: its name, unless the matcher would read that name
 * as another metric (举报奖励人数 is close to 举报…); then the first of its form
 * wordings (slots and checkboxes dropped) that reads back as the metric, read
 * the way the long reader reads a row (指标 plus （计量单位）, 活动 as context).
 */
export function metricLabel(metric: Metric, activity: string): string {
	const unitOf = (name: string) => (metric.unit && !name.includes(metric.unit) ? `${name}（${metric.unit}）` : name);
	const candidates = [metric.zh, ...metric.synonyms.map((s) => s.replace(/[（(]\s*[)）]/g, '').replace(/[:：]?\s*□是\s*□否/g, '').trim())];
	for (const c of candidates) if (c && matchMetric(unitOf(c), activity)?.metricId === metric.id) return c;
	return metric.zh;
}

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } };

export async function buildTemplate(opts: TemplateOptions): Promise<Uint8Array> {
	const L = TEMPLATE_LAYOUT;
	const wb = new ExcelJS.Workbook();
	wb.creator = '安全月看板';
	const ws = wb.addWorksheet(L.sheetName, {
		pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${L.headerRow}:${L.headerRow}` },
		views: [{ state: 'frozen', ySplit: L.headerRow, topLeftCell: `A${L.firstRow}`, activeCell: L.unitCell }]
	});
	[6, 18, 46, 10, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));

	ws.mergeCells('A1:E1');
	const title = ws.getCell('A1');
	title.value = templateTitle(opts);
	title.font = { name: '方正小标宋简体', size: 16, bold: true };
	title.alignment = { horizontal: 'center', vertical: 'middle' };
	ws.getRow(1).height = 36;

	const label = (range: string, text: string) => {
		ws.mergeCells(range);
		const c = ws.getCell(range.split(':')[0]);
		c.value = text;
		c.font = { name: FONT, size: 11 };
		c.alignment = { horizontal: 'right', vertical: 'middle' };
	};
	const input = (addr: string) => {
		const c = ws.getCell(addr);
		c.fill = INPUT_FILL;
		c.border = { bottom: THIN };
		c.font = { name: FONT, size: 11 };
		return c;
	};
	label('A2:B2', '填报单位（盖章）：');
	input(L.unitCell).dataValidation = { type: 'textLength', operator: 'greaterThan', formulae: [0], allowBlank: false, showInputMessage: true, promptTitle: '填报单位', prompt: '请填写单位全称 / the full name of the unit' };
	ws.getCell('D2').value = '年度：';
	ws.getCell('D2').alignment = { horizontal: 'right' };
	const year = input(L.yearCell);
	year.value = opts.year;
	year.numFmt = '0';
	year.dataValidation = { type: 'whole', operator: 'between', formulae: [2000, 2100], allowBlank: false, showErrorMessage: true, errorTitle: '年度', error: '请填写四位年度，如 2021 / a four-digit year' };
	label('A3:B3', '联系人：');
	input(L.contactCell);
	ws.getCell('D3').value = '电话：';
	ws.getCell('D3').alignment = { horizontal: 'right' };
	input(L.phoneCell).numFmt = '@';
	label('A4:B4', '填报日期：');
	const date = input(L.dateCell);
	date.numFmt = 'yyyy"年"m"月"d"日"';
	date.dataValidation = {
		type: 'date',
		operator: 'between',
		formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
		allowBlank: true,
		showErrorMessage: true,
		errorTitle: '填报日期',
		error: '请填写日期，如 2021/6/24 / a date',
		showInputMessage: true,
		promptTitle: '填报日期',
		prompt: '如 2021/6/24；同一单位多次填报时以日期最新的一份为准'
	};

	const header = ws.getRow(L.headerRow);
	HEADERS.forEach((h, i) => {
		const c = header.getCell(i + 1);
		c.value = h;
		c.font = { name: '黑体', size: 11 };
		c.alignment = { horizontal: 'center', vertical: 'middle' };
		c.border = BORDER;
		c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
	});
	header.height = 22;

	for (const [i, r] of templateRows(opts).entries()) {
		const row = ws.getRow(r.row);
		const flag = r.metric.family === 'F';
		row.getCell(1).value = i + 1;
		row.getCell(2).value = r.activity;
		row.getCell(3).value = r.label;
		row.getCell(4).value = flag ? '是/否' : r.metric.family === 'T' ? '文字' : r.metric.unit;
		for (let c = 1; c <= 5; c++) {
			const cell = row.getCell(c);
			cell.border = BORDER;
			cell.font = { name: FONT, size: 11 };
			cell.alignment = { vertical: 'middle', wrapText: c === 2 || c === 3, horizontal: c === 1 || c === 4 ? 'center' : c === 5 ? 'right' : 'left' };
		}
		const value = row.getCell(5);
		value.fill = INPUT_FILL;
		if (r.metric.family === 'T') {
			value.alignment = { vertical: 'top', wrapText: true };
			value.dataValidation = {
				type: 'textLength',
				operator: 'lessThanOrEqual',
				formulae: [200],
				allowBlank: true,
				showErrorMessage: true,
				errorTitle: r.metric.zh.slice(0, 32),
				error: '请简要表述，200 字以内 / at most 200 characters',
				showInputMessage: true,
				promptTitle: '文字',
				prompt: '条目式简要表述，200 字以内；未开展的留空'
			};
		} else if (flag) {
			value.alignment = { vertical: 'middle', horizontal: 'center' };
			value.dataValidation = {
				type: 'list',
				formulae: ['"是,否"'],
				allowBlank: true,
				showErrorMessage: true,
				errorTitle: '是/否',
				error: '请选择“是”或“否” / choose 是 (yes) or 否 (no)',
				showInputMessage: true,
				promptTitle: '是/否',
				prompt: '选择“是”或“否”；未统计的留空'
			};
		} else {
			value.numFmt = '#,##0';
			value.dataValidation = {
				type: 'whole',
				operator: 'greaterThanOrEqual',
				formulae: [0],
				allowBlank: true,
				showErrorMessage: true,
				errorTitle: r.metric.zh.slice(0, 32),
				error: '请填写不小于 0 的整数 / a whole number ≥ 0',
				showInputMessage: true,
				promptTitle: r.metric.unit ? `单位：${r.metric.unit}` : '数值',
				prompt: '未开展的填 0，未统计的留空 / 0 if none, blank if unknown'
			};
		}
	}
	const last = TEMPLATE_LAYOUT.firstRow + templateMetrics(opts.kind).length;
	ws.mergeCells(`A${last + 1}:E${last + 1}`);
	const note = ws.getCell(`A${last + 1}`);
	note.value = '注：数值栏填写整数，未开展的填 0，未统计的留空；是/否栏选择“是”或“否”。请勿改动表头和指标名称。';
	note.font = { name: FONT, size: 10 };
	note.alignment = { wrapText: true, vertical: 'top' };
	ws.getRow(last + 1).height = 30;

	const buf = await wb.xlsx.writeBuffer();
	return new Uint8Array(buf as ArrayBuffer);
}
