/**
 * The second set's summary tables (shape B): the author's own column wording (x17's was not reused), written without
 * reading the matcher; `m` is the metric the column means by DOMAIN.md, or null where the schema has none (咨询点,
 * 已整改, 省级及以上, 出动人员, 经费, 发放资料, 奖励金额, 微信推文, 致家长信 …). No 合计 column: buildWide fills every
 * column at random, and a 合计 that is not the sum of its row would be a file no office sends.
 */
import type { Col, TransposedSpec, UnitRow, WideSpec } from '../files/wide-build';
import type { WideCsv } from './wide-csv';

const units = (region: string, names: string[], blank: Record<number, number[]> = {}): UnitRow[] => names.map((unit, k) => ({ unit, region, blank: blank[k] }));

const YJ: Col[] = [
	{ path: ['“安全月”启动（场）'], m: 'launch.events' },
	{ path: ['中心组学习', '次数'], m: 'study.group_sessions' },
	{ path: ['中心组学习', '参学人次'], m: 'study.group_participants' },
	{ path: ['警示教育片', '放映场次'], m: 'warning.film_sessions' },
	{ path: ['警示教育片', '观影人次'], m: 'warning.film_participants' },
	{ path: ['6·16咨询日', '咨询点（个）'], m: null },
	{ path: ['6·16咨询日', '现场活动（场）'], m: 'consult.events' },
	{ path: ['6·16咨询日', '受众（人次）'], m: 'consult.participants' },
	{ path: ['应急演练', '演练（场）'], m: 'drills.events' },
	{ path: ['应急演练', '参演（人次）'], m: 'drills.participants' },
	{ path: ['隐患排查', '排查隐患（项）'], m: 'rectification.hazards_found' },
	{ path: ['隐患排查', '其中已整改（项）'], m: null },
	{ path: ['宣传报道', '县级媒体（篇）'], m: 'publicity.local_articles' },
	{ path: ['宣传报道', '省级及以上（篇）'], m: null }
];

const FIVE = (g: string, who = '受众（人）'): Col[] => [
	...(
		[
			['进企业', 'enterprise'],
			['进农村', 'village'],
			['进社区', 'community'],
			['进校园', 'school'],
			['进家庭', 'family']
		] as const
	).flatMap(([p, k]): Col[] => [
		{ path: [g, p, '场次'], m: `five.${k}_events` },
		{ path: [g, p, who], m: `five.${k}_participants` }
	])
];

const ZJ = (tour: string): Col[] => [
	{ path: ['红袖章、隐患大扫除、吹哨人活动', '场次'], m: 'rectification.enterprise_events' },
	{ path: ['红袖章、隐患大扫除、吹哨人活动', '职工参与（人次）'], m: 'rectification.enterprise_participants' },
	{ path: ['“啄木鸟”等自查活动', '参与企业（家）'], m: 'rectification.enterprises' },
	{ path: ['“啄木鸟”等自查活动', '查找隐患（处）'], m: 'rectification.hazards_found' },
	{ path: ['查处违法违规行为（起）'], m: 'rectification.violations_found' },
	{ path: [tour, '记者采访（次）'], m: 'tour.press_interviews' },
	{ path: [tour, '曝光问题隐患（条）'], m: 'tour.problems_exposed' },
	{ path: [tour, '网上行（次）'], m: 'tour.online_trips' },
	{ path: ['出动检查人员（人次）'], m: null },
	{ path: ['经费投入（万元）'], m: null, range: [1, 40] }
];

const MEDIA: Col[] = [
	{ path: ['媒体发稿（篇）', '中央级'], m: 'publicity.central_articles' },
	{ path: ['媒体发稿（篇）', '省级'], m: 'publicity.provincial_articles' },
	{ path: ['媒体发稿（篇）', '市、县级'], m: 'publicity.local_articles' },
	{ path: ['标语横幅（条）'], m: 'publicity.slogans' },
	{ path: ['公益广告（部）'], m: 'publicity.ads' },
	{ path: ['抖音“安全明白人”短视频（条）'], m: 'consult.douyin_videos' },
	{ path: ['微信推文（条）'], m: null },
	{ path: ['宣传品（件）'], m: 'five.products' }
];

const ONLINE: Col[] = [
	{ path: ['“大家谈”云课堂（人次）'], m: 'cloud.participants' },
	{ path: ['公开课、微课堂直播', '场次'], m: 'cloud.live_sessions' },
	{ path: ['公开课、微课堂直播', '观看人次'], m: 'cloud.live_participants' },
	{ path: ['全国网上安全知识竞赛（人次）'], m: 'consult.contest_participants' },
	{ path: ['网上展览（人次）'], m: 'consult.exhibition_participants' },
	{ path: ['举报', '受理（件）'], m: 'report.received' },
	{ path: ['举报', '奖励（人）'], m: 'report.rewarded' },
	{ path: ['举报', '奖励金额（元）'], m: null }
];

const EDU: Col[] = [
	{ path: ['观看警示片', '场次'], m: 'warning.film_sessions' },
	{ path: ['观看警示片', '受教育（人次）'], m: 'warning.film_participants' },
	{ path: ['安全教育进校园', '场次'], m: 'five.school_events' },
	{ path: ['安全教育进校园', '师生（人）'], m: 'five.school_participants' },
	{ path: ['疏散演练', '次数'], m: 'drills.events' },
	{ path: ['疏散演练', '参演师生（人次）'], m: 'drills.participants' },
	{ path: ['排查校园隐患（处）'], m: 'rectification.hazards_found' },
	{ path: ['《致家长一封信》（份）'], m: null }
];

export const WIDE2: WideSpec[] = [
	{
		name: '咸阳市2022年安全月活动统计汇总表.xlsx',
		about: '应急 columns, two header rows, region column merged down, 小计 per county and 全市合计, 填表说明 sheet',
		sheets: [
			{
				sheet: '汇总', year: 2022, title: '咸阳市2022年“安全月”活动统计汇总表', above: ['填报单位：咸阳市安委会办公室            统计时间：2022年6月30日'],
				seq: '序号', unitHeader: '单位', regions: { mode: 'column', header: '县（市、区）', merge: true }, cols: YJ, subtotal: '小计', total: '全市合计',
				units: [...units('武功县', ['普集街镇', '苏坊镇', '武功镇'], { 1: [5, 13] }), ...units('兴平市', ['店张街道', '马嵬街道', '西吴街道', '阜寨镇'], { 2: [0] })],
				below: ['注：本表数据由各镇（街道）报送，县安委办汇总。']
			}
		],
		notes: { sheet: '填表说明', lines: ['1．各栏均填写6月1日至6月30日数据；', '2．“其中已整改”不计入隐患总数。'] }
	},
	{
		name: '平遥县安全生产月五进活动情况.xlsx',
		about: '五进 three header rows (五进 > 进企业 > 场次|受众), a 合计 group, units as 乡镇 with the county in the title only',
		sheets: [
			{
				sheet: '五进', year: 2023, title: '平遥县2023年安全生产月安全宣传“五进”活动情况表', unitHeader: '乡镇（街道）', regions: { mode: 'none' },
				cols: FIVE('安全宣传“五进”'), total: '合计',
				units: units('平遥县', ['古陶镇', '段村镇', '东泉镇', '洪善镇', '宁固镇', '南政乡'], { 3: [8, 9] })
			}
		]
	},
	{
		name: '南宁市住建系统安全月汇总（2023）.xlsx',
		about: '住建 columns, local campaign name as a group header (八桂行), regions as group rows with 小计, numbers as text with commas',
		sheets: [
			{
				sheet: 'Sheet1', year: 2023, title: '南宁市住建系统2023年安全生产月和“安全生产八桂行”活动汇总表', seq: '序号', unitHeader: '企业（项目）名称',
				regions: { mode: 'rows' }, cols: ZJ('安全生产八桂行'), subtotal: '小计', total: '总计', asText: 0.3, comma: true,
				units: [...units('宾阳县', ['宾阳县城投建设有限公司', '宾阳县建筑工程公司', '宾阳县市政工程处']), ...units('横州市', ['横州市交通建设集团', '横州市建安公司'])]
			}
		]
	},
	{
		name: '秭归县安全月宣传报道统计.xlsx',
		about: 'media columns (中央级/省级/市、县级, 抖音 vs 微信), total row right under the header, blanks as —',
		sheets: [
			{
				sheet: '宣传', year: 2022, title: '秭归县2022年安全生产月宣传报道统计表', unitHeader: '部门', regions: { mode: 'none' }, cols: MEDIA, total: '合计', totalFirst: true, blankAs: '—',
				units: units('秭归县', ['秭归县应急管理局', '秭归县教育局', '秭归县交通运输局', '秭归县住建局', '秭归县文旅局'], { 0: [0], 2: [1, 6] })
			}
		]
	},
	{
		name: '红河州安全月线上活动统计（2022-2023）.xlsx',
		about: 'online and reporting columns, two sheets for two years, region column not merged, a 备注 column',
		sheets: [2022, 2023].map((year) => ({
			sheet: `${year}年`, year, title: `红河州${year}年安全生产月线上活动统计`, unitHeader: '单位', regions: { mode: 'column' as const, header: '县市区' }, cols: ONLINE,
			total: '合计', remarks: '备注',
			units: [...units('弥勒市', ['弥阳街道', '新哨镇', '虹溪镇']), ...units('开远市', ['乐白道街道', '中和营镇'], year === 2023 ? { 1: [3] } : {})]
		}))
	},
	{
		name: '湄潭县教育系统2024年安全月统计.xlsx',
		about: '教育 columns, schools, measures in a row of their own under the leaves, 合计 last, notes below',
		sheets: [
			{
				sheet: '学校', year: 2024, title: '湄潭县教育系统2024年安全生产月活动统计表', seq: '序号', unitHeader: '学校', regions: { mode: 'none' }, unitsRow: false, cols: EDU, total: '合计',
				units: units('湄潭县', ['湄潭县湄江中学', '湄潭县求是中学', '湄潭县实验小学', '湄潭县茅坪镇中心小学', '湄潭县兴隆镇中学'], { 1: [7] }),
				below: ['填表人：            审核人：            联系电话：']
			}
		]
	},
	{
		name: '介休市安全月数据汇总表.xls',
		about: 'legacy .xls, 应急 columns, region column, 合计 last, numbers as text',
		sheets: [
			{
				sheet: 'Sheet1', year: 2022, title: '介休市2022年“安全月”数据汇总表', seq: '序号', unitHeader: '乡镇（街道）', regions: { mode: 'column', header: '所属市县' },
				cols: YJ.slice(0, 11), total: '合计', asText: 0.4,
				units: units('介休市', ['北关街道', '西关街道', '义安镇', '张兰镇', '连福镇'], { 0: [2] })
			}
		]
	},
	{
		name: '正定县安全生产月五进及宣传汇总.xls',
		about: 'legacy .xls, 五进 (覆盖人数) and media columns, regions as group rows, 小计 and 总计',
		sheets: [
			{
				sheet: '汇总表', year: 2022, title: '2022年安全生产月“五进”及宣传情况汇总', unitHeader: '单位', regions: { mode: 'rows' }, cols: [...FIVE('“五进”', '覆盖人数'), ...MEDIA.slice(0, 4)],
				subtotal: '小计', total: '总计',
				units: [...units('正定县', ['正定镇', '新安镇', '诸福屯镇']), ...units('行唐县', ['龙州镇', '上碑镇'])]
			}
		]
	}
];

export const TRANSPOSED2: TransposedSpec[] = [
	{
		name: '歙县各乡镇安全月指标统计.xlsx', about: 'transposed: 活动项目 merged down, 统计指标 and 单位 columns, one column per township, 合计 column', sheet: '统计', year: 2023,
		title: '歙县2023年安全生产月各乡镇指标统计', measureCol: true, total: '合计',
		rows: [
			{ activity: '学习培训', label: '中心组学习', measure: '次', m: 'study.group_sessions' },
			{ activity: '学习培训', label: '线上培训参训', measure: '人次', m: 'study.online_participants' },
			{ activity: '6·16咨询日', label: '现场咨询活动', measure: '场', m: 'consult.events' },
			{ activity: '6·16咨询日', label: '群众参与', measure: '人次', m: 'consult.participants' },
			{ activity: '6·16咨询日', label: '发放资料', measure: '份', m: null },
			{ activity: '应急演练', label: '演练', measure: '场', m: 'drills.events' },
			{ activity: '应急演练', label: '参演人员', measure: '人次', m: 'drills.participants' },
			{ activity: '隐患排查', label: '发现隐患', measure: '处', m: 'rectification.hazards_found' }
		],
		units: ['徽城镇', '深渡镇', '北岸镇', '富堨镇'].map((unit) => ({ unit, region: '歙县' }))
	}
];

export const WIDE_CSV: WideCsv[] = [
	{
		name: '会宁县安全月数据导出.csv', about: 'UTF-8 CSV export, two header rows with the group written once, region column, 合计 last, no year anywhere', year: '',
		unitHeader: '填报单位', regionHeader: '县区', cols: YJ.slice(0, 10), total: '合计', encoding: 'utf8',
		units: units('会宁县', ['会宁县城关镇', '会宁县河畔镇', '会宁县头寨镇', '会宁县甘沟驿镇'], { 2: [1] })
	},
	{
		name: '永泰县2022年安全生产月统计.csv', about: 'GBK CSV, groups repeated over their leaves, 五进 columns, no region column (county in the file name)', year: 2022,
		unitHeader: '乡镇', cols: FIVE('五进活动'), repeatGroups: true, total: '总计', encoding: 'gbk',
		units: units('永泰县', ['樟城镇', '城峰镇', '清凉镇', '岭路乡', '嵩口镇'])
	},
	{
		name: '兴平市住建领域安全月统计表.csv', about: 'GBK CSV, 住建 columns with 三秦行, one header row per level, no total, no year anywhere', year: '',
		unitHeader: '单位名称', regionHeader: '所属区域', cols: ZJ('安全生产三秦行'), encoding: 'gbk',
		units: units('兴平市', ['兴平市建筑公司', '兴平市市政公司', '兴平市物业管理中心'], { 1: [9] })
	}
];
