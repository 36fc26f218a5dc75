/**
 * forms22's own forms (tests/eval/README.md, "forms22's own forms"): seven template families from offices and years
 * none of the other sets use, each in its own wording and layout. A slot is written `{metric.id}` (a count the
 * schema has), `{-}` (a count it lacks: it must come out unmapped) or `{F:metric.id}` (a yes/no answer); the
 * writer (make.ts) types each as its file's style asks and records the fact it must yield.
 */

/** One row of a three- or four-column form: its 活动项目 (merged down over the rows that repeat it), 内容要求, cell. */
export type TableRow = [activity: string, requirement: string, cell: string];

/** A two-column form's row: a heading across (`一、警示教育`) or an item and its cell. */
export type TwoColRow = { heading: string } | { item: string; cell: string };

/** An indicator form's row: 统计指标, 计量单位, what its 数量 is (`-`: a count the schema lacks). */
export type IndicatorRow = [indicator: string, unit: string, metric: string];

interface Base {
	family: string;
	about: string;
	year: number;
	title: string;
	/** The units that fill it: name (its county or district first) and the file's format and file name. */
	units: { unit: string; region: string; format: 'xlsx' | 'xls' | 'docx' | 'doc'; file: string; date: string; interim?: boolean }[];
}
export type Family =
	| (Base & { layout: 'three' | 'numbered'; header: string[]; rows: TableRow[] })
	| (Base & { layout: 'paragraphs'; lines: string[] })
	| (Base & { layout: 'twocol'; rows: TwoColRow[] })
	| (Base & { layout: 'indicator'; rows: IndicatorRow[] });

export const FAMILIES: Family[] = [
	{
		family: 'f22_jx2019_county',
		about: '江西 县应急管理局 2019: 活动项目 | 内容要求 | 进展情况, 赣鄱行, 其中 parts, 咨询点/出动车辆 the schema lacks',
		year: 2019,
		title: '2019年“安全生产月”活动开展情况统计表',
		layout: 'three',
		header: ['活动项目', '内容要求', '进展情况'],
		units: [
			{ unit: '信丰县大塘埠镇人民政府', region: '信丰县', format: 'xlsx', file: '信丰县大塘埠镇2019安全月统计表.xlsx', date: '2019年6月26日' },
			{ unit: '信丰县应急管理局', region: '信丰县', format: 'xls', file: '信丰县应急管理局安全月活动统计.xls', date: '2019年6月27日' }
		],
		rows: [
			['动员部署', '召开动员会，举行启动仪式', '召开安全生产月活动动员部署会议{-}次；以“防风险、除隐患、遏事故”为主题举行启动仪式{launch.events}场'],
			['学习教育', '学习习近平总书记关于安全生产重要论述', '党委（党组）理论学习中心组专题学习{study.group_sessions}次，参加学习{study.group_participants}人次；举办“安全大讲堂”{study.lecture_sessions}期，听课{study.lecture_participants}人次'],
			['警示教育', '典型事故警示教育', '播放事故警示教育片{warning.film_sessions}场次，观看人数{warning.film_participants}人次；组织参观警示教育展览{warning.exhibition_sessions}场，参观{warning.exhibition_participants}人次'],
			['隐患排查', '群众性隐患排查', '发动{rectification.enterprises}家企业开展“安全生产啄木鸟”活动，查找安全风险隐患{rectification.hazards_found}处，其中重大隐患{-}处'],
			['应急演练', '应急疏散演练', '开展各类应急救援演练{drills.events}场，参演干部群众{drills.participants}人次，出动救援车辆{-}台次'],
			['咨询日', '“6·16”安全宣传咨询日', '设立咨询点{-}个，开展现场咨询活动{consult.events}场，参与群众{consult.participants}人次；通过网络直播开展线上咨询{consult.online_events}场，线上参与{consult.online_participants}人次'],
			['安全生产赣鄱行', '配合媒体采访', '配合媒体采访报道{tour.press_interviews}次，宣传推广典型经验{tour.practices_publicized}条，曝光问题隐患{tour.problems_exposed}条'],
			['宣传报道', '新闻宣传', '在中央媒体发稿{publicity.central_articles}篇，在省级媒体发稿{publicity.provincial_articles}篇，在市、县媒体发稿{publicity.local_articles}篇；悬挂张贴宣传标语横幅{publicity.slogans}条'],
			['组织保障', '', '是否将安全生产月活动纳入年度工作计划：{F:org.in_annual_plan}'],
			['组织保障', '', '活动所需人员、经费、物资是否保障到位：{F:org.resources}']
		]
	},
	{
		family: 'f22_sc2021_schools',
		about: '四川 市教育局 2021 for schools: 序号 | 类别 | 工作内容 | 完成情况, 师生/学生/家庭, 整改率 and 户 the schema lacks',
		year: 2021,
		title: '2021年全市教育系统“安全生产月”活动情况统计表',
		layout: 'numbered',
		header: ['序号', '类别', '工作内容', '完成情况'],
		units: [
			{ unit: '南部县第二中学', region: '南部县', format: 'docx', file: '南部县第二中学安全月情况统计.docx', date: '2021年6月25日' },
			{ unit: '南部县大桥镇中心小学', region: '南部县', format: 'doc', file: '大桥镇中心小学（安全生产月）.doc', date: '2021年6月24日' },
			{ unit: '仪陇县实验学校', region: '仪陇县', format: 'xlsx', file: '仪陇县实验学校2021年安全月统计.xlsx', date: '2021年6月28日' }
		],
		rows: [
			['学习宣贯', '学习重要论述', '校（园）长、党组织书记带头讲安全公开课{study.lecture_sessions}场，听课师生{study.lecture_participants}人次'],
			['安全教育', '警示教育', '组织观看《生命重于泰山》专题片：{F:study.film_watched}'],
			['安全教育', '警示教育', '组织师生观看事故警示教育片{warning.film_sessions}场，受教育师生{warning.film_participants}人次'],
			['应急演练', '疏散演练', '开展防震、防火、防踩踏应急疏散演练{drills.events}次，参演师生{drills.participants}人次'],
			['宣传教育', '安全宣传进校园、进家庭', '开展安全宣传进校园活动{five.school_events}场，受教育学生{five.school_participants}人；开展“小手拉大手”安全宣传进家庭活动{five.family_events}场，覆盖家庭{-}户'],
			['咨询日', '“6·16”安全宣传咨询日', '参加“6·16”安全宣传咨询日现场活动{consult.events}场，参与师生{consult.participants}人次'],
			['网络学习', '云课堂、知识竞赛', '组织师生参加“安全生产大家谈”云课堂学习{cloud.participants}人次；参加全国网上安全知识竞赛{consult.contest_participants}人次'],
			['隐患排查', '校园安全隐患排查', '排查校园安全隐患{rectification.hazards_found}处，已整改{-}处，整改率{-}%'],
			['宣传报道', '新闻宣传', '在省级以上媒体刊发稿件{-}篇，在市县媒体刊发稿件{publicity.local_articles}篇']
		]
	},
	{
		family: 'f22_hb2024_paragraphs',
		about: '湖北 乡镇 2024 typed as paragraphs (一、heading, 1.item：text), the sign-off (unit, date) last',
		year: 2024,
		title: '2024年“安全生产月”活动开展情况',
		layout: 'paragraphs',
		units: [
			{ unit: '崇阳县白霓镇人民政府', region: '崇阳县', format: 'docx', file: '白霓镇安全生产月活动情况.docx', date: '2024年6月25日' },
			{ unit: '崇阳县路口镇人民政府', region: '崇阳县', format: 'doc', file: '路口镇2024年安全生产月活动情况.doc', date: '2024年6月26日' }
		],
		lines: [
			'一、学习宣传',
			'1.理论学习：镇党委理论学习中心组专题学习{study.group_sessions}次，参与{study.group_participants}人次。',
			'2.宣讲活动：开展“安全宣讲进村组”基层宣讲{study.lecture_sessions}场，受众{study.lecture_participants}人次。',
			'二、隐患排查',
			'1.查找身边隐患：{rectification.community_units}个村（社区）开展“查找身边隐患”活动{rectification.community_events}场次。',
			'2.群众举报：受理群众举报安全隐患和违法违规行为{report.received}条次，兑现举报奖励{report.rewarded}人。',
			'三、应急演练',
			'开展防汛避险、地质灾害避险转移演练{drills.events}场，参演群众{drills.participants}人次。',
			'四、“五进”活动',
			'1.进农村：开展安全宣传进农村活动{five.village_events}场，参与村民{five.village_participants}人。',
			'2.进企业：开展安全宣传进企业活动{five.enterprise_events}场，参与职工{five.enterprise_participants}人。',
			'3.发放资料：发放各类宣传资料{-}份。',
			'五、组织保障',
			'是否将“安全生产月”纳入全年重点工作：{F:org.in_annual_plan}',
			'是否明确活动时间表、任务书和责任人：{F:org.roadmap}'
		]
	},
	{
		family: 'f22_sd2025_street',
		about: '山东 街道 2025: 项目 | 完成情况, headings across, items （1） with counts only (`3次，参学45人次`, `场次：4；参演人次：390`)',
		year: 2025,
		title: '2025年安全生产月活动完成情况表',
		layout: 'twocol',
		units: [
			{ unit: '即墨区通济街道办事处', region: '即墨区', format: 'xlsx', file: '通济街道安全生产月完成情况（6.27）.xlsx', date: '' },
			{ unit: '即墨区潮海街道办事处', region: '即墨区', format: 'xlsx', file: '潮海街道2025安全月完成情况.xlsx', date: '2025年6月26日' }
		],
		rows: [
			{ heading: '一、学习宣贯' },
			{ item: '（1）中心组专题学习', cell: '{study.group_sessions}次，参学{study.group_participants}人次' },
			{ item: '（2）组织观看《生命重于泰山》', cell: '{F:study.film_watched}' },
			{ heading: '二、警示教育' },
			{ item: '（1）观看警示教育片', cell: '{warning.film_sessions}场，{warning.film_participants}人次' },
			{ item: '（2）事故案例警示教育会', cell: '{warning.education_sessions}场，受教育{warning.education_participants}人次' },
			{ heading: '三、“6·16”咨询日' },
			{ item: '（1）现场咨询活动', cell: '{consult.events}场，群众参与{consult.participants}人次' },
			{ item: '（2）线上活动', cell: '{consult.online_events}场，网民参与{consult.online_participants}人次' },
			{ heading: '四、应急演练' },
			{ item: '（1）社区应急疏散演练', cell: '场次：{drills.events}；参演人次：{drills.participants}' },
			{ heading: '五、安全宣传进社区、进家庭' },
			{ item: '（1）进社区宣传活动', cell: '{five.community_events}场，居民参与{five.community_participants}人' },
			{ item: '（2）进家庭', cell: '入户宣传{five.family_events}场，覆盖家庭成员{five.family_participants}人' },
			{ heading: '六、举报奖励' },
			{ item: '（1）受理各类举报', cell: '{report.received}条' },
			{ item: '（2）出动检查人员', cell: '{-}人次' }
		]
	},
	{
		family: 'f22_hn2023_indicators',
		about: '河南 区住建局 2023: one row per indicator, 序号 | 统计指标 | 计量单位 | 数量 | 备注',
		year: 2023,
		title: '2023年“安全生产月”活动统计表',
		layout: 'indicator',
		units: [
			{ unit: '郑州市金水区住房和城乡建设局', region: '金水区', format: 'xlsx', file: '金水区住建局安全月统计表.xlsx', date: '2023年6月28日' },
			{ unit: '郑州市二七区住房和城乡建设局', region: '二七区', format: 'xls', file: '二七区住建局安全生产月活动统计表-0627.xls', date: '' }
		],
		rows: [
			['启动仪式', '场', 'launch.events'],
			['中心组专题学习', '次', 'study.group_sessions'],
			['中心组学习参与人数', '人次', 'study.group_participants'],
			['观看警示教育片', '场', 'warning.film_sessions'],
			['观看警示教育片人数', '人次', 'warning.film_participants'],
			['开展“安全红袖章”“争做安全吹哨人”等活动', '场', 'rectification.enterprise_events'],
			['排查风险隐患', '处', 'rectification.hazards_found'],
			['应急演练', '场', 'drills.events'],
			['参演人数', '人次', 'drills.participants'],
			['咨询日现场活动', '场', 'consult.events'],
			['咨询日参与人数', '人次', 'consult.participants'],
			['进企业宣传', '场', 'five.enterprise_events'],
			['出动检查人员', '人次', '-'],
			['在省级媒体发稿', '篇', 'publicity.provincial_articles'],
			['是否使用全国安全宣教和应急科普平台', '—', 'F:five.platform_used']
		]
	},
	{
		family: 'f22_gs2020_slotfirst',
		about: '甘肃 县 2020 in Word: slot-first clauses, 分别为 lists over five places, 其中 parts, 陇原行, run-together answers',
		year: 2020,
		title: '2020年“安全生产月”活动进展情况统计表',
		layout: 'three',
		header: ['活动项目', '内容要求', '进展情况'],
		units: [
			{ unit: '镇原县城关镇人民政府', region: '镇原县', format: 'docx', file: '城关镇2020年安全生产月进展情况.docx', date: '2020年6月24日' },
			{ unit: '镇原县屯字镇人民政府', region: '镇原县', format: 'doc', file: '屯字镇安全生产月进展（6月28日）.doc', date: '' }
		],
		rows: [
			['专项整治宣传', '“安全生产啄木鸟”活动', '{rectification.enterprises}家企业开展“安全生产啄木鸟”“隐患随手拍”活动，排查整治风险隐患{rectification.hazards_found}个'],
			['专项整治宣传', '专栏与警示片', '在县融媒体中心开设专项整治专栏{rectification.columns}个，制作典型事故案例警示教育片{rectification.warning_films_made}部'],
			['警示教育', '观看警示教育片', '{warning.film_participants}人次观看典型事故警示教育片，共放映{warning.film_sessions}场'],
			['安全宣传“五进”', '进企业、进农村、进社区、进学校、进家庭', '进企业、进农村、进社区、进学校、进家庭分别开展{five.enterprise_events}场、{five.village_events}场、{five.community_events}场、{five.school_events}场、{five.family_events}场，受众合计{-}人'],
			['安全宣传“五进”', '宣传产品', '制作各类安全宣传产品{five.products}部，其中短视频{-}部'],
			['安全生产陇原行', '专题行、区域行、网上行', '开展“专题行”{tour.thematic_trips}次、“区域行”{tour.regional_trips}次、“网上行”{tour.online_trips}次；主流媒体曝光典型案例{tour.cases_exposed}个'],
			['举报', '举报奖励', '社区居民、企业员工举报重大隐患和违法违规行为{report.received}条次，根据举报线索开展新闻报道{report.news}次'],
			['组织落实', '', '1.是否纳入本地区全年安全生产重点工作：{F:org.in_annual_plan}2.是否明确活动时间表、路线图和责任人：{F:org.roadmap}3.是否保障活动所需人财物：{F:org.resources}']
		]
	},
	{
		family: 'f22_zj2022_group',
		about: '浙江 企业集团 2022: 活动项目 merged down, an interim and a final filing (date blank, -0628 in the name), 抖音 vs 微信',
		year: 2022,
		title: '2022年“安全生产月”活动进展情况表',
		layout: 'three',
		header: ['活动项目', '内容要求', '进展情况'],
		units: [
			{ unit: '海宁市钱塘建材有限公司', region: '海宁市', format: 'xlsx', file: '钱塘建材安全月进展（6月10日）.xlsx', date: '2022年6月10日', interim: true },
			{ unit: '海宁市钱塘建材有限公司', region: '海宁市', format: 'xlsx', file: '钱塘建材安全月进展-0628.xlsx', date: '' },
			{ unit: '海宁市盐官纺织有限公司', region: '海宁市', format: 'xls', file: '盐官纺织安全月活动进展.xls', date: '2022年6月27日' }
		],
		rows: [
			['安全文化', '示范创建', '开展“安全行为红黑榜”“我是安全培训师”等示范创建活动{five.culture_events}场次，员工参与{five.culture_participants}人次'],
			['公众开放日', '线上开放', '开展线上“公众开放日”活动{consult.open_day_events}场，参与{consult.open_day_participants}人次；组织员工参与线上“公众开放日”{consult.open_day_joined}人次'],
			['公众开放日', '体验场馆', '组织员工走进安全体验场馆{consult.venue_participants}人次'],
			['群众性活动', '企业活动', '开展“安全红袖章”“事故隐患大扫除”活动{rectification.enterprise_events}场，参与员工{rectification.enterprise_participants}人次'],
			['群众性活动', '违法违规行为', '排查安全违法违规行为{rectification.violations_found}次，员工举报风险隐患{rectification.hazards_reported}个'],
			['网络宣传', '新媒体', '在抖音“我是安全明白人”话题发布微视频{consult.douyin_videos}条；在微信公众号推送安全知识{-}条'],
			['我为群众办实事', '', '“我为群众办实事”实践活动项目{serve.projects}个'],
			['应急演练', '专项演练', '开展有限空间、危化品泄漏等专项应急演练{drills.events}场，参演{drills.participants}人次']
		]
	}
];
