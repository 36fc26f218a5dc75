/**
 * The long tables (shape C) of the whole-file set: one value a row, the columns (year, region, unit, activity,
 * metric, measure, value, remark) in other orders and under other names, as CSV (UTF-8 with BOM, GBK) or a sheet.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { colLetter, int, rng, type Fact } from './model';
import { rangeFor } from './wide-build';

type Field = 'year' | 'region' | 'unit' | 'activity' | 'metric' | 'measure' | 'value' | 'seq' | 'remark';

export interface LongSpec {
	name: string;
	about: string;
	/** The columns in file order with their header. */
	columns: [Field, string][];
	rows: { activity: string; metric: string; measure?: string; m: string | null }[];
	units: { unit: string; region: string }[];
	years: number[];
	/** csv: utf8 (with BOM) or gbk; xlsx/xls: a sheet (optionally with a title row above and a note below). */
	encoding?: 'utf8' | 'gbk';
	sheet?: string;
	title?: string;
	note?: string;
	/** Share of values left empty; share written with a thousands comma. */
	blanks?: number;
	comma?: boolean;
	/** A last row summing the values, its unit column saying 合计. */
	total?: string;
}

export const LONG: LongSpec[] = [
	{
		name: '眉山市安全生产月数据明细（导出）.csv',
		about: 'UTF-8 CSV with BOM exported from a web system: 填报单位,所属区县,统计年度,活动名称,指标名称,指标值',
		columns: [['unit', '填报单位'], ['region', '所属区县'], ['year', '统计年度'], ['activity', '活动名称'], ['metric', '指标名称'], ['value', '指标值']],
		encoding: 'utf8',
		rows: [
			{ activity: '安全宣传咨询日', metric: '活动场次', m: 'consult.events' },
			{ activity: '安全宣传咨询日', metric: '参与人次', m: 'consult.participants' },
			{ activity: '应急演练', metric: '演练场次', m: 'drills.events' },
			{ activity: '应急演练', metric: '参演人次', m: 'drills.participants' },
			{ activity: '宣传报道', metric: '省级媒体发稿篇数', m: 'publicity.provincial_articles' },
			{ activity: '宣传报道', metric: '发放宣传资料份数', m: null }
		],
		units: [{ unit: '青竹街道', region: '青神县' }, { unit: '悦兴镇', region: '东坡区' }, { unit: '仁美镇', region: '丹棱县' }],
		years: [2023],
		blanks: 0.1
	},
	{
		name: '赣州市2022安全月明细表.csv',
		about: 'GBK CSV, columns 指标,数值,计量单位,单位,县区,活动,年份 (value before the unit); the measure in its own column',
		columns: [['metric', '指标'], ['value', '数值'], ['measure', '计量单位'], ['unit', '单位'], ['region', '县区'], ['activity', '活动'], ['year', '年份']],
		encoding: 'gbk',
		rows: [
			{ activity: '五进', metric: '进企业活动', measure: '场', m: 'five.enterprise_events' },
			{ activity: '五进', metric: '进企业参与', measure: '人', m: 'five.enterprise_participants' },
			{ activity: '五进', metric: '进学校活动', measure: '场', m: 'five.school_events' },
			{ activity: '警示教育', metric: '观看警示教育片', measure: '场', m: 'warning.film_sessions' },
			{ activity: '警示教育', metric: '观看人数', measure: '人次', m: 'warning.film_participants' },
			{ activity: '隐患排查', metric: '排查整治隐患', measure: '处', m: 'rectification.hazards_found' }
		],
		units: [{ unit: '贡江镇', region: '于都县' }, { unit: '象湖镇', region: '瑞金市' }],
		years: [2022]
	},
	{
		name: '市场监管系统安全生产月活动明细.xlsx',
		about: 'a sheet with a title row above the header, 序号 and 备注 columns, 年度 last, a note below',
		columns: [['seq', '序号'], ['region', '地区'], ['unit', '单位名称'], ['activity', '活动类别'], ['metric', '统计项目'], ['measure', '单位'], ['value', '数量'], ['remark', '备注'], ['year', '年度']],
		sheet: '明细',
		title: '市场监管系统“安全生产月”活动开展情况明细表',
		note: '注：数量为6月1日至6月30日累计数。',
		rows: [
			{ activity: '学习', metric: '理论学习中心组专题学习', measure: '次', m: 'study.group_sessions' },
			{ activity: '学习', metric: '参加中心组学习', measure: '人次', m: 'study.group_participants' },
			{ activity: '宣传咨询日', metric: '咨询活动', measure: '场', m: 'consult.events' },
			{ activity: '举报', metric: '受理投诉举报', measure: '件', m: 'report.received' },
			{ activity: '检查', metric: '检查经营主体', measure: '户', m: null }
		],
		units: [{ unit: '商水县市场监督管理局', region: '商水县' }, { unit: '郸城县市场监督管理局', region: '郸城县' }, { unit: '川汇区市场监督管理局', region: '川汇区' }],
		years: [2023]
	},
	{
		name: '寿光市安全月指标明细2021-2022.xlsx',
		about: 'two years in one sheet, no activity column (the metric name carries it), no region column (the file name says 寿光市), plain header',
		columns: [['year', '年份'], ['unit', '镇街'], ['metric', '指标'], ['value', '数值']],
		sheet: 'Sheet1',
		rows: [
			{ activity: '', metric: '安全宣传咨询日活动场次', m: 'consult.events' },
			{ activity: '', metric: '安全宣传咨询日参与人次', m: 'consult.participants' },
			{ activity: '', metric: '应急演练场次', m: 'drills.events' },
			{ activity: '', metric: '应急演练参与人次', m: 'drills.participants' },
			{ activity: '', metric: '张贴安全标语（条）', m: 'publicity.slogans' }
		],
		units: [{ unit: '文家街道', region: '寿光市' }, { unit: '羊口镇', region: '寿光市' }], // no region column: the file name's
		years: [2021, 2022]
	},
	{
		name: '安吉县安全月活动明细.xls',
		about: 'legacy .xls long table, columns 县区,乡镇,项目,指标,数量 (no year column: the year is in the title)',
		columns: [['region', '县区'], ['unit', '乡镇'], ['activity', '项目'], ['metric', '指标'], ['value', '数量']],
		sheet: '明细',
		title: '2022年安全生产月活动明细',
		rows: [
			{ activity: '云课堂', metric: '参加云课堂学习人次', m: 'cloud.participants' },
			{ activity: '“五进”活动', metric: '进社区场次', m: 'five.community_events' },
			{ activity: '“五进”活动', metric: '进社区参与人数', m: 'five.community_participants' },
			{ activity: '万里行', metric: '组织记者采访报道', m: 'tour.press_interviews' },
			{ activity: '万里行', metric: '曝光问题', m: 'tour.problems_exposed' }
		],
		units: [{ unit: '递铺街道', region: '安吉县' }, { unit: '孝丰镇', region: '安吉县' }, { unit: '天荒坪镇', region: '安吉县' }],
		years: [2022]
	},
	{
		name: '2023年汉寿县安全月数据明细.xls',
		about: 'legacy .xls long table, columns 单位,年度,活动内容,统计项,计量单位,完成数 with a 合计 row at the end',
		columns: [['unit', '单位'], ['year', '年度'], ['activity', '活动内容'], ['metric', '统计项'], ['measure', '计量单位'], ['value', '完成数']],
		sheet: '数据',
		rows: [
			{ activity: '警示教育', metric: '开展事故警示教育', measure: '场', m: 'warning.education_sessions' },
			{ activity: '警示教育', metric: '受教育人员', measure: '人次', m: 'warning.education_participants' },
			{ activity: '云课堂', metric: '线上直播活动', measure: '场', m: 'cloud.live_sessions' },
			{ activity: '宣传', metric: '悬挂横幅', measure: '条', m: 'publicity.slogans' }
		],
		units: [{ unit: '汉寿县龙阳街道办事处', region: '汉寿县' }, { unit: '汉寿县坡头镇人民政府', region: '汉寿县' }],
		years: [2023],
		total: '合计'
	},
	{
		name: '常德市2024年安全生产月报送明细.csv',
		about: 'UTF-8 CSV, 年度,县市区,填报单位,活动,指标,单位,数值,说明 with values written 1,200 and a few blanks',
		columns: [['year', '年度'], ['region', '县市区'], ['unit', '填报单位'], ['activity', '活动'], ['metric', '指标'], ['measure', '单位'], ['value', '数值'], ['remark', '说明']],
		encoding: 'utf8',
		comma: true,
		blanks: 0.1,
		rows: [
			{ activity: '6·16咨询日', metric: '咨询活动', measure: '场', m: 'consult.events' },
			{ activity: '6·16咨询日', metric: '参与', measure: '人次', m: 'consult.participants' },
			{ activity: '应急演练', metric: '演练', measure: '场', m: 'drills.events' },
			{ activity: '应急演练', metric: '参与', measure: '人次', m: 'drills.participants' },
			{ activity: '警示教育', metric: '参观警示教育展览', measure: '场', m: 'warning.exhibition_sessions' },
			{ activity: '警示教育', metric: '参观人次', measure: '人次', m: 'warning.exhibition_participants' }
		],
		units: [{ unit: '漳江街道', region: '桃源县' }, { unit: '龙阳街道', region: '汉寿县' }],
		years: [2024]
	}
];

export async function buildLong(spec: LongSpec, format: 'csv' | 'xlsx'): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const r = rng(spec.name);
	const table: (string | number)[][] = [spec.columns.map(([, h]) => h)];
	const facts: Fact[] = [];
	const top = spec.title ? 2 : 1; // the sheet row of the header
	const valueCol = spec.columns.findIndex(([f]) => f === 'value') + 1;
	let seq = 0;
	for (const year of spec.years)
		for (const u of spec.units)
			for (const row of spec.rows) {
				const blank = r() < (spec.blanks ?? 0);
				const v = int(r, ...rangeFor({ path: [row.metric, row.measure ?? ''], m: row.m }));
				const sheetRow = top + table.length;
				const cells = spec.columns.map(([f]): string | number => {
					switch (f) {
						case 'year': return year;
						case 'region': return u.region;
						case 'unit': return u.unit;
						case 'activity': return row.activity;
						case 'metric': return row.metric;
						case 'measure': return row.measure ?? '';
						case 'seq': return ++seq;
						case 'remark': return r() < 0.15 ? '含线上' : '';
						case 'value': return blank ? '' : spec.comma && v >= 1000 ? v.toLocaleString('en-US') : v;
					}
				});
				table.push(cells);
				if (blank) continue;
				facts.push({
					file: spec.name,
					sheet: format === 'csv' ? '' : (spec.sheet ?? 'Sheet1'),
					cell: `${colLetter(valueCol)}${sheetRow}`,
					unit: u.unit,
					region: u.region,
					year,
					metric_id: row.m ?? '',
					label: [row.activity, row.metric].filter(Boolean).join('/'),
					value: v,
					text: '',
					status: row.m ? 'ok' : 'unmapped'
				});
			}
	if (spec.total) {
		const sum = facts.reduce((a, f) => a + (f.value === '' ? 0 : f.value), 0);
		table.push(spec.columns.map(([f]) => (f === 'unit' ? spec.total! : f === 'value' ? sum : '')));
	}
	if (format === 'csv') {
		const esc = (x: string | number) => (/[",\r\n]/.test(String(x)) ? `"${String(x).replace(/"/g, '""')}"` : String(x));
		const text = table.map((l) => l.map(esc).join(',')).join('\r\n') + '\r\n';
		const bytes = spec.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from('\ufeff' + text, 'utf8');
		return { bytes: new Uint8Array(bytes), facts };
	}
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet(spec.sheet ?? 'Sheet1');
	if (spec.title) {
		ws.mergeCells(1, 1, 1, spec.columns.length);
		ws.getCell(1, 1).value = spec.title;
	}
	table.forEach((l, i) => l.forEach((x, j) => x !== '' && (ws.getCell(top + i, j + 1).value = x)));
	if (spec.note) ws.getCell(top + table.length + 1, 1).value = spec.note;
	return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), facts };
}
