/**
 * The fourth set's summary tables (shape B), one or two per issuer, each with its own column wording: the 水利局's
 * 3-row header by 工程类别, the 农业农村局's .xls by 乡镇 and its GBK CSV, the 文旅局's UTF-8 CSV and transposed
 * table, the 国资委's two-year workbook and .xls, the 商务局's GBK CSV.
 */
import { fnv1a, rng, type GeneratedFile } from './model';
import { buildTransposedGrid, buildWideGrid, type WCol, type WideTable, type WUnit } from './wide-build';
import { csvOf, xlsOf, xlsxBySheetJS, xlsxOf, type Cell, type Grid } from './write';

const u = (region: string, ...names: string[]): WUnit[] => names.map((unit) => ({ unit, region }));

const WATER_COLS: WCol[] = [
	{ path: ['学习教育', '专题学习', '次数'], metric: 'study.group_sessions' },
	{ path: ['学习教育', '专题学习', '参学人次'], metric: 'study.group_participants' },
	{ path: ['学习教育', '警示片观看', '场次'], metric: 'warning.film_sessions' },
	{ path: ['学习教育', '警示片观看', '受教育人次'], metric: 'warning.film_participants' },
	{ path: ['隐患排查', '出动人员（人次）'], metric: '' },
	{ path: ['隐患排查', '排查隐患（处）'], metric: 'rectification.hazards_found' },
	{ path: ['隐患排查', '已整改（处）'], metric: '' },
	{ path: ['宣传咨询', '“6·16”咨询日', '场次'], metric: 'consult.events' },
	{ path: ['宣传咨询', '“6·16”咨询日', '参与人次'], metric: 'consult.participants' },
	{ path: ['宣传咨询', '发放资料（份）'], metric: '' },
	{ path: ['宣传咨询', '横幅标语（条）'], metric: 'publicity.slogans' },
	{ path: ['应急演练', '次数'], metric: 'drills.events' },
	{ path: ['应急演练', '参演人次'], metric: 'drills.participants' },
];

const VILLAGE_COLS: WCol[] = [
	{ path: ['宣传进农村', '场次'], metric: 'five.village_events' },
	{ path: ['宣传进农村', '人数'], metric: 'five.village_participants' },
	{ path: ['宣传进家庭', '次数'], metric: 'five.family_events' },
	{ path: ['宣传进家庭', '受教育人数'], metric: 'five.family_participants' },
	{ path: ['宣传进企业', '场次'], metric: 'five.enterprise_events' },
	{ path: ['宣传进企业', '人数'], metric: 'five.enterprise_participants' },
	{ path: ['农机安全检查（台次）'], metric: '' },
	{ path: ['排查隐患（处）'], metric: 'rectification.hazards_found' },
	{ path: ['警示教育片', '场'], metric: 'warning.film_sessions' },
	{ path: ['警示教育片', '人次'], metric: 'warning.film_participants' },
	{ path: ['应急演练', '场'], metric: 'drills.events' },
	{ path: ['应急演练', '人次'], metric: 'drills.participants' },
	{ path: ['受理举报（件）'], metric: 'report.received' },
];

const TOWNSHIP_COLS: WCol[] = [
	{ path: ['中心组学习', '次'], metric: 'study.group_sessions' },
	{ path: ['中心组学习', '人次'], metric: 'study.group_participants' },
	{ path: ['咨询日活动', '场'], metric: 'consult.events' },
	{ path: ['咨询日活动', '人次'], metric: 'consult.participants' },
	{ path: ['进农村', '场'], metric: 'five.village_events' },
	{ path: ['进农村', '人'], metric: 'five.village_participants' },
	{ path: ['进学校', '场'], metric: 'five.school_events' },
	{ path: ['进学校', '人'], metric: 'five.school_participants' },
	{ path: ['演练', '场'], metric: 'drills.events' },
	{ path: ['演练', '人次'], metric: 'drills.participants' },
	{ path: ['宣传资料', '份'], metric: '' },
	{ path: ['标语横幅', '幅'], metric: 'publicity.slogans' },
];

const CULTURE_COLS: WCol[] = [
	{ path: ['员工集中学习观看场次（场）'], metric: 'study.viewing_sessions' },
	{ path: ['员工集中学习观看人次'], metric: 'study.viewing_participants' },
	{ path: ['游客安全咨询活动（场）'], metric: 'consult.events' },
	{ path: ['游客咨询参与人次'], metric: 'consult.participants' },
	{ path: ['播放安全公益广告（部）'], metric: 'publicity.ads' },
	{ path: ['检查场所（家）'], metric: '' },
	{ path: ['发现隐患（处）'], metric: 'rectification.hazards_found' },
	{ path: ['整改率（%）'], metric: '' },
	{ path: ['应急演练（场）'], metric: 'drills.events' },
	{ path: ['演练参与人次'], metric: 'drills.participants' },
	{ path: ['网络知识竞赛参与人次'], metric: 'consult.contest_participants' },
];

const SOE_COLS: WCol[] = [
	{ path: ['中心组学习', '次数'], metric: 'study.group_sessions' },
	{ path: ['中心组学习', '人次'], metric: 'study.group_participants' },
	{ path: ['“啄木鸟”活动', '参与企业（家）'], metric: 'rectification.enterprises' },
	{ path: ['“啄木鸟”活动', '排查隐患（项）'], metric: 'rectification.hazards_found' },
	{ path: ['警示教育', '场次'], metric: 'warning.education_sessions' },
	{ path: ['警示教育', '人次'], metric: 'warning.education_participants' },
	{ path: ['云课堂学习（人次）'], metric: 'cloud.participants' },
	{ path: ['应急演练', '次数'], metric: 'drills.events' },
	{ path: ['应急演练', '人次'], metric: 'drills.participants' },
	{ path: ['安全投入（万元）'], metric: '' },
];

const SOE_COLS3: WCol[] = [
	{ path: ['学习宣贯', '“大家谈”“公开课”', '场次'], metric: 'study.lecture_sessions' },
	{ path: ['学习宣贯', '“大家谈”“公开课”', '参与人次'], metric: 'study.lecture_participants' },
	{ path: ['学习宣贯', '线上直播', '场次'], metric: 'cloud.live_sessions' },
	{ path: ['学习宣贯', '线上直播', '参与人次'], metric: 'cloud.live_participants' },
	{ path: ['隐患排查', '红袖章等活动', '场次'], metric: 'rectification.enterprise_events' },
	{ path: ['隐患排查', '红袖章等活动', '人次'], metric: 'rectification.enterprise_participants' },
	{ path: ['隐患排查', '排查隐患', '项'], metric: 'rectification.hazards_found' },
	{ path: ['媒体发稿', '中央媒体（篇）'], metric: 'publicity.central_articles' },
	{ path: ['媒体发稿', '省级媒体（篇）'], metric: 'publicity.provincial_articles' },
	{ path: ['媒体发稿', '市级媒体（篇）'], metric: 'publicity.local_articles' },
	{ path: ['签订承诺书（份）'], metric: '' },
];

const COMMERCE_COLS: WCol[] = [
	{ path: ['咨询日', '活动场次'], metric: 'consult.events' },
	{ path: ['咨询日', '参与人次'], metric: 'consult.participants' },
	{ path: ['警示教育片', '场次'], metric: 'warning.film_sessions' },
	{ path: ['警示教育片', '人次'], metric: 'warning.film_participants' },
	{ path: ['应急演练', '场次'], metric: 'drills.events' },
	{ path: ['应急演练', '人次'], metric: 'drills.participants' },
	{ path: ['自查隐患', '处'], metric: 'rectification.hazards_found' },
	{ path: ['出动检查人员', '人次'], metric: '' },
	{ path: ['举报受理', '件'], metric: 'report.received' },
	{ path: ['标语挂图', '幅'], metric: 'publicity.slogans' },
];

const EXPLAIN: Grid = {
	sheet: '填报说明',
	rows: [['填报说明'], ['1. 本表数据由各单位6月28日前报送，市国资委汇总。'], ['2. 未开展的项目填“—”，数字请勿带单位。'], ['3. 安全投入单位为万元。']],
	merges: [],
};

async function table(name: string, format: 'xlsx' | 'xls' | 'csv', about: string, tables: WideTable[], extra: Grid[] = [], encoding: 'utf8bom' | 'gbk' = 'utf8bom'): Promise<GeneratedFile> {
	const r = rng(name);
	const built = tables.map((t) => buildWideGrid(r, { ...t, file: name }));
	const grids = [...built.map((b) => b.grid), ...extra];
	const bytes =
		format === 'csv' ? csvOf(grids[0].rows, encoding) : format === 'xls' ? xlsOf(grids) : fnv1a(name) % 2 ? xlsxBySheetJS(grids) : await xlsxOf(grids);
	return { name, shape: 'wide', format, about, group: name, bytes, facts: built.flatMap((b) => b.facts) };
}

const base = { file: '', blanks: ['—', '/', ''], asText: 0, commas: 0 };

export async function buildWide(): Promise<GeneratedFile[]> {
	const out: GeneratedFile[] = [];
	out.push(
		await table('澄江市水利系统2022年安全生产月活动汇总表.xlsx', 'xlsx', '水利 3 header rows, 工程类别 as group rows, 小计 per group, 合计 last, 备注', [
			{
				...base,
				sheet: '汇总表',
				title: '澄江市水利系统2022年“安全生产月”活动汇总表',
				year: '2022',
				seq: '序号',
				unitHead: '单位名称',
				cols: WATER_COLS,
				noteHead: '备注',
				units: [
					...u('水库工程', '澄江市青龙潭水库管理所', '澄江市白马河水库管理所', '澄江市鹰嘴岩水库管理站', '澄江市小冲水库管理站'),
					...u('水电站', '澄江市九龙水电站', '澄江市大洼水电站', '澄江市清溪二级水电站', '澄江市右所水电站'),
					...u('灌区及河道', '澄江市西干渠灌区管理所', '澄江市南盘江堤防管理所', '澄江市抚仙湖水利管理站', '澄江市东大河河道管理站', '澄江市农村饮水安全管理站'),
				],
				regionOf: () => '澄江市',
				groupRows: true,
				subtotal: true,
				total: 'last',
				blanks: [''],
			},
		]),
	);
	out.push(
		await table('洛水县农业农村系统2021年安全生产月统计表.xls', 'xls', '农业 .xls, 2 header rows, 乡镇 column merged-free, 小计 per 乡镇, 合计 first', [
			{
				...base,
				sheet: '2021年',
				title: '洛水县农业农村系统2021年“安全生产月”活动统计表',
				year: '2021',
				seq: '序号',
				regionHead: '所属乡镇',
				unitHead: '单位',
				cols: VILLAGE_COLS,
				units: [
					...u('城关镇', '洛水县城关镇农业综合服务中心', '洛水县城关镇农机管理站'),
					...u('青石镇', '洛水县青石镇农业综合服务中心', '洛水县青石镇畜牧兽医站', '洛水县青石镇农机管理站'),
					...u('马坪乡', '洛水县马坪乡农业综合服务站', '洛水县马坪乡水产站'),
					...u('双河乡', '洛水县双河乡农业综合服务站', '洛水县双河乡农机管理站'),
					...u('白云镇', '洛水县白云镇农业综合服务中心', '洛水县白云镇动物防疫站', '洛水县白云镇农机管理站'),
				],
				subtotal: true,
				total: 'first',
				totalLabel: '全县合计',
				asText: 0.3,
			},
		]),
	);
	out.push(
		await table(
			'2021年各乡镇安全月数据（农业农村局汇总）.csv',
			'csv',
			'农业 GBK CSV, 2 header rows with the group repeated over its leaves, 合计 last',
			[
				{
					...base,
					sheet: '',
					year: '2021',
					seq: '序号',
					unitHead: '乡镇',
					cols: TOWNSHIP_COLS,
					units: u('洛水县', '洛水县城关镇人民政府', '洛水县马坪乡人民政府', '洛水县双河乡人民政府', '洛水县白云镇人民政府', '洛水县龙泉镇人民政府', '洛水县石门乡人民政府', '洛水县杨柳镇人民政府', '洛水县金竹乡人民政府', '洛水县高岭镇人民政府', '洛水县桂花乡人民政府', '洛水县三岔镇人民政府', '洛水县平安乡人民政府', '洛水县清河镇人民政府', '洛水县柏树乡人民政府'),
					total: 'last',
					repeatGroups: true,
					blanks: [''],
				},
			],
			[],
			'gbk',
		),
	);
	out.push(
		await table('宁川市文旅系统安全月汇总2024.csv', 'csv', '文旅 UTF-8 BOM CSV, one header row with measures in brackets, 区县 column, commas, / blanks, 备注', [
			{
				...base,
				sheet: '',
				year: '2024',
				regionHead: '区县',
				unitHead: '单位名称',
				cols: CULTURE_COLS,
				noteHead: '备注',
				units: [
					...u('青云区', '宁川市青云区文化馆', '青云区翠湖公园景区', '青云区金鼎KTV娱乐城', '青云区星河电影院'),
					...u('东岭区', '东岭区古城文化旅游区', '东岭区非遗展示馆', '东岭区云顶温泉度假区'),
					...u('西湖区', '西湖区湿地公园景区', '西湖区水上乐园', '西湖区大剧场', '西湖区星空网吧', '西湖区文化市场综合执法大队'),
					...u('永安县', '宁川市永安县博物馆', '宁川市永安县红叶谷景区'),
				],
				total: 'last',
				totalLabel: '总计',
				blanks: ['/', ''],
				commas: 0.6,
			},
		]),
	);
	out.push(await transposedCulture());
	out.push(
		await table(
			'江阳市国资系统安全生产月汇总（2024-2025）.xlsx',
			'xlsx',
			'国资 one sheet per year, 2 header rows, 所属集团 column, numbers as text, — blanks, a 填报说明 sheet',
			(['2024', '2025'] as const).map((y) => ({
				...base,
				sheet: `${y}年`,
				title: `江阳市市属国有企业${y}年“安全生产月”活动汇总`,
				year: y,
				seq: '序号',
				regionHead: '所属集团',
				unitHead: '企业名称',
				cols: SOE_COLS,
				units: [
					...u('交投集团', '江阳市交通投资集团有限公司', '江阳市路桥建设有限公司', '江阳市公路养护有限公司'),
					...u('公交集团', '江阳市公交集团有限公司', '江阳市公交集团第一分公司', '江阳市出租汽车有限公司'),
					...u('文旅集团', '江阳市文化旅游投资集团有限公司', '江阳市会展中心有限公司', '江阳市旅游客运有限公司'),
					...u('水务集团', '江阳市排水有限公司', '江阳市自来水有限公司'),
				],
				regionOf: () => '江阳市',
				subtotal: true,
				total: 'last',
				blanks: ['—'],
				asText: 0.8,
			})),
			[EXPLAIN],
		),
	);
	out.push(
		await table('市属国企安全月统计2025.xls', 'xls', '国资 .xls, 3 header rows, 备注, 总计 last, no region column', [
			{
				...base,
				sheet: '统计',
				title: '2025年市属国有企业安全生产月活动统计表',
				year: '2025',
				seq: '序号',
				unitHead: '单位名称',
				cols: SOE_COLS3,
				noteHead: '备注',
				units: u('江阳市', '江阳市能源投资集团有限公司', '江阳市燃气有限公司', '江阳市热力有限公司', '江阳市粮食储备有限公司', '江阳市国有资本运营有限公司', '江阳市城市更新集团有限公司', '江阳市环境卫生服务有限公司', '江阳市保安服务有限公司', '江阳市农业发展投资有限公司', '江阳市人才发展集团有限公司', '江阳市融资担保有限公司', '江阳市港口物流有限公司', '江阳市数据产业集团有限公司'),
				total: 'last',
				totalLabel: '总计',
				blanks: ['—', ''],
				asText: 0.2,
			},
		]),
	);
	out.push(
		await table(
			'临海市商贸企业安全月统计表2023.csv',
			'csv',
			'商务 GBK CSV, 2 header rows (group once), 镇街 column, 小计 per 镇街, 合计, 备注, commas',
			[
				{
					...base,
					sheet: '',
					year: '2023',
					seq: '序号',
					regionHead: '镇街',
					unitHead: '企业名称',
					cols: COMMERCE_COLS,
					noteHead: '备注',
					units: [
						...u('古城街道', '临海市银泰百货有限公司', '临海市古城农贸市场管理有限公司', '中石油临海古城加油站'),
						...u('大洋街道', '临海市大洋物流园有限公司', '临海市永辉超市大洋店', '中石化临海大洋加油站'),
						...u('杜桥镇', '临海市杜桥商贸城管理有限公司', '临海市杜桥眼镜市场服务中心', '中石化临海杜桥加油站'),
					...u('江南街道', '临海市江南物流中心', '临海市江南大润发超市', '临海市江南汽车城管理有限公司', '临海市江南冷链仓储有限公司'),
					],
					subtotal: true,
					total: 'last',
					blanks: ['', '—'],
					commas: 0.5,
				},
			],
			[],
			'gbk',
		),
	);
	return out;
}

async function transposedCulture(): Promise<GeneratedFile> {
	const name = '2024年度文博单位安全生产月指标对照表.xlsx';
	const r = rng(name);
	const { grid, facts } = buildTransposedGrid(r, {
		sheet: '指标对照',
		title: '宁川市文博单位2024年“安全生产月”主要指标对照表',
		file: name,
		year: '2024',
		units: u('宁川市', '宁川市美术馆', '宁川市档案馆', '宁川市文化艺术中心', '宁川市科技馆', '宁川市群众艺术馆', '宁川市非物质文化遗产保护中心', '宁川市革命纪念馆', '宁川市少年儿童图书馆', '宁川市京剧院'),
		items: [
			{ activity: '集中学习观看', measure: '场次', metric: 'study.viewing_sessions' },
			{ activity: '集中学习观看', measure: '参加人次', metric: 'study.viewing_participants' },
			{ activity: '网络课堂培训', measure: '期数', metric: 'study.online_sessions' },
			{ activity: '网络课堂培训', measure: '参训人次', metric: 'study.online_participants' },
			{ activity: '安全咨询日', measure: '活动场次', metric: 'consult.events' },
			{ activity: '安全咨询日', measure: '参与人次', metric: 'consult.participants' },
			{ activity: '应急演练', measure: '场次', metric: 'drills.events' },
			{ activity: '应急演练', measure: '参演人次', metric: 'drills.participants' },
			{ activity: '安全检查', measure: '发现隐患（处）', metric: 'rectification.hazards_found' },
			{ activity: '安全检查', measure: '出动人员（人次）', metric: '' },
			{ activity: '宣传', measure: '发放资料（份）', metric: '' },
		],
		asText: 0.2,
	});
	const explain: Grid = { sheet: '说明', rows: [['本表由市文广旅局安全科汇总，数据截至2024年6月30日。'], ['“—”表示未开展或未报送。']] as Cell[][], merges: [] };
	return { name, shape: 'wide', format: 'xlsx', about: '文旅 transposed: metrics down, units across, 合计 column, 说明 sheet', group: name, bytes: await xlsxOf([grid, explain]), facts };
}
