/**
 * The third set's summary tables (shape B): ten files of four issuers as .xlsx, .xls and .csv (UTF-8 with BOM, GBK).
 */
import { DEV, GROUP_COLS, HEALTH_COLS, STREET_COLS, TRANSPORT_COLS } from './columns';
import { rng, type Fact, type Format, type GeneratedFile, type Rng } from './model';
import { transposedGrid, wideGrid, type WideTable } from './wide-build';
import { csvOf, xlsOf, xlsxOf, type Grid } from './write';

const FIRM = ['华晟', '恒力', '蓝海', '宏泰', '绿源', '金穗', '安达', '瑞丰', '新能', '中科', '天禾', '博远', '永信', '广润', '远航', '鑫达', '汇通', '嘉禾'];
const TRADE = ['化工', '新材料', '精密机械', '环保科技', '食品', '建材', '纺织', '电子', '物流', '钢结构', '制药', '包装'];

/** `n` unit names per region, distinct within the whole set. */
export function unitsOf(r: Rng, used: Set<string>, regions: string[], n: number, name: (r: Rng, region: string) => string) {
	const out: { unit: string; region: string }[] = [];
	for (const region of regions)
		for (let i = 0; i < n; i++) {
			let u = name(r, region);
			for (let k = 0; used.has(u) && k < 50; k++) u = name(r, region);
			if (used.has(u)) continue;
			used.add(u);
			out.push({ unit: u, region });
		}
	return out;
}
export const firm = (prefix: string) => (r: Rng) => `${prefix}${r.pick(FIRM)}${r.pick(TRADE)}有限公司`;

interface WideSpec {
	name: string;
	format: Exclude<Format, 'docx' | 'doc'>;
	about: string;
	tables: (r: Rng, used: Set<string>) => (WideTable & { transposed?: boolean })[];
	/** Sheets with no table (a 填表说明), placed after the tables. */
	extra?: Grid[];
	csv?: 'utf8bom' | 'gbk';
}

const SPECS: WideSpec[] = [
	{
		name: '鹤汀经济开发区2024年安全生产月活动汇总表.xlsx',
		format: 'xlsx',
		about: 'development zone, 2 header rows, region column merged, 小计 per region, 总计 last, 备注, a 填表说明 sheet',
		tables: (r, used) => [
			{ sheet: '汇总', title: '鹤汀经济开发区2024年“安全生产月”活动开展情况汇总表', year: '2024', units: unitsOf(r, used, ['临港街道', '沙洲镇', '望江街道'], 4, firm('鹤汀')), cols: DEV, levels: 2, region: 'column', regionHeader: '所在镇街', mergeRegion: true, seq: true, subtotal: true, total: 'last', notesCol: true },
		],
		extra: [{ sheet: '填表说明', rows: [['填表说明'], ['1.本表由各企业填报，园区安监局汇总；'], ['2.人次按实际参与人数统计，请于6月28日前报送。']], merges: [] }],
	},
	{
		name: '桐山高新区企业安全月统计（2024）.xls',
		format: 'xls',
		about: 'industrial park as .xls, 3 header rows, regions as group rows, 合计 right under the header',
		tables: (r, used) => [{ sheet: '统计表', title: '桐山高新技术产业园区2024年安全生产月统计表', year: '2024', units: unitsOf(r, used, ['文昌镇', '石门镇'], 5, firm('桐山')), cols: DEV, levels: 3, region: 'rows', unitHeader: '企业名称', total: 'first' }],
	},
	{
		name: '青岚能源集团2022-2023年安全生产月汇总.xlsx',
		format: 'xlsx',
		about: 'group company, one sheet per year, region column (所在县), 2 header rows, numbers as text, — blanks',
		tables: (r, used) => {
			const units = unitsOf(r, used, ['松坪县', '梅岭县', '桐山县'], 3, (r, region) => `青岚${region.slice(0, 2)}${r.pick(['发电', '风电', '光伏', '热力', '燃气', '煤业'])}有限公司`);
			return ['2022', '2023'].map((y) => ({ sheet: `${y}年`, title: `青岚能源集团${y}年安全生产月活动统计`, year: y, units, cols: GROUP_COLS, levels: 2 as const, region: 'column' as const, regionHeader: '所在县', unitHeader: '所属企业', seq: true, total: 'last' as const, asText: true, blanks: ['—' as const, ''] }));
		},
	},
	{
		name: '青岚能源集团所属企业安全月指标对比表.xlsx',
		format: 'xlsx',
		about: 'group company, transposed: metrics down (活动 merged), units across, 合计 column',
		tables: (r, used) => [
			{ sheet: 'Sheet1', title: '青岚能源集团2023年所属企业安全生产月指标对比', year: '2023', units: unitsOf(r, used, ['梅岭县', '云阜区'], 3, (r, region) => `${region}青岚${r.pick(['储运', '售电', '新能源', '检修', '建设'])}有限公司`), cols: GROUP_COLS, levels: 2, region: 'none', transposed: true },
		],
	},
	{
		name: '沅州市交通运输系统安全生产月汇总2023.csv',
		format: 'csv',
		csv: 'utf8bom',
		about: 'city transport bureau, CSV UTF-8 BOM, 3 header rows written once over their leaves, region column, 合计 last',
		tables: (r, used) => [
			{ sheet: '', title: '沅州市交通运输系统2023年安全生产月活动汇总', year: '2023', units: unitsOf(r, used, ['青崖县', '岚溪县', '桐山县', '松坪县', '梅岭县', '云阜区', '鹤汀区'], 1, (_r, region) => `${region}交通运输局`), cols: TRANSPORT_COLS, levels: 3, region: 'column', regionHeader: '县（市、区）', unitHeader: '单位', total: 'last', csv: true },
		],
	},
	{
		name: '岚溪县卫健系统安全月汇总表2024.csv',
		format: 'csv',
		csv: 'gbk',
		about: 'health system, CSV in GBK, one header row (活动-指标), region column, 合计 last',
		tables: (r, used) => [
			{ sheet: '', year: '2024', units: unitsOf(r, used, ['岚溪县'], 8, (r) => `岚溪县${r.pick(['城南', '城北', '白沙', '石桥', '双河', '龙潭', '青山', '清水', '黄泥', '柳溪'])}${r.pick(['镇卫生院', '社区卫生服务中心'])}`), cols: HEALTH_COLS, levels: 1, region: 'column', regionHeader: '地区', unitHeader: '机构名称', total: 'last', csv: true },
		],
	},
	{
		name: '桐花街道2025年安全月社区汇总.xlsx',
		format: 'xlsx',
		about: 'street office, one header row with measures in brackets, region column (街道), numbers as text with commas, 合计 last, notes below',
		tables: (r, used) => [
			{
				sheet: '社区汇总',
				title: '云阜区桐花街道、凤鸣街道2025年“安全生产月”社区活动汇总',
				year: '2025',
				units: unitsOf(r, used, ['桐花街道', '凤鸣街道'], 4, (r) => `${r.pick(['春晖', '秋实', '东篱', '南浦', '西岭', '北辰', '凤鸣', '锦屏', '翠湖', '兰亭'])}社区`),
				cols: STREET_COLS,
				levels: 1,
				region: 'column',
				regionHeader: '街道',
				unitHeader: '社区',
				seq: true,
				subtotal: true,
				total: 'last',
				asText: true,
				blanks: ['', '/'],
				notesBelow: ['注：数据截至2025年6月26日；“/”表示未开展。', '审核人：            制表人：'],
			},
		],
	},
	{
		name: '岚溪县医疗机构安全生产月情况汇总.xls',
		format: 'xls',
		about: 'health institutions across counties as .xls, 2 header rows, 合计 right under the header',
		tables: (r, used) => [
			{ sheet: '医疗机构', title: '2024年全市医疗机构安全生产月情况汇总表', year: '2024', units: unitsOf(r, used, ['桐山县', '梅岭县', '松坪县'], 2, (r, region) => `${region}${r.pick(['人民医院', '中医院', '妇幼保健院', '第二人民医院', '疾病预防控制中心'])}`), cols: HEALTH_COLS, levels: 2, region: 'column', regionHeader: '县区', unitHeader: '医疗机构', total: 'first', seq: true },
		],
	},
	{
		name: '2023年水上交通企业安全月汇总.xlsx',
		format: 'xlsx',
		about: 'water transport enterprises, 3 header rows, region column, 合计 last, a note row',
		tables: (r, used) => [
			{ sheet: '水上交通', title: '2023年全市水上交通企业“安全生产月”活动汇总表', year: '2023', units: unitsOf(r, used, ['青崖县', '岚溪县', '鹤汀区'], 3, (r, region) => `${region}${r.pick(['通达', '江帆', '安澜', '长风', '沅江', '顺风', '清江'])}${r.pick(['航运', '船务', '轮渡', '水运'])}有限公司`), cols: TRANSPORT_COLS, levels: 3, region: 'column', regionHeader: '所在县区', unitHeader: '企业名称', total: 'last', notesBelow: ['说明：受理举报含电话、信箱、网络渠道。'] },
		],
	},
	{
		name: '松坪工业园区安全月统计2024.csv',
		format: 'csv',
		csv: 'gbk',
		about: 'industrial park, CSV in GBK, no title, 2 header rows written once, year only in the file name',
		tables: (r, used) => [{ sheet: '', year: '2024', units: unitsOf(r, used, ['松坪县'], 9, firm('松坪')), cols: DEV, levels: 2, region: 'column', regionHeader: '所在县', unitHeader: '企业', csv: true }],
	},
];

/** `used` collects the unit names written, so that no unit appears twice in the set (a repeat would be a second filing). */
export async function buildWide(used: Set<string>): Promise<GeneratedFile[]> {
	const out: GeneratedFile[] = [];
	for (const s of SPECS) {
		const r = rng(`files3:${s.name}`);
		const facts: Fact[] = [];
		const grids: Grid[] = [];
		for (const t of s.tables(r, used)) {
			const g = t.transposed ? transposedGrid(r, t, s.name) : wideGrid(r, t, s.name);
			grids.push(g.grid);
			facts.push(...g.facts);
		}
		const bytes = s.format === 'csv' ? csvOf(grids[0].rows, s.csv ?? 'utf8bom') : s.format === 'xls' ? xlsOf([...grids, ...(s.extra ?? [])]) : await xlsxOf([...grids, ...(s.extra ?? [])]);
		out.push({ name: s.name, shape: 'wide', format: s.format, about: s.about, group: s.name, bytes, facts });
	}
	return out;
}
