/**
 * The third set's long tables (shape C): one row per unit and measure, under column names of the issuers' own —
 * the activity and the measure in two columns, or run together in one; a 计量单位 column; year in a column, in the
 * title or only in the file name; a 合计 row; .csv (UTF-8 BOM, GBK), .xlsx and .xls.
 */
import { DEV, GROUP_COLS, HEALTH_COLS, STREET_COLS, TRANSPORT_COLS, type Col } from './columns';
import { addr, fact, rng, valueFor, type Fact, type Format, type GeneratedFile, type Rng } from './model';
import { firm, unitsOf } from './wide';
import { csvOf, xlsOf, xlsxOf, type Cell } from './write';

type Field = 'seq' | 'year' | 'region' | 'unit' | 'activity' | 'measure' | 'both' | 'uom' | 'value' | 'note';

interface LongSpec {
	name: string;
	format: Exclude<Format, 'docx' | 'doc'>;
	csv?: 'utf8bom' | 'gbk';
	about: string;
	title?: string;
	fields: [Field, string][];
	years: string[];
	cols: Col[];
	units: (r: Rng, used: Set<string>) => { unit: string; region: string }[];
	total?: boolean;
	sheet?: string;
}

/** 活动 and 指标 of a column: its group (or 综合) and its leaf; the leaf's bracketed measure split off when asked. */
const parts = (c: Col) => ({ activity: c.path.length > 1 ? c.path[c.path.length - 2] : '综合', measure: c.path[c.path.length - 1] });
const uomOf = (measure: string) => measure.match(/（([^）]+)）$/)?.[1] ?? (/人次/.test(measure) ? '人次' : /人数|人$/.test(measure) ? '人' : /次数/.test(measure) ? '次' : '场');
const bare = (measure: string) => measure.replace(/（[^）]+）$/, '');

const SPECS: LongSpec[] = [
	{
		name: '青崖县道路运输企业安全月明细2023.csv',
		format: 'csv',
		csv: 'utf8bom',
		about: 'transport, CSV UTF-8 BOM: 年份,区县,填报单位,活动类别,统计指标,计量单位,数量 (measure without its bracket)',
		fields: [['year', '年份'], ['region', '区县'], ['unit', '填报单位'], ['activity', '活动类别'], ['measure', '统计指标'], ['uom', '计量单位'], ['value', '数量']],
		years: ['2023'],
		cols: TRANSPORT_COLS,
		units: (r, used) => unitsOf(r, used, ['青崖县'], 5, (r) => `青崖县${r.pick(['宏运', '畅通', '平安', '捷达', '联运', '众诚', '万通'])}${r.pick(['汽车运输', '危货运输', '客运', '物流'])}有限公司`),
	},
	{
		name: '开发区企业安全月活动明细（2024年）.csv',
		format: 'csv',
		csv: 'gbk',
		about: 'development zone, CSV in GBK: 单位名称,所在地,项目,指标,完成数 — no year column (year in the file name)',
		fields: [['unit', '单位名称'], ['region', '所在地'], ['activity', '项目'], ['measure', '指标'], ['value', '完成数']],
		years: ['2024'],
		cols: DEV,
		units: (r, used) => unitsOf(r, used, ['鹤汀区'], 5, firm('鹤汀区')),
	},
	{
		name: '青岚能源集团安全月数据明细.xlsx',
		format: 'xlsx',
		about: 'group company, title row with the years, 序号|年度|单位|所在县|活动|指标项|数值|备注, two years',
		title: '青岚能源集团安全生产月数据明细（2022—2023年）',
		fields: [['seq', '序号'], ['year', '年度'], ['unit', '单位'], ['region', '所在县'], ['activity', '活动'], ['measure', '指标项'], ['value', '数值'], ['note', '备注']],
		years: ['2022', '2023'],
		cols: GROUP_COLS,
		units: (r, used) => unitsOf(r, used, ['桐山县', '松坪县'], 2, (r, region) => `青岚${region.slice(0, 2)}${r.pick(['矿业', '电力检修', '供热', '能源销售'])}有限公司`),
		sheet: '明细',
	},
	{
		name: '岚溪县卫健系统安全月长表2024.xlsx',
		format: 'xlsx',
		about: 'health, one column names activity and measure together (指标名称), 单位|地区|指标名称|数值',
		title: '2024年卫健系统安全生产月指标填报',
		fields: [['unit', '单位'], ['region', '地区'], ['both', '指标名称'], ['value', '数值']],
		years: ['2024'],
		cols: HEALTH_COLS,
		units: (r, used) => unitsOf(r, used, ['岚溪县'], 4, (r) => `岚溪县${r.pick(['口腔医院', '皮肤病防治院', '康复医院', '急救中心', '血站', '卫生监督所'])}`),
		sheet: '填报',
	},
	{
		name: '桐花街道社区安全月明细2025.xls',
		format: 'xls',
		about: 'street office as .xls, 年度,街道,社区,活动,指标,数值 and a 合计 row at the end',
		fields: [['year', '年度'], ['region', '街道'], ['unit', '社区'], ['activity', '活动'], ['measure', '指标'], ['value', '数值']],
		years: ['2025'],
		cols: STREET_COLS,
		units: (r, used) => unitsOf(r, used, ['桐花街道'], 5, (r) => `${r.pick(['玉泉', '松涛', '竹园', '梧桐', '枫林', '荷塘', '杏坛', '桂香'])}社区`),
		total: true,
		sheet: '明细',
	},
];

export async function buildLong(used: Set<string>): Promise<GeneratedFile[]> {
	const out: GeneratedFile[] = [];
	for (const s of SPECS) {
		const r = rng(`files3:${s.name}`);
		const rows: Cell[][] = s.title ? [[s.title], s.fields.map((f) => f[1])] : [s.fields.map((f) => f[1])];
		const facts: Fact[] = [];
		const valueCol = s.fields.findIndex((f) => f[0] === 'value');
		let seq = 0;
		let sum = 0;
		const units = s.units(r, used);
		for (const year of s.years)
			for (const u of units)
				for (const c of s.cols) {
					if (r.chance(0.12)) continue; // not every unit reports every measure
					const { activity, measure } = parts(c);
					const empty = r.chance(0.04);
					const v = valueFor(r, c.metric || 'x.count', c.path.join(''));
					const row = rows.length;
					const put: Record<Field, Cell> = {
						seq: ++seq,
						year,
						region: u.region,
						unit: u.unit,
						activity,
						measure: s.fields.some((f) => f[0] === 'uom') ? bare(measure) : measure,
						both: activity === '综合' ? measure : `${activity}${measure.startsWith('（') ? '' : '-'}${measure}`,
						uom: uomOf(measure),
						value: empty ? null : v,
						note: null,
					};
					rows.push(s.fields.map((f) => put[f[0]]));
					if (empty) continue;
					sum += v;
					facts.push(fact({ file: s.name, sheet: s.sheet ?? '', unit: u.unit, region: u.region, year }, addr(row, valueCol), c.metric, `${activity}/${measure}`, v));
				}
		if (s.total) rows.push(s.fields.map((f, i) => (i === 0 ? '合计' : f[0] === 'value' ? sum : null)));
		const grid = { sheet: s.sheet ?? 'Sheet1', rows, merges: [] };
		const bytes = s.format === 'csv' ? csvOf(rows, s.csv ?? 'utf8bom') : s.format === 'xls' ? xlsOf([grid]) : await xlsxOf([grid]);
		out.push({ name: s.name, shape: 'long', format: s.format, about: s.about, group: s.name, bytes, facts });
	}
	return out;
}
