/**
 * The fourth set's long tables (shape C): one row per unit × metric, with or without an activity column, a 计量单位
 * column, a year column or the year only in the file name, one or two years; CSV (UTF-8 BOM, GBK), .xlsx and .xls.
 * A blank 数值 is no fact; a 合计 row is none either.
 */
import { addr, fact, rng, valueOf, type Fact, type GeneratedFile } from './model';
import { csvOf, xlsOf, xlsxOf, type Cell } from './write';

interface LongItem {
	activity: string;
	indicator: string;
	/** The indicator when the table has no activity column: it names both. */
	alone: string;
	measure: string;
	metric: string;
}
type Role = 'year' | 'region' | 'unit' | 'activity' | 'indicator' | 'measure' | 'value' | 'note';
interface LongSpec {
	name: string;
	format: 'csv' | 'xlsx' | 'xls';
	encoding?: 'utf8bom' | 'gbk';
	about: string;
	sheet: string;
	columns: [Role, string][];
	years: string[];
	units: { unit: string; region: string }[];
	items: LongItem[];
	total?: boolean;
}

const it = (activity: string, indicator: string, measure: string, metric: string, alone = `${activity}${indicator}`): LongItem => ({ activity, indicator, alone, measure, metric });

async function buildLongFile(s: LongSpec): Promise<GeneratedFile> {
	const r = rng(s.name);
	const rows: Cell[][] = [s.columns.map(([, h]) => h)];
	const facts: Fact[] = [];
	const roles = s.columns.map(([role]) => role);
	const hasActivity = roles.includes('activity');
	for (const year of s.years)
		for (const u of s.units)
			for (const item of s.items) {
				if (r.chance(0.04)) continue; // a unit that did not report the item: no row
				const blank = r.chance(0.04);
				const v = valueOf(r, item.metric, item.indicator + item.measure);
				const row: Cell[] = roles.map((role) => {
					switch (role) {
						case 'year':
							return s.format === 'csv' ? year : Number(year);
						case 'region':
							return u.region;
						case 'unit':
							return u.unit;
						case 'activity':
							return item.activity;
						case 'indicator':
							return hasActivity ? item.indicator : item.alone;
						case 'measure':
							return item.measure;
						case 'value':
							return blank ? null : r.chance(0.2) ? String(v) : v;
						case 'note':
							return r.chance(0.1) ? r.pick(['补报', '估算', '含外包']) : null;
					}
				});
				rows.push(row);
				if (!blank)
					facts.push(
						fact({ file: s.name, sheet: s.format === 'csv' ? '' : s.sheet, unit: u.unit, region: u.region, year }, addr(rows.length - 1, roles.indexOf('value')), item.metric, `${item.activity}/${item.indicator}`, v),
					);
			}
	if (s.total) {
		const sum = facts.reduce((a, f) => a + Number(f.value), 0);
		rows.push(roles.map((role) => (role === 'unit' ? '合计' : role === 'value' ? sum : null)));
	}
	const bytes = s.format === 'csv' ? csvOf(rows, s.encoding ?? 'utf8bom') : s.format === 'xls' ? xlsOf([{ sheet: s.sheet, rows, merges: [] }]) : await xlsxOf([{ sheet: s.sheet, rows, merges: [] }]);
	return { name: s.name, shape: 'long', format: s.format, about: s.about, group: s.name, bytes, facts };
}

export async function buildLong(): Promise<GeneratedFile[]> {
	return Promise.all(
		[
			{
				name: '澄江市水利系统安全月明细（2022）.csv',
				format: 'csv',
				about: '水利 long CSV (UTF-8 BOM): 年份, 县区, 单位名称, 活动名称, 统计指标, 计量单位, 数值',
				sheet: '',
				columns: [
					['year', '年份'],
					['region', '县区'],
					['unit', '单位名称'],
					['activity', '活动名称'],
					['indicator', '统计指标'],
					['measure', '计量单位'],
					['value', '数值'],
				],
				years: ['2022'],
				units: ['澄江市海口水库管理所', '澄江市阳宗水电站', '澄江市北干渠灌区管理所', '澄江市梁王河堤防管理站', '澄江市水利工程质量安全监督站', '澄江市龙街灌区管理所', '澄江市坝湾水库管理站'].map((unit) => ({ unit, region: '澄江市' })),
				items: [
					it('专题学习', '学习次数', '次', 'study.group_sessions'),
					it('专题学习', '参学人次', '人次', 'study.group_participants'),
					it('隐患排查', '排查隐患', '处', 'rectification.hazards_found'),
					it('隐患排查', '出动检查人员', '人次', ''),
					it('安全宣传咨询日', '活动场次', '场', 'consult.events'),
					it('安全宣传咨询日', '参与人次', '人次', 'consult.participants'),
					it('应急演练', '演练次数', '次', 'drills.events'),
					it('应急演练', '参演人次', '人次', 'drills.participants'),
					it('宣传报道', '市县媒体稿件', '篇', 'publicity.local_articles'),
				],
			},
			{
				name: '宁川市文旅安全月数据明细表.xlsx',
				format: 'xlsx',
				about: '文旅 long .xlsx: 年度, 单位, 活动, 指标, 计量单位, 数量, 备注',
				sheet: '明细',
				columns: [
					['year', '年度'],
					['unit', '单位'],
					['activity', '活动'],
					['indicator', '指标'],
					['measure', '计量单位'],
					['value', '数量'],
					['note', '备注'],
				],
				years: ['2024'],
				units: ['宁川市凤凰古镇景区', '宁川市老街历史文化街区', '宁川市海洋馆', '宁川市欢乐谷游乐园', '宁川市植物园', '宁川市文化创意产业园'].map((unit) => ({ unit, region: '宁川市' })),
				items: [
					it('集中学习观看', '场次', '场', 'study.viewing_sessions'),
					it('集中学习观看', '参加人数', '人次', 'study.viewing_participants'),
					it('游客安全咨询', '活动场次', '场', 'consult.events'),
					it('游客安全咨询', '参与游客', '人次', 'consult.participants'),
					it('应急演练', '场次', '场', 'drills.events'),
					it('应急演练', '参演人员', '人次', 'drills.participants'),
					it('公益广告', '播放公益广告', '部', 'publicity.ads'),
					it('安全检查', '整改率', '%', ''),
					it('安全检查', '发现隐患', '处', 'rectification.hazards_found'),
				],
			},
			{
				name: '国资委监管企业安全月长表2024-2025.xls',
				format: 'xls',
				about: '国资 long .xls without an activity column (the 指标 names both), two years, a 合计 row',
				sheet: '长表',
				columns: [
					['year', '年度'],
					['unit', '企业名称'],
					['indicator', '指标'],
					['value', '数值'],
				],
				years: ['2024', '2025'],
				units: ['江阳市建工集团有限公司', '江阳市商业储运有限公司', '江阳市物业管理集团有限公司', '江阳市信息产业发展有限公司'].map((unit) => ({ unit, region: '江阳市' })),
				items: [
					it('中心组', '专题学习次数', '次', 'study.group_sessions', '中心组专题学习次数'),
					it('警示教育', '场次', '场', 'warning.education_sessions', '事故警示教育场次'),
					it('警示教育', '受教育人次', '人次', 'warning.education_participants', '事故警示教育受教育人次'),
					it('应急演练', '次数', '次', 'drills.events', '应急演练次数'),
					it('应急演练', '参演人次', '人次', 'drills.participants', '应急演练参演人次'),
					it('云课堂', '人次', '人次', 'cloud.participants', '“安全生产大家谈”云课堂学习人次'),
					it('投入', '安全投入', '万元', '', '安全生产投入（万元）'),
				],
				total: true,
			},
			{
				name: '洛水县农业农村安全月长表2021.xlsx',
				format: 'xlsx',
				about: '农业 long .xlsx: 年度, 乡镇, 单位, 活动类别, 统计项, 数量 (no measure column)',
				sheet: '数据',
				columns: [
					['year', '年度'],
					['region', '乡镇'],
					['unit', '单位'],
					['activity', '活动类别'],
					['indicator', '统计项'],
					['value', '数量'],
				],
				years: ['2021'],
				units: [
					{ unit: '洛水县龙泉镇农业综合服务中心', region: '龙泉镇' },
					{ unit: '洛水县龙泉镇农机管理站', region: '龙泉镇' },
					{ unit: '洛水县杨柳镇农业综合服务中心', region: '杨柳镇' },
					{ unit: '洛水县杨柳镇兽医站', region: '杨柳镇' },
					{ unit: '洛水县高岭镇农业综合服务中心', region: '高岭镇' },
				],
				items: [
					it('安全宣传进农村', '活动场次', '场', 'five.village_events'),
					it('安全宣传进农村', '参加人数', '人', 'five.village_participants'),
					it('安全宣传进家庭', '入户宣传次数', '次', 'five.family_events'),
					it('隐患排查', '排查隐患数', '处', 'rectification.hazards_found'),
					it('警示教育', '观看警示片场次', '场', 'warning.film_sessions'),
					it('警示教育', '观看警示片人次', '人次', 'warning.film_participants'),
					it('应急演练', '演练场次', '场', 'drills.events'),
					it('农机安全', '检查农机具台次', '台次', ''),
				],
			},
			{
				name: '商贸流通企业安全月明细2023.csv',
				format: 'csv',
				encoding: 'gbk',
				about: '商务 long GBK CSV, no year column (the year in the file name): 单位, 类别, 项目, 计量单位, 数值',
				sheet: '',
				columns: [
					['unit', '单位'],
					['activity', '类别'],
					['indicator', '项目'],
					['measure', '计量单位'],
					['value', '数值'],
				],
				years: ['2023'],
				units: ['临海市沃尔玛购物广场有限公司', '临海市东湖加油站', '临海市顺丰速运城西中转场', '临海市汇丰农副产品批发市场', '临海市百联超市连锁有限公司', '临海市城东液化气供应站'].map((unit) => ({ unit, region: '临海市' })),
				items: [
					it('咨询日', '活动', '场', 'consult.events'),
					it('咨询日', '参与', '人次', 'consult.participants'),
					it('演练', '演练', '场', 'drills.events'),
					it('演练', '参加', '人次', 'drills.participants'),
					it('举报', '受理举报', '件', 'report.received'),
					it('排查', '检查经营网点', '个', ''),
					it('宣传', '悬挂横幅标语', '幅', 'publicity.slogans'),
				],
			},
		].map((s) => buildLongFile(s as LongSpec)),
	);
}
