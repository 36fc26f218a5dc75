/**
 * The second whole-file set's 进展情况统计表 templates (tests/eval/README.md, "The second whole-file set"): the author's
 * own wording of how county 应急管理局/安委办, 住建·市场监管 systems and 教育局 word these forms in other provinces and
 * years — other verbs (参学、参训、参演、受教育、观看、覆盖), measure words (期、起、件、项、家、幅), abbreviations (安全月、
 * “五进”、6·16), qualifiers (县级媒体、省级), slots first, 其中 sub-counts, notes, numbers the schema lacks.
 * Slots: `{metric.id}` a number, `{?metric.id}` a yes/no answer, `{~what}` a number the schema has no metric for;
 * `|le` keeps a 其中 part within the number before it, `|sum2` makes a total cover the two numbers after it.
 * A heading scopes the items below it (媒体专栏 under 学习宣传 is study.columns, under 排查整治 rectification.columns).
 */

export interface Item2 {
	/** The activity heading this item sits under (numbered 一、 by the layout). */
	head: string;
	/** The item's own name (numbered （一）/1./① by the layout). */
	item: string;
	/** The 进展情况 text, one string per line. */
	lines: string[];
}

export interface Template2 {
	id: string;
	/** The title with {year} (empty for a title without a year) and {place}. */
	title: string;
	items: Item2[];
}

// 2022, a county 应急管理局's form for townships and departments.
export const T_YJ: Template2 = {
	id: 'yj2022',
	title: '{place}{year}“安全月”活动开展情况统计表',
	items: [
		{ head: '组织领导', item: '列入工作计划', lines: ['是否将安全月活动列入本单位年度安全生产工作要点：{?org.in_annual_plan}'] },
		{ head: '组织领导', item: '工作机制', lines: ['是否建立主要负责人牵头、部门协同、齐抓共管的活动工作机制：{?org.mechanism}'] },
		{ head: '组织领导', item: '任务分解', lines: ['是否明确活动时间表、任务书和责任人：{?org.roadmap}', '人员、物资、经费保障是否落实到位：{?org.resources}'] },
		{
			head: '学习宣传贯彻',
			item: '中心组学习',
			lines: ['党委（党组）理论学习中心组集中学习安全生产重要论述{study.group_sessions}次，参学{study.group_participants}人次，其中班子成员{~班子成员参学人次|le}人次。']
		},
		{ head: '学习宣传贯彻', item: '专题片', lines: ['是否组织收看《生命重于泰山》电视专题片：{?study.film_watched}', '集中收看{study.viewing_sessions}场，参加收看{study.viewing_participants}人次。'] },
		{ head: '学习宣传贯彻', item: '宣讲培训', lines: ['举办安全大讲堂、基层宣讲{study.lecture_sessions}期，受众{study.lecture_participants}人次；', '依托网络学院开展线上培训{study.online_sessions}场，参训{study.online_participants}人次。'] },
		{ head: '学习宣传贯彻', item: '媒体专栏', lines: ['在县级媒体、政务新媒体开设安全月专栏{study.columns}个。'] },
		{
			head: '警示教育',
			item: '警示片',
			lines: ['观看典型事故警示教育片{warning.film_sessions}场次，受教育{warning.film_participants}人次；', '自行拍摄本地事故案例警示片{rectification.warning_films_made}部。']
		},
		{ head: '警示教育', item: '警示教育展', lines: ['组织参观警示教育展览（展馆）{warning.exhibition_sessions}次，参观{warning.exhibition_participants}人次。'] },
		{ head: '警示教育', item: '案例警示会', lines: ['召开生产安全事故警示教育会{warning.education_sessions}场，到会{warning.education_participants}人次。'] },
		{
			head: '隐患排查整治',
			item: '企业自查',
			lines: ['发动{rectification.enterprises}家企业开展“安全生产啄木鸟”“隐患排查显微镜”等自查活动，查出风险隐患{rectification.hazards_found}项，其中已整改{~已整改隐患|le}项；']
		},
		{ head: '隐患排查整治', item: '执法检查', lines: ['出动执法检查人员{~出动检查人员}人次，查处违法违规行为{rectification.violations_found}起。'] },
		{
			head: '隐患排查整治',
			item: '查找身边隐患',
			lines: ['{rectification.community_units}个村（社区）、物业公司开展“查找身边隐患”活动{rectification.community_events}场次，群众举报身边隐患{rectification.hazards_reported}条。']
		},
		{
			head: '6·16宣传咨询日',
			item: '现场咨询',
			lines: ['设立咨询点{~咨询点}个，开展现场宣传咨询{consult.events}场，群众参与{consult.participants}人次，发放宣传资料{~发放宣传资料}份；']
		},
		{ head: '6·16宣传咨询日', item: '线上活动', lines: ['参加全国网上安全知识竞赛{consult.contest_participants}人次；', '组织职工线上参加“公众开放日”{consult.open_day_joined}人次。'] },
		{ head: '安全宣传“五进”', item: '进企业', lines: ['开展宣讲{five.enterprise_events}场，覆盖职工{five.enterprise_participants}人。'] },
		{ head: '安全宣传“五进”', item: '进农村', lines: ['开展宣传{five.village_events}场，覆盖村民{five.village_participants}人。'] },
		{ head: '安全宣传“五进”', item: '进社区', lines: ['开展宣传{five.community_events}场，覆盖居民{five.community_participants}人。'] },
		{ head: '安全宣传“五进”', item: '进校园', lines: ['开展安全课{five.school_events}场，覆盖师生{five.school_participants}人。'] },
		{ head: '安全宣传“五进”', item: '进家庭', lines: ['入户宣传{five.family_events}场，覆盖群众{five.family_participants}人。'] },
		{ head: '安全宣传“五进”', item: '宣传品', lines: ['制作安全宣传视频、海报、折页等宣传品{five.products}件；', '是否使用全国安全宣教和应急科普平台开展宣教：{?five.platform_used}'] },
		{ head: '应急演练', item: '避险逃生演练', lines: ['组织应急疏散、避险逃生和自救互救演练{drills.events}场，参演{drills.participants}人次。'] },
		{
			head: '宣传报道',
			item: '媒体发稿',
			lines: ['在中央媒体发稿{publicity.central_articles}篇，省级媒体{publicity.provincial_articles}篇，市县媒体{publicity.local_articles}篇；', '悬挂横幅、张贴标语挂图{publicity.slogans}幅，播放安全公益广告{publicity.ads}部。']
		},
		{ head: '举报奖励', item: '举报受理', lines: ['受理安全生产举报{report.received}件，兑现举报奖励{report.rewarded}人，奖励金额{~奖励金额}元。'] }
	]
};

// 2023, a city 住建/市场监管 system form: slots first, 【 】 or （ ）, the campaign's local name, 6·16's online events.
export const T_ZJ: Template2 = {
	id: 'zj2023',
	title: '{year}{place}“安全生产月”和“安全生产{tour}”活动进展情况表',
	items: [
		{ head: '启动部署', item: '启动仪式', lines: ['举办安全月启动仪式{launch.events}场。'] },
		{ head: '启动部署', item: '中心组学习', lines: ['中心组专题学习：{study.group_sessions}次/{study.group_participants}人次'] },
		{ head: '学习培训', item: '线上直播课', lines: ['组织“公开课”“微课堂”“公益讲座”线上直播{cloud.live_sessions}场，在线观看{cloud.live_participants}人次；'] },
		{ head: '学习培训', item: '云课堂', lines: ['“安全生产大家谈”云课堂参学{cloud.participants}人次；', '网络视频访谈{cloud.interviews}场，远程在线辅导{cloud.tutoring_sessions}场次。'] },
		{ head: '排查整治', item: '专栏专题', lines: ['在各类媒体开设排查整治专栏{rectification.columns}个；', '制作成果、经验做法专题片{rectification.feature_videos}部。'] },
		{ head: '排查整治', item: '媒体报道', lines: ['组织主流媒体集中报道{rectification.media_reports}次，刊发稿件{rectification.news_articles}篇；', '总结推广典型经验{rectification.practices_promoted}个，相关报道{rectification.practice_articles}篇。'] },
		{
			head: '排查整治',
			item: '企业群众性活动',
			lines: ['企业开展“安全红袖章”“事故隐患大扫除”“争做安全吹哨人”活动{rectification.enterprise_events}场，职工参与{rectification.enterprise_participants}人次；', '检查在建工地、经营场所{~检查场所}家次。']
		},
		{ head: '安全生产{tour}', item: '专题行区域行网上行', lines: ['开展“专题行”{tour.thematic_trips}次、“区域行”{tour.regional_trips}次、“网上行”{tour.online_trips}次；'] },
		{
			head: '安全生产{tour}',
			item: '采访曝光',
			lines: ['组织记者采访{tour.press_interviews}次，宣传经验做法{tour.practices_publicized}条，曝光问题隐患{tour.problems_exposed}条；', '主流媒体曝光典型案例{tour.cases_exposed}个，被转发{tour.reposts}篇。']
		},
		{ head: '安全生产{tour}', item: '网络竞赛', lines: ['参加全省安全生产知识网络竞赛{tour.contest_participants}人次。'] },
		{
			head: '6·16咨询日',
			item: '线上咨询',
			lines: ['创新开展线上咨询活动{consult.online_events}场，参与{consult.online_participants}人次；', '举办线上“公众开放日”{consult.open_day_events}场次，参与{consult.open_day_participants}人次；']
		},
		{
			head: '6·16咨询日',
			item: '体验与互动',
			lines: [
				'走进安全体验场馆{consult.venue_participants}人次，观看体验馆360°全景展示{consult.vr_tour_participants}人次；',
				'参加安全打榜直播答题{consult.quiz_participants}人次，参观网上展览{consult.exhibition_participants}人次；',
				'参与“接力传安全”倡议{consult.relay_participants}人次。'
			]
		},
		{
			head: '6·16咨询日',
			item: '新媒体话题',
			lines: ['抖音“我是安全明白人”话题发布短视频{consult.douyin_videos}条，微博“身边的安全谣言”话题发帖{consult.weibo_posts}条，“主播走一线”专访{consult.anchor_reports}场。']
		},
		{ head: '安全文化', item: '示范创建', lines: ['开展“安全行为红黑榜”“我是安全培训师”等安全文化示范创建{five.culture_events}场，参与{five.culture_participants}人次。'] },
		{ head: '安全文化', item: '宣教基地', lines: ['安全宣传教育基地：新建{five.bases_new}个，改扩建{five.bases_expanded}个，拟建{five.bases_planned}个，其他{five.bases_other}个。'] },
		{ head: '为民办实事', item: '实事项目', lines: ['“我为群众办实事”项目{serve.projects}个，投入资金{~投入资金}万元。'] },
		{ head: '举报', item: '举报与报道', lines: ['接到各类举报{report.received}条次，奖励举报人{report.rewarded}人，据举报线索开展新闻报道{report.news}次。'] },
		{ head: '应急演练', item: '演练', lines: ['开展消防疏散、自救互救演练{drills.events}场，参演人员{drills.participants}人次。'] }
	]
};

// 2024, a county 教育局's form for schools: short items, 其中 sub-counts, a 五进 total the schema has no metric for.
export const T_JY: Template2 = {
	id: 'jy2024',
	title: '{place}{year}安全生产月活动情况统计（学校填报）',
	items: [
		{ head: '学习教育', item: '专题学习', lines: ['党总支理论学习中心组专题学习{study.group_sessions}次，参加{study.group_participants}人次。'] },
		{ head: '学习教育', item: '观看专题片', lines: ['是否组织观看《生命重于泰山》：{?study.film_watched}', '组织教职工集中观看{study.viewing_sessions}场，观看{study.viewing_participants}人次。'] },
		{ head: '警示教育', item: '警示教育片', lines: ['组织师生观看事故警示教育片{warning.film_sessions}场，受教育师生{warning.film_participants}人次。'] },
		{ head: '警示教育', item: '案例教育', lines: ['开展溺水、交通事故案例警示教育{warning.education_sessions}场，受教育{warning.education_participants}人次。'] },
		{
			head: '安全宣传“五进”',
			item: '进校园进家庭',
			lines: ['开展“五进”宣传共{~五进场次合计|sum2}场，其中进校园{five.school_events}场、进家庭{five.family_events}场，覆盖师生家长{~五进覆盖人数}人；', '家访、入户宣传覆盖家庭{~覆盖家庭户数}户。']
		},
		{ head: '应急演练', item: '疏散演练', lines: ['组织地震、消防应急疏散演练{drills.events}场，参演师生{drills.participants}人次。'] },
		{ head: '6·16咨询日', item: '咨询日', lines: ['参加“6·16”安全宣传咨询日活动{consult.events}场，参与{consult.participants}人次；', '组织师生参加全国网上安全知识竞赛{consult.contest_participants}人次。'] },
		{ head: '隐患排查', item: '校园隐患排查', lines: ['开展校园安全隐患排查，发现隐患{rectification.hazards_found}处，整改率{~整改率}%。'] },
		{ head: '宣传报道', item: '宣传', lines: ['在市级以上媒体发稿{~市级以上媒体稿件}篇，县级媒体{publicity.local_articles}篇；', '张贴悬挂安全标语、横幅{publicity.slogans}条。'] }
	]
};
