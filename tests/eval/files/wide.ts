/**
 * The summary tables (shape B) of the whole-file set, as other provinces' and years' offices lay them out.
 * Wording is the generator author's own (x17), written without reading the matcher; `m` is the metric the
 * column means by DOMAIN.md's schema, or null when the schema has no such metric.
 */
import type { Col, TransposedSpec, UnitRow, WideSpec } from './wide-build';

const units = (region: string, names: string[], blank: Record<number, number[]> = {}): UnitRow[] =>
	names.map((unit, k) => ({ unit, region, blank: blank[k] }));

// Column sets. Group headers over leaves; measures in the leaf, in brackets, or in a row of their own.
const consult2 = (g = '安全宣传咨询日'): Col[] => [
	{ path: [g, '场次'], measure: '场', m: 'consult.events' },
	{ path: [g, '参与人次'], measure: '人次', m: 'consult.participants' }
];
const drills2 = (g = '应急演练', leaf = '参演人次'): Col[] => [
	{ path: [g, '场次'], measure: '场', m: 'drills.events' },
	{ path: [g, leaf], measure: '人次', m: 'drills.participants' }
];
const five10 = (g = '安全宣传“五进”'): Col[] => [
	{ path: [g, '进企业', '场次'], m: 'five.enterprise_events' },
	{ path: [g, '进企业', '人数'], m: 'five.enterprise_participants' },
	{ path: [g, '进农村', '场次'], m: 'five.village_events' },
	{ path: [g, '进农村', '人数'], m: 'five.village_participants' },
	{ path: [g, '进社区', '场次'], m: 'five.community_events' },
	{ path: [g, '进社区', '人数'], m: 'five.community_participants' },
	{ path: [g, '进学校', '场次'], m: 'five.school_events' },
	{ path: [g, '进学校', '人数'], m: 'five.school_participants' },
	{ path: [g, '进家庭', '场次'], m: 'five.family_events' },
	{ path: [g, '进家庭', '人数'], m: 'five.family_participants' }
];
const media3: Col[] = [
	{ path: ['新闻宣传（篇）', '中央媒体'], m: 'publicity.central_articles' },
	{ path: ['新闻宣传（篇）', '省级媒体'], m: 'publicity.provincial_articles' },
	{ path: ['新闻宣传（篇）', '市县级媒体'], m: 'publicity.local_articles' }
];

export const WIDE: WideSpec[] = [
	{
		name: '2023年青神县安全生产月活动开展情况汇总表.xlsx',
		about: 'one header row, measures in brackets, 序号, no region column (region from the title), 合计 last, notes below',
		sheets: [
			{
				sheet: 'Sheet1',
				year: 2023,
				title: '2023年青神县“安全生产月”活动开展情况汇总表',
				seq: '序号',
				unitHeader: '乡镇（街道）',
				regions: { mode: 'none' },
				cols: [
					{ path: ['启动仪式（场）'], m: 'launch.events' },
					{ path: ['咨询日活动（场次）'], m: 'consult.events' },
					{ path: ['咨询日参与群众（人次）'], m: 'consult.participants' },
					{ path: ['应急演练（场）'], m: 'drills.events' },
					{ path: ['演练参与人数（人次）'], m: 'drills.participants' },
					{ path: ['排查隐患（处）'], m: 'rectification.hazards_found' },
					{ path: ['发放宣传资料（份）'], m: null },
					{ path: ['张贴标语横幅（条）'], m: 'publicity.slogans' }
				],
				units: units('青神县', ['青竹街道', '南城镇', '汉阳镇', '西龙镇', '高台镇', '白果乡'], { 2: [0], 5: [5] }),
				total: '合计',
				below: ['注：1.本表由各乡镇（街道）安办汇总填报，7月3日前报县安委办。', '2.数据统计时间为2023年6月1日至6月30日。']
			}
		]
	},
	{
		name: '2022年东坡区安全月统计（汇总）.xlsx',
		about: 'two header rows with merged groups, region column merged down, 小计 per region and 总计, numbers partly text',
		sheets: [
			{
				sheet: '汇总表',
				year: 2022,
				title: '眉山市2022年“安全生产月”活动统计汇总表',
				above: ['填报单位（盖章）：眉山市安委会办公室                填报日期：2022年7月4日'],
				seq: '序号',
				unitHeader: '单位',
				regions: { mode: 'column', header: '区县', merge: true },
				cols: [...consult2('“6·16”安全宣传咨询日'), ...drills2('应急疏散演练', '参演人数'), { path: ['警示教育', '观看警示片场次'], m: 'warning.film_sessions' }, { path: ['警示教育', '观看人次'], m: 'warning.film_participants' }],
				units: [...units('东坡区', ['悦兴镇', '尚义镇', '富牛镇']), ...units('丹棱县', ['丹棱镇', '杨场镇', '仁美镇'], { 1: [4, 5] })],
				subtotal: '小计',
				total: '总计',
				asText: 0.4
			}
		]
	},
	{
		name: '于都县2023年安全生产月各乡镇数据汇总.xlsx',
		about: 'three header rows (宣传教育活动 > 五进 > 场次/人数), regions none (county in the title), 合计 right under the header',
		sheets: [
			{
				sheet: '五进',
				year: 2023,
				title: '于都县2023年“安全生产月”安全宣传“五进”活动统计表',
				unitHeader: '乡镇名称',
				regions: { mode: 'none' },
				cols: [...five10(), { path: ['宣传产品', '制作数量（部）'], m: 'five.products' }],
				units: units('于都县', ['贡江镇', '罗坳镇', '银坑镇', '岭背镇', '禾丰镇'], { 3: [8, 9] }),
				total: '合计',
				totalFirst: true,
				below: ['填表人：刘  敏        审核人：钟建华        联系电话：0797-6212345']
			}
		]
	},
	{
		name: '附件4：2024年安全生产月活动统计表（瑞金市）.xlsx',
		about: 'measures in a row of their own under one header row, 填报单位/填报人/填报日期 above, signature lines below, blanks written —',
		sheets: [
			{
				sheet: '统计表',
				year: 2024,
				title: '2024年“安全生产月”活动统计表',
				above: ['填报单位：瑞金市应急管理局', '填报人：杨丽华    联系电话：13907971234    填报日期：2024年6月28日'],
				seq: '序号',
				unitHeader: '单位名称',
				regions: { mode: 'none' },
				unitsRow: true,
				blankAs: '—',
				cols: [
					{ path: ['中心组专题学习'], measure: '次', m: 'study.group_sessions' },
					{ path: ['中心组学习参学人数'], measure: '人次', m: 'study.group_participants' },
					{ path: ['开展宣传咨询活动'], measure: '场', m: 'consult.events' },
					{ path: ['参与咨询活动群众'], measure: '人次', m: 'consult.participants' },
					{ path: ['隐患排查整治'], measure: '项', m: 'rectification.hazards_found' },
					{ path: ['接收群众举报'], measure: '件', m: 'report.received' },
					{ path: ['出动检查人员'], measure: '人次', m: null }
				],
				units: units('瑞金市', ['瑞金市象湖镇', '瑞金市沙洲坝镇', '瑞金市叶坪乡', '瑞金市九堡镇'], { 0: [5], 2: [1, 6] }),
				total: '合计',
				below: ['单位负责人：', '审核人：                     填表人：']
			}
		]
	},
	{
		name: '商水县安全生产月活动统计表2023.xlsx',
		about: 'regions as group rows (一、商水县 …), 小计 after each, two header rows, hidden helper column, a 填表说明 sheet',
		sheets: [
			{
				sheet: '2023',
				year: 2023,
				title: '周口市“安全生产月”活动开展情况统计表（2023年）',
				unitHeader: '单位',
				regions: { mode: 'rows' },
				cols: [
					...drills2('应急演练活动', '参加人员（人次）'),
					{ path: ['隐患排查', '排查隐患（个）'], m: 'rectification.hazards_found' },
					{ path: ['隐患排查', '上年同期（个）'], m: null, hidden: true },
					{ path: ['举报奖励', '受理举报（条）'], m: 'report.received' },
					{ path: ['举报奖励', '奖励举报人（人）'], m: 'report.rewarded' }
				],
				units: [...units('商水县', ['练集镇', '黄寨镇', '魏集镇']), ...units('郸城县', ['汲冢镇', '宁平镇', '石槽镇'])],
				subtotal: '小计',
				total: '合计'
			}
		],
		notes: { sheet: '填表说明', lines: ['填表说明：', '1. 各县（市、区）汇总所辖乡镇数据后报送；', '2. 数字一律填阿拉伯数字，没有的填“—”；', '3. 6月30日前报市安委办。'] }
	},
	{
		name: '桃源县安全生产月活动数据（2022年、2023年）.xlsx',
		about: 'two sheets, one per year (2022, 2023), same layout; year from the sheet and the title',
		sheets: [2022, 2023].map((year) => ({
			sheet: `${year}年`,
			year,
			title: `桃源县${year}年“安全生产月”活动数据统计表`,
			seq: '序号',
			unitHeader: '乡镇（街道）',
			regions: { mode: 'none' as const },
			cols: [
				{ path: ['启动仪式', '场次'], m: 'launch.events' },
				{ path: ['安全宣传咨询日', '场次'], m: 'consult.events' },
				{ path: ['安全宣传咨询日', '参与人次'], m: 'consult.participants' },
				{ path: ['警示教育', '场次'], m: 'warning.education_sessions' },
				{ path: ['警示教育', '受教育人次'], m: 'warning.education_participants' },
				{ path: ['经费投入（万元）'], m: null, range: [1, 40] as [number, number] }
			],
			units: units('桃源县', ['漳江街道', '陬市镇', '盘塘镇', '热市镇'], year === 2022 ? { 3: [0] } : {}),
			total: '合计'
		}))
	},
	{
		name: '寿光市各镇街安全生产月活动汇总表.xls',
		about: 'legacy .xls (LibreOffice), two header rows, region column not merged, 媒体 levels, 合计',
		sheets: [
			{
				sheet: '汇总',
				year: 2021,
				title: '寿光市2021年“安全生产月”活动开展情况汇总表',
				seq: '序号',
				unitHeader: '镇街',
				regions: { mode: 'column', header: '县市区' },
				cols: [...media3, { path: ['宣传氛围', '悬挂横幅（条）'], m: 'publicity.slogans' }, { path: ['宣传氛围', '公益广告（部）'], m: 'publicity.ads' }, { path: ['宣传氛围', '发放资料（份）'], m: null }],
				units: units('寿光市', ['文家街道', '古城街道', '羊口镇', '侯镇', '稻田镇']),
				total: '合计'
			}
		]
	},
	{
		name: '安吉县2022年安全生产月部门统计表.xls',
		about: 'legacy .xls, department units named with the county (region from the name), 备注 column, numbers with thousands commas as text',
		sheets: [
			{
				sheet: 'Sheet1',
				year: 2022,
				title: '2022年安全生产月活动开展情况统计表（县直部门）',
				above: ['填报单位：安吉县安委办          2022年6月30日'],
				seq: '序号',
				unitHeader: '部门',
				regions: { mode: 'none' },
				remarks: '备注',
				asText: 0.5,
				comma: true,
				cols: [
					{ path: ['安全培训', '网络课堂培训（场）'], m: 'study.online_sessions' },
					{ path: ['安全培训', '参训人次'], m: 'study.online_participants' },
					...consult2('咨询日'),
					{ path: ['知识竞赛', '参赛人次'], m: 'consult.contest_participants' }
				],
				units: units('安吉县', ['安吉县教育局', '安吉县住房和城乡建设局', '安吉县交通运输局', '安吉县市场监督管理局', '安吉县消防救援大队'], { 4: [0, 1] }),
				total: '合计'
			}
		]
	},
	{
		name: '汉寿县2023安全生产月统计.xlsx',
		about: 'two header rows, 云课堂/万里行 groups with a local campaign name, 小计 with region column, a blank sheet first',
		notes: { sheet: '说明', lines: ['本表数据由各乡镇安办提供，县应急管理局汇总。'], first: true },
		sheets: [
			{
				sheet: '数据',
				year: 2023,
				title: '汉寿县2023年“安全生产月”暨“安全生产湖湘行”活动统计表',
				unitHeader: '填报单位',
				regions: { mode: 'column', header: '所属区域', merge: true },
				cols: [
					{ path: ['云课堂', '参加学习（人次）'], m: 'cloud.participants' },
					{ path: ['云课堂', '线上直播（场）'], m: 'cloud.live_sessions' },
					{ path: ['安全生产湖湘行', '记者采访报道（次）'], m: 'tour.press_interviews' },
					{ path: ['安全生产湖湘行', '曝光问题隐患（条）'], m: 'tour.problems_exposed' },
					{ path: ['安全生产湖湘行', '宣传经验做法（条）'], m: 'tour.practices_publicized' }
				],
				units: [...units('汉寿县', ['龙阳街道', '岩汪湖镇', '坡头镇']), ...units('西湖管理区', ['西湖街道', '西洞庭街道'])],
				subtotal: '小计'
			}
		]
	},
	{
		name: '集团公司2021年安全生产月活动统计汇总表.xlsx',
		about: 'enterprise subsidiaries as units (no region), one header row with measures in brackets, free-text 备注, total under the header',
		sheets: [
			{
				sheet: '汇总',
				year: 2021,
				title: '2021年“安全生产月”活动统计汇总表',
				above: ['填报单位：安全环保部    填报时间：2021年6月29日'],
				seq: '序号',
				unitHeader: '所属单位',
				regions: { mode: 'none' },
				remarks: '备注',
				total: '合计',
				totalFirst: true,
				cols: [
					{ path: ['开展“安全红袖章”等活动（场）'], m: 'rectification.enterprise_events' },
					{ path: ['参与员工（人次）'], m: 'rectification.enterprise_participants' },
					{ path: ['组织观看警示教育片（场）'], m: 'warning.film_sessions' },
					{ path: ['应急演练（次）'], m: 'drills.events' },
					{ path: ['安全培训人数（人）'], m: null }
				],
				units: units('', ['第一工程公司', '第二工程公司', '物流分公司', '机电安装公司'])
			}
		]
	},
	{
		name: '2024年郸城县安全月统计表.xlsx',
		about: 'two header rows, the last header row repeats the measure, numbers mostly text, blanks as /',
		sheets: [
			{
				sheet: '郸城县',
				year: 2024,
				title: '2024年郸城县“安全生产月”活动情况统计表',
				unitHeader: '乡镇',
				regions: { mode: 'none' },
				asText: 0.8,
				blankAs: '/',
				cols: [...consult2('安全宣传咨询'), ...drills2('应急演练', '参与人数'), { path: ['“五进”宣传', '进学校（场）'], m: 'five.school_events' }, { path: ['“五进”宣传', '进企业（场）'], m: 'five.enterprise_events' }],
				units: units('郸城县', ['汲冢镇', '宁平镇', '石槽镇', '南丰镇'], { 1: [2, 3] }),
				total: '合计'
			}
		]
	}
];

export const TRANSPOSED: TransposedSpec[] = [
	{
		name: '丹棱县安全生产月活动统计（按乡镇）.xlsx',
		about: 'transposed: 活动项目 merged down, 统计指标 rows, townships across, 合计 column',
		sheet: '统计',
		year: 2023,
		title: '丹棱县2023年“安全生产月”活动统计表',
		measureCol: true,
		rows: [
			{ activity: '安全宣传咨询日', label: '开展咨询活动', measure: '场', m: 'consult.events' },
			{ activity: '安全宣传咨询日', label: '参与群众', measure: '人次', m: 'consult.participants' },
			{ activity: '应急演练', label: '演练场次', measure: '场', m: 'drills.events' },
			{ activity: '应急演练', label: '参演人员', measure: '人次', m: 'drills.participants' },
			{ activity: '隐患排查', label: '排查隐患', measure: '处', m: 'rectification.hazards_found' },
			{ activity: '隐患排查', label: '已整改', measure: '处', m: null }
		],
		units: ['丹棱镇', '杨场镇', '仁美镇', '双桥镇'].map((unit) => ({ unit, region: '丹棱县' })),
		total: '合计'
	},
	{
		name: '2022年罗坳镇各村安全月情况.xlsx',
		about: 'transposed, villages across, no measure column, a title naming the township and a date line',
		sheet: '各村',
		year: 2022,
		title: '罗坳镇2022年“安全生产月”活动情况统计',
		above: ['统计时间：2022年6月1日—6月30日'],
		rows: [
			{ activity: '五进活动', label: '进农村场次', m: 'five.village_events' },
			{ activity: '五进活动', label: '进农村参与人数', m: 'five.village_participants' },
			{ activity: '五进活动', label: '进家庭场次', m: 'five.family_events' },
			{ activity: '举报', label: '接到举报线索（条）', m: 'report.received' }
		],
		units: ['罗坳村', '步前村', '庄口村'].map((unit) => ({ unit, region: '罗坳镇' }))
	}
];
