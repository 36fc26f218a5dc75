/**
 * The 进展情况统计表 templates the whole-file set's forms are filled from. Slots: `{metric.id}` a number,
 * `{?metric.id}` a yes/no box, `{#metric.id}` a text, `{~label}` a number the schema has no metric for.
 * A slot written inside brackets （{…}） loses them when a filler types the bare number.
 * The 2020 and 2021 templates follow the national forms as the seeds' offices sent them out; the others are
 * the generator author's own wording of a 2023 county form and a 2022 住建 system form.
 */

export interface FormRow {
	/** 活动项目 (equal neighbours are merged down in layouts that merge). */
	item: string;
	/** A second 活动项目 column (the 2020 form's four-column layout). */
	sub?: string;
	/** 内容要求, when the layout has that column. */
	req?: string;
	/** The 进展情况 template, one string per line. */
	lines: string[];
}

export interface FormTemplate {
	id: string;
	/** The title with {year} and {campaign}; an empty year leaves the title without one. */
	title: string;
	rows: FormRow[];
}

export const TPL_2020: FormTemplate = {
	id: '2020',
	title: '{year}“安全生产月”和“{campaign}”活动进展情况统计表',
	rows: [
		{ item: '“安全生产月”活动', sub: '举办“安全生产月”活动启动仪式', req: '启动仪式形式多样，参与范围广泛，效果良好。', lines: ['以（{#launch.form}）等形式启动“安全生产月”活动（{launch.events}）场次。'] },
		{
			item: '“安全生产月”活动',
			sub: '深入学习贯彻习近平总书记关于安全生产重要论述',
			req: '安排理论学习中心组专题学习；开展网络课堂培训；在报刊、广播、网络、新媒体等平台开设专栏专题。',
			lines: ['安排理论学习中心组专题学习（{study.group_sessions}）次，参与（{study.group_participants}）人次；', '开展网络课堂培训（{study.online_sessions}）场，参与（{study.online_participants}）人次；', '在报刊、广播、网络、新媒体等平台开设专栏专题（{study.columns}）个。']
		},
		{
			item: '“安全生产月”活动',
			sub: '开展“排查整治进行时”专题活动',
			req: '在媒体平台开设相关专栏专题，加强示范引领和警示教育。',
			lines: [
				'在各类媒体开设专栏专题（{rectification.columns}）个；',
				'制作典型事故案例剖析警示教育片（{rectification.warning_films_made}）部，组织观看（{warning.film_sessions}）场，（{warning.film_participants}）人次；',
				'（{rectification.enterprises}）个企业开展“安全生产啄木鸟”“企业风险扫描仪”“隐患排查显微镜”等活动，排查整治安全风险隐患（{rectification.hazards_found}）个；',
				'排查安全违法违规行为（{rectification.violations_found}）次，举报风险隐患（{rectification.hazards_reported}）个。'
			]
		},
		{
			item: '“安全生产月”活动',
			sub: '观看学习“安全生产大家谈”云课堂',
			req: '组织干部职工、企业员工参加云课堂学习。',
			lines: ['组织干部职工、企业员工参加“安全生产大家谈”云课堂学习（{cloud.participants}）人次；', '在媒体平台开展网络视频访谈（{cloud.interviews}）场，远程在线辅导（{cloud.tutoring_sessions}）场次。']
		},
		{
			item: '“安全生产月”活动',
			sub: '参加网上“全国安全宣传咨询日”活动',
			req: '积极组织干部职工、企业员工参与线上活动。',
			lines: ['组织干部职工、企业员工参与线上“公众开放日”（{consult.open_day_joined}）人次，参与全国网上安全知识竞赛（{consult.contest_participants}）人次，参与抖音“我是安全明白人”话题（{consult.douyin_videos}）条微视频；']
		},
		{
			item: '“安全生产月”活动',
			sub: '扎实推进安全宣传“五进”工作',
			req: '开展安全宣传进企业、进农村、进社区、进学校、进家庭活动。',
			lines: ['开展安全宣传进企业活动（{five.enterprise_events}）场，参与（{five.enterprise_participants}）人；', '开展安全宣传进农村活动（{five.village_events}）场，参与（{five.village_participants}）人；', '开展安全宣传进学校活动（{five.school_events}）场，参与（{five.school_participants}）人。']
		},
		{ item: '“{campaign}”活动', sub: '“{campaign}”活动', req: '曝光突出问题和重大隐患，宣传推广经验做法。', lines: ['组织记者采访报道（{tour.press_interviews}）次，宣传经验做法（{tour.practices_publicized}）条，曝光问题（{tour.problems_exposed}）条。', '开展“区域行”（{tour.regional_trips}）次、“专题行”（{tour.thematic_trips}）次、“网上行”（{tour.online_trips}）次。'] },
		{ item: '“{campaign}”活动', sub: '畅通举报渠道', req: '鼓励引导广大群众举报重大隐患和违法违规行为。', lines: ['接收各类举报（{report.received}）条次，奖励（{report.rewarded}）人，根据线索开展新闻报道（{report.news}）次。'] },
		{
			item: '加强组织落实',
			sub: '强化组织领导',
			req: '',
			lines: ['是否已将“安全生产月”活动纳入全年安全生产重点工作：{?org.in_annual_plan}', '是否已建立健全党委政府领导、多部门合作、有关方面协同参与的工作机制：{?org.mechanism}', '是否已做好人力、物力和相关经费等保障：{?org.resources}']
		},
		{ item: '加强组织落实', sub: '浓厚宣传氛围', req: '', lines: ['在中央新闻媒体发表安全月稿件（{publicity.central_articles}）篇；在省新闻媒体发表安全月稿件（{publicity.provincial_articles}）篇；在市县媒体发表安全月稿件（{publicity.local_articles}）篇。', '在公共场所张贴、悬挂安全标语、横幅、挂图等（{publicity.slogans}）个；制作播放安全公益广告等安全宣传品（{publicity.ads}）部。'] }
	]
};

export const TPL_2021: FormTemplate = {
	id: '2021',
	title: '{year}“安全生产月”活动进展情况统计表',
	rows: [
		{
			item: '学习习近平总书记关于安全生产重要论述',
			lines: ['理论学习中心组学习（{study.group_sessions}）次，参与（{study.group_participants}）人次；', '专题学习《生命重于泰山——学习习近平总书记关于安全生产重要论述》电视专题片 {?study.film_watched}；组织集中学习观看（{study.viewing_sessions}）场，参与（{study.viewing_participants}）人次；', '开展安全生产“大讲堂”“大家谈”“公开课”“微课堂”和在线访谈、基层宣讲（{study.lecture_sessions}）场，参与（{study.lecture_participants}）人次。']
		},
		{
			item: '“专项整治集中攻坚战”专题宣传活动',
			lines: ['组织媒体报道集中攻坚重点任务进展情况、工作成效等（{rectification.media_reports}）次，刊发新闻报道（{rectification.news_articles}）篇；', '宣传推广经验做法（{rectification.practices_promoted}）个，刊发新闻报道（{rectification.practice_articles}）篇；', '企业开展“安全红袖章”“事故隐患大扫除”“争做安全吹哨人”等活动（{rectification.enterprise_events}）场，参与（{rectification.enterprise_participants}）人次。', '开展生产安全事故警示教育（{warning.education_sessions}）场，参与（{warning.education_participants}）人次。']
		},
		{
			item: '“{campaign}”活动',
			lines: ['曝光问题隐患（{tour.problems_exposed}）条，市、县两级主流媒体曝光典型案例（{tour.cases_exposed}）个，媒体转发报道（{tour.reposts}）篇；', '组织观看典型事故警示教育片（{warning.film_sessions}）场，参与（{warning.film_participants}）人次；组织参观警示教育展览（{warning.exhibition_sessions}）场，参与（{warning.exhibition_participants}）人次；社区居民、企业员工举报重大隐患和违法违规行为（{report.received}）条次；']
		},
		{
			item: '“6·16安全宣传咨询日”活动',
			lines: ['开展安全宣传咨询活动（{consult.events}）场，参与（{consult.participants}）人次；', '邀请电视台开展“记者走一线”等专题专访报道活动（{consult.anchor_reports}）场；', '创新开展线上活动（{consult.online_events}）场，参与（{consult.online_participants}）人次；', '参与网上展览（{consult.exhibition_participants}）人次，参与知识竞赛（{consult.contest_participants}）人次。']
		},
		{
			item: '推进安全宣传“五进”活动',
			lines: ['制作各类安全宣传产品（{five.products}）部，开展灾害避险逃生、自救互救演练（{drills.events}）场，参与（{drills.participants}）人次；', '应急科普宣传教育和安全体验基地建设情况，新建（{five.bases_new}）个，改扩建（{five.bases_expanded}）个；', '使用全国安全宣教和应急科普平台 {?five.platform_used}']
		}
	]
};

export const TPL_2023: FormTemplate = {
	id: '2023',
	title: '{year}安全生产月活动开展情况统计表',
	rows: [
		{ item: '启动仪式', lines: ['举办启动仪式（{launch.events}）场。'] },
		{ item: '集中学习', lines: ['组织集中观看学习（{study.viewing_sessions}）场，参学（{study.viewing_participants}）人次。'] },
		{ item: '安全宣传咨询日', lines: ['设立咨询点开展宣传咨询活动（{consult.events}）场，参与群众（{consult.participants}）人次，发放宣传资料（{~发放宣传资料（份）}）份。'] },
		{ item: '应急演练', lines: ['组织开展应急演练（{drills.events}）场，参演（{drills.participants}）人次。'] },
		{ item: '警示教育', lines: ['组织观看警示教育片（{warning.film_sessions}）场，受教育（{warning.film_participants}）人次。'] },
		{ item: '隐患排查整治', lines: ['排查整治各类隐患（{rectification.hazards_found}）处，出动检查人员（{~出动检查人员（人次）}）人次。'] },
		{ item: '举报奖励', lines: ['受理群众举报（{report.received}）件，兑现奖励（{report.rewarded}）人。'] },
		{ item: '宣传报道', lines: ['在省级媒体发表稿件（{publicity.provincial_articles}）篇，在市县媒体发表稿件（{publicity.local_articles}）篇；张贴悬挂标语横幅（{publicity.slogans}）条。'] },
		{ item: '我为群众办实事', lines: ['开展“我为群众办实事”实践活动项目（{serve.projects}）个。'] }
	]
};

export const TPL_2022_ZJ: FormTemplate = {
	id: '2022zj',
	title: '{year}住建系统“安全生产月”活动进展情况统计表',
	rows: [
		{ item: '学习宣贯', lines: ['理论学习中心组专题学习（{study.group_sessions}）次，参与（{study.group_participants}）人次；', '开展网络课堂培训（{study.online_sessions}）场，参训（{study.online_participants}）人次。'] },
		{ item: '警示教育', lines: ['组织施工企业观看事故警示教育片（{warning.film_sessions}）场，参与（{warning.film_participants}）人次；', '开展生产安全事故警示教育（{warning.education_sessions}）场，参与（{warning.education_participants}）人次。'] },
		{ item: '应急演练', lines: ['在建工地开展灾害避险逃生、自救互救演练（{drills.events}）场，参演（{drills.participants}）人次。'] },
		{ item: '隐患排查', lines: ['（{rectification.enterprises}）个企业开展隐患自查，排查整治安全风险隐患（{rectification.hazards_found}）个。'] },
		{ item: '宣传咨询', lines: ['开展安全宣传咨询活动（{consult.events}）场，参与（{consult.participants}）人次；', '是否纳入全年安全生产重点工作：{?org.in_annual_plan}'] }
	]
};
