import type { Family, Metric } from './types';

function m(
	id: string,
	family: Family,
	unit: string,
	zh: string,
	en: string,
	synonyms: string[]
): Metric {
	return { id, activity: ACTIVITY_OF_PREFIX[id.slice(0, id.indexOf('.'))], family, zh, en, unit, synonyms };
}

/** metric_id prefix → activity id (ids are stable; the prefix is shorter than the activity id). */
const ACTIVITY_OF_PREFIX: Record<string, string> = {
	launch: 'launch',
	study: 'study',
	rectification: 'rectification',
	warning: 'warning_education',
	cloud: 'cloud_class',
	consult: 'consultation_day',
	five: 'five_into',
	drills: 'drills',
	tour: 'campaign_tour',
	report: 'reporting',
	publicity: 'publicity',
	org: 'organization',
	serve: 'serve_people',
	cap: 'capabilities'
};

/**
 * Every metric of DOMAIN.md's table. `synonyms` hold the forms' own clauses (seeds 000/002/003, with the
 * number slot emptied; a participants slot also under its cumulative wording "…（ ）场，参与（ ）人次",
 * which is how a form reader labels the second slot of a clause) and the rewordings we anticipate.
 * Concepts are filed by meaning: 警示教育片 sits under warning_education whatever section a form uses,
 * 演练 under drills.
 */
export const METRICS: Metric[] = [
	// launch
	m('launch.events', 'S', '场次', '启动活动场次', 'Launch events', [
		'以（ ）等形式启动“安全生产月”活动（ ）场次',
		'启动“安全生产月”活动（ ）场次',
		'举办启动仪式（ ）场',
		'启动仪式场次',
		'启动仪式（场）'
	]),
	m('launch.form', 'T', '', '启动形式', 'Form of the launch', ['以（ ）等形式启动', '启动形式', '启动仪式形式']),

	// study
	m('study.group_sessions', 'S', '次', '理论学习中心组学习次数', 'Theory study group sessions', [
		'理论学习中心组学习（ ）次',
		'安排理论学习中心组专题学习（ ）次',
		'理论学习中心组专题学习（ ）次',
		'中心组学习（ ）次',
		'理论学习中心组学习次数'
	]),
	m('study.group_participants', 'P', '人次', '理论学习中心组学习参与人次', 'Theory study group participants', [
		'理论学习中心组学习（ ）次，参与（ ）人次',
		'安排理论学习中心组专题学习（ ）次，参与（ ）人次',
		'理论学习中心组学习参与（ ）人次',
		'中心组学习参与人次'
	]),
	m('study.online_sessions', 'S', '场', '网络课堂培训场次', 'Online class trainings', [
		'开展网络课堂培训（ ）场',
		'开展习近平总书记关于安全生产重要论述网络课堂培训（ ）场',
		'网络课堂培训场次'
	]),
	m('study.online_participants', 'P', '人次', '网络课堂培训参与人次', 'Online class participants', [
		'开展网络课堂培训（ ）场，参与（ ）人次',
		'网络课堂培训参与（ ）人次',
		'网络课堂培训参与人次'
	]),
	m('study.film_watched', 'F', '', '专题学习《生命重于泰山》电视专题片', 'Studied the TV film “Life Weighs More than Mount Tai”', [
		'专题学习《生命重于泰山——学习习近平总书记关于安全生产重要论述》电视专题片 □是□否',
		'专题学习《生命重于泰山》电视专题片',
		'学习生命重于泰山电视专题片'
	]),
	m('study.viewing_sessions', 'S', '场', '组织集中学习观看场次', 'Group viewing sessions', [
		'组织集中学习观看（ ）场',
		'集中学习观看（ ）场',
		'集中观看专题片（ ）场'
	]),
	m('study.viewing_participants', 'P', '人次', '组织集中学习观看参与人次', 'Group viewing participants', [
		'组织集中学习观看（ ）场，参与（ ）人次',
		'集中学习观看参与（ ）人次'
	]),
	m('study.lecture_sessions', 'S', '场', '大讲堂、在线访谈、基层宣讲场次', 'Lectures, interviews and grassroots talks', [
		'开展安全生产“大讲堂”“大家谈”“公开课”“微课堂”和在线访谈、基层宣讲（ ）场',
		'“大讲堂”“大家谈”“公开课”“微课堂”和在线访谈、基层宣讲（ ）场',
		'大讲堂、基层宣讲（ ）场',
		'基层宣讲（ ）场'
	]),
	m('study.lecture_participants', 'P', '人次', '大讲堂、在线访谈、基层宣讲参与人次', 'Lecture and talk participants', [
		'开展安全生产“大讲堂”“大家谈”“公开课”“微课堂”和在线访谈、基层宣讲（ ）场，参与（ ）人次',
		'“大讲堂”“大家谈”“公开课”“微课堂”和在线访谈、基层宣讲（ ）场，参与（ ）人次',
		'基层宣讲参与（ ）人次'
	]),
	m('study.columns', 'M', '个', '报刊、网络等平台开设专栏专题', 'Study columns opened in media', [
		'在报刊、广播、网络、新媒体等平台开设专栏专题（ ）个',
		'开设学习专栏专题（ ）个'
	]),

	// rectification
	m('rectification.columns', 'M', '个', '各类媒体开设专栏专题', 'Rectification columns opened in media', [
		'在各类媒体开设专栏专题（ ）个',
		'在媒体平台开设相关专栏专题（ ）个',
		'开设专栏专题（ ）个'
	]),
	m('rectification.feature_videos', 'M', '部', '工作专题视频', 'Feature videos on good practice', [
		'制作先进典型、经验做法和成果等工作专题视频（ ）部',
		'制作工作专题视频（ ）部',
		'制作专题视频（ ）部'
	]),
	m('rectification.warning_films_made', 'M', '部', '制作典型事故案例剖析警示教育片', 'Warning films produced', [
		'制作典型事故案例剖析警示教育片（ ）部',
		'制作警示教育片（ ）部'
	]),
	m('rectification.media_reports', 'S', '次', '组织媒体报道专项整治进展次数', 'Media reporting on rectification', [
		'组织媒体报道专项整治重点任务进展情况、工作成效等（ ）次',
		'组织媒体报道集中攻坚重点任务进展情况、工作成效等（ ）次',
		'组织各类媒体报道专项整治重点任务进展情况、工作成效（ ）次',
		'组织媒体报道（ ）次'
	]),
	m('rectification.news_articles', 'M', '篇', '专项整治刊发新闻报道', 'News articles on rectification', [
		'刊发新闻报道（ ）篇',
		'组织媒体报道专项整治重点任务进展情况、工作成效等（ ）次，刊发新闻报道（ ）篇',
		'组织媒体报道集中攻坚重点任务进展情况、工作成效等（ ）次，刊发新闻报道（ ）篇'
	]),
	m('rectification.practices_promoted', 'C', '个', '宣传推广经验做法', 'Good practices promoted', [
		'宣传推广经验做法（ ）个',
		'推广经验做法（ ）个'
	]),
	m('rectification.practice_articles', 'M', '篇', '经验做法刊发新闻报道', 'News articles on good practices', [
		'刊发新闻报道（ ）篇',
		'宣传推广经验做法（ ）个，刊发新闻报道（ ）篇'
	]),
	m('rectification.enterprise_events', 'S', '场', '企业“安全红袖章”等活动场次', 'Enterprise campaigns (red armband …)', [
		'企业开展“安全红袖章”“事故隐患大扫除”“争做安全吹哨人”等活动（ ）场',
		'企业开展“安全红袖章”“专项整治纠察员”“事故隐患大扫除”“争做安全吹哨人”等活动（ ）场',
		'安全红袖章、事故隐患大扫除、争做安全吹哨人活动（ ）场'
	]),
	m('rectification.enterprise_participants', 'P', '人次', '企业“安全红袖章”等活动参与人次', 'Enterprise campaign participants', [
		'企业开展“安全红袖章”“事故隐患大扫除”“争做安全吹哨人”等活动（ ）场，参与（ ）人次',
		'安全红袖章、事故隐患大扫除、争做安全吹哨人活动参与（ ）人次'
	]),
	m('rectification.enterprises', 'C', '个', '开展“安全生产啄木鸟”等活动的企业', 'Enterprises running hazard hunts', [
		'（ ）个企业开展“安全生产啄木鸟”“企业风险扫描仪”“隐患排查显微镜”等活动',
		'开展“安全生产啄木鸟”等活动企业（ ）个',
		'开展活动企业数（ ）个'
	]),
	m('rectification.hazards_found', 'H', '个', '排查整治安全风险隐患', 'Risks and hazards found and fixed', [
		'排查整治安全风险隐患（ ）个',
		'（ ）个企业开展“安全生产啄木鸟”“企业风险扫描仪”“隐患排查显微镜”等活动，排查整治安全风险隐患（ ）个',
		'排查整治隐患（ ）个',
		'排查隐患（ ）个',
		'发现隐患（ ）个',
		'排查发现隐患（ ）处',
		'隐患数（ ）个',
		'排查安全风险隐患'
	]),
	m('rectification.community_units', 'C', '个', '开展“查找身边隐患”的社区（村）、物业公司', 'Communities and property firms taking part', [
		'（ ）个社区（村）、物业公司开展“查找身边隐患”“专项整治纠察员”等（ ）场次',
		'（ ）个社区（村）、物业公司开展“查找身边隐患”“专项整治纠察员”等',
		'开展活动社区（村）、物业公司（ ）个'
	]),
	m('rectification.community_events', 'S', '场次', '“查找身边隐患”等活动场次', 'Community hazard-hunt events', [
		'（ ）个社区（村）、物业公司开展“查找身边隐患”“专项整治纠察员”等（ ）场次',
		'社区（村）、物业公司开展“查找身边隐患”“专项整治纠察员”等（ ）场次',
		'查找身边隐患活动（ ）场次'
	]),
	m('rectification.violations_found', 'H', '次', '排查安全违法违规行为', 'Violations found', [
		'排查安全违法违规行为（ ）次',
		'排查违法违规行为（ ）次',
		'查处违法违规行为（ ）次'
	]),
	m('rectification.hazards_reported', 'H', '个', '举报风险隐患', 'Hazards reported by residents', [
		'举报风险隐患（ ）个',
		'排查安全违法违规行为（ ）次，举报风险隐患（ ）个'
	]),

	// warning education
	m('warning.film_sessions', 'S', '场', '组织观看警示教育片场次', 'Warning-film screenings', [
		'组织观看典型事故警示教育片（ ）场',
		'组织观看警示教育片（ ）场',
		'组织观看（ ）场',
		'制作典型事故案例剖析警示教育片（ ）部，组织观看（ ）场',
		'观看事故警示教育片（ ）场',
		'观看警示片（ ）场'
	]),
	m('warning.film_participants', 'P', '人次', '组织观看警示教育片参与人次', 'Warning-film viewers', [
		'组织观看典型事故警示教育片（ ）场，参与（ ）人次',
		'组织观看（ ）场，（ ）人次',
		'组织观看警示教育片参与（ ）人次',
		'观看警示教育片（ ）人次',
		'观看警示片人次'
	]),
	m('warning.exhibition_sessions', 'S', '场', '组织参观警示教育展览场次', 'Warning exhibition visits', [
		'组织参观警示教育展览（ ）场',
		'参观事故警示教育展览（ ）场',
		'参观警示教育展览（ ）场'
	]),
	m('warning.exhibition_participants', 'P', '人次', '组织参观警示教育展览参与人次', 'Warning exhibition visitors', [
		'组织参观警示教育展览（ ）场，参与（ ）人次',
		'参观警示教育展览参与（ ）人次'
	]),
	m('warning.education_sessions', 'S', '场', '开展生产安全事故警示教育场次', 'Accident warning-education sessions', [
		'开展生产安全事故警示教育（ ）场',
		'开展事故警示教育（ ）场',
		'开展警示教育（ ）场'
	]),
	m('warning.education_participants', 'P', '人次', '开展生产安全事故警示教育参与人次', 'Accident warning-education participants', [
		'开展生产安全事故警示教育（ ）场，参与（ ）人次',
		'开展警示教育参与（ ）人次'
	]),

	// cloud class
	m('cloud.participants', 'P', '人次', '参加“安全生产大家谈”云课堂学习人次', 'Cloud-class learners', [
		'组织干部职工、企业员工参加“安全生产大家谈”云课堂学习（ ）人次',
		'参加“安全生产大家谈”云课堂学习（ ）人次',
		'云课堂学习（ ）人次'
	]),
	m('cloud.interviews', 'S', '场', '网络视频访谈场次', 'Online video interviews', [
		'在媒体平台开展网络视频访谈（ ）场',
		'开展网络视频访谈（ ）场',
		'网络视频访谈（ ）场'
	]),
	m('cloud.tutoring_sessions', 'S', '场次', '远程在线辅导场次', 'Remote tutoring sessions', [
		'远程在线辅导（ ）场次',
		'在媒体平台开展网络视频访谈（ ）场，远程在线辅导（ ）场次',
		'在线辅导（ ）场次'
	]),
	m('cloud.live_sessions', 'S', '场', '“公开课”“微课堂”等线上直播活动场次', 'Live-stream classes', [
		'安全生产“公开课”“微课堂”“公益讲座”等线上直播活动（ ）场',
		'“公开课”“微课堂”“公益讲座”等线上直播活动（ ）场',
		'线上直播活动（ ）场'
	]),
	m('cloud.live_participants', 'P', '人次', '线上直播活动参与总人数', 'Live-stream class participants', [
		'安全生产“公开课”“微课堂”“公益讲座”等线上直播活动（ ）场，参与总人数（ ）人次',
		'线上直播活动参与总人数（ ）人次',
		'线上直播参与（ ）人次'
	]),

	// consultation day
	m('consult.events', 'S', '场', '安全宣传咨询活动场次', 'Consultation-day events', [
		'开展安全宣传咨询活动（ ）场',
		'开展安全宣传咨询活动（ ）场次',
		'安全宣传咨询日活动（ ）场次',
		'举办安全宣传咨询活动（ ）场',
		'组织安全宣传咨询活动（ ）场',
		'咨询日活动（ ）场'
	]),
	m('consult.participants', 'P', '人次', '安全宣传咨询活动参与人次', 'Consultation-day participants', [
		'开展安全宣传咨询活动（ ）场，参与（ ）人次',
		'安全宣传咨询活动参与（ ）人次',
		'安全宣传咨询日参与（ ）人次',
		'咨询日参与人数'
	]),
	m('consult.anchor_reports', 'S', '场', '“主播走一线”等专题专访报道活动', '“Anchors on the front line” reports', [
		'邀请主流媒体和网络直播平台开展“主播走一线”等专题专访报道活动（ ）场',
		'邀请电视台开展“记者走一线”等专题专访报道活动（ ）场',
		'“主播走一线”“记者走一线”等专题专访报道活动（ ）场',
		'专题专访报道活动（ ）场'
	]),
	m('consult.online_events', 'S', '场', '创新开展线上活动场次', 'Innovative online events', [
		'创新开展（ ）活动（ ）场',
		'创新开展线上活动（ ）场',
		'开展线上活动（ ）场'
	]),
	m('consult.online_participants', 'P', '人次', '创新开展线上活动参与人次', 'Innovative online event participants', [
		'创新开展（ ）活动（ ）场，参与（ ）人次',
		'创新开展线上活动（ ）场，参与（ ）人次',
		'线上活动参与（ ）人次'
	]),
	m('consult.open_day_events', 'S', '场次', '线上“公众开放日”场次', 'Online open days held', [
		'开展线上“公众开放日”（ ）场次',
		'开展“公众开放日”（ ）场次',
		'公众开放日（ ）场次'
	]),
	m('consult.open_day_participants', 'P', '人次', '线上“公众开放日”参与人次', 'Online open-day participants', [
		'开展线上“公众开放日”（ ）场次，参与（ ）人次',
		'公众开放日参与（ ）人次'
	]),
	m('consult.open_day_joined', 'P', '人次', '组织干部职工、企业员工参与线上“公众开放日”', 'Staff who joined online open days', [
		'组织干部职工、企业员工参与线上“公众开放日”（ ）人次',
		'参与线上“公众开放日”（ ）人次'
	]),
	m('consult.vr_tour_participants', 'P', '人次', '观看安全体验场馆360全景示范展示', '360° venue tour viewers', [
		'观看安全体验场馆360全景示范展示（ ）人次',
		'观看360全景示范展示（ ）人次'
	]),
	m('consult.venue_participants', 'P', '人次', '参与“走进安全体验场馆”', '“Into the safety venue” participants', [
		'参与“走进安全体验场馆”（ ）人次',
		'参与知识竞赛（ ）人次、参与“走进安全体验场馆”（ ）人次',
		'走进安全体验场馆（ ）人次'
	]),
	m('consult.quiz_participants', 'P', '人次', '参与直播答题/安全打榜直播', 'Live quiz participants', [
		'参与安全打榜直播（ ）人次',
		'参与直播答题（ ）人次',
		'参与“6·16我问你答”直播答题（ ）人次',
		'安全打榜直播答题（ ）人次'
	]),
	m('consult.contest_participants', 'P', '人次', '参与网上安全知识竞赛', 'Online knowledge contest participants', [
		'参与全国网上安全知识竞赛（ ）人次',
		'参与知识竞赛（ ）人次',
		'参与“测测你的安全力”知识竞赛（ ）人次',
		'参与网上安全知识竞赛（ ）人次'
	]),
	m('consult.exhibition_participants', 'P', '人次', '参与网上展览', 'Online exhibition visitors', [
		'参与网上展览（ ）人次',
		'参与“回顾安全生产月20年”网上展览（ ）人次',
		'网上展览（ ）人次'
	]),
	m('consult.relay_participants', 'P', '人次', '参与“接力传安全”倡议', '“Relay safety” pledge participants', [
		'参与“接力传安全——我为安全生产倡议”（ ）人次',
		'参与“接力传安全”（ ）人次',
		'接力传安全（ ）人次'
	]),
	m('consult.douyin_videos', 'M', '条', '抖音“我是安全明白人”话题微视频', 'Douyin short videos', [
		'参与抖音“我是安全明白人”话题（ ）条微视频',
		'抖音“我是安全明白人”话题（ ）条微视频',
		'抖音话题微视频（ ）条'
	]),
	m('consult.weibo_posts', 'M', '条', '新浪微博“身边的安全谣言”话题', 'Weibo posts', [
		'参与新浪微博“身边的安全谣言”话题（ ）条',
		'新浪微博“身边的安全谣言”话题（ ）条',
		'微博话题（ ）条'
	]),

	// five into
	...(
		[
			['enterprise', '企业', 'enterprises'],
			['village', '农村', 'villages'],
			['community', '社区', 'communities'],
			['school', '学校', 'schools'],
			['family', '家庭', 'families']
		] as const
	).flatMap(([key, place, en]) => [
		m(`five.${key}_events`, 'S', '场', `安全宣传进${place}活动场次`, `Publicity events in ${en}`, [
			`开展安全宣传进${place}活动（ ）场`,
			`安全宣传进${place}活动（ ）场`,
			`安全宣传进${place}（ ）场次`,
			`进${place}宣传（ ）场次`,
			`宣传进${place}（ ）场`
		]),
		m(`five.${key}_participants`, 'P', '人', `安全宣传进${place}活动参与人数`, `Publicity participants in ${en}`, [
			`开展安全宣传进${place}活动（ ）场，参与（ ）人`,
			`开展安全宣传进${place}活动（ ）场，参与（ ）人次`,
			`安全宣传进${place}参与（ ）人`,
			`进${place}宣传参与人数`
		])
	]),
	m('five.products', 'M', '部', '制作各类安全宣传产品', 'Publicity products made', [
		'制作各类安全宣传产品（ ）部',
		'制作安全宣传产品（ ）部',
		'制作科普知识读本、微课堂、微视频等安全宣传产品（ ）部'
	]),
	m('five.culture_events', 'S', '场', '安全文化示范企业创建活动场次', 'Safety-culture model enterprise events', [
		'开展“安全行为红黑榜”“我是安全培训师”“安全生产特色工作法征集”等安全文化示范企业创建活动（ ）场',
		'安全文化示范企业创建活动（ ）场'
	]),
	m('five.culture_participants', 'P', '人次', '安全文化示范企业创建活动参与人次', 'Safety-culture event participants', [
		'开展“安全行为红黑榜”“我是安全培训师”“安全生产特色工作法征集”等安全文化示范企业创建活动（ ）场，参与（ ）人次',
		'安全文化示范企业创建活动参与（ ）人次'
	]),
	m('five.bases_new', 'C', '个', '新建安全体验基地', 'Experience bases newly built', [
		'新建（ ）个',
		'应急科普宣传教育和安全体验基地建设情况，新建（ ）个',
		'新建安全体验基地（ ）个'
	]),
	m('five.bases_expanded', 'C', '个', '改扩建安全体验基地', 'Experience bases expanded', [
		'改扩建（ ）个',
		'改扩建安全体验基地（ ）个'
	]),
	m('five.bases_planned', 'C', '个', '计划建设安全体验基地', 'Experience bases planned', ['计划（ ）个', '计划建设安全体验基地（ ）个']),
	m('five.bases_other', 'C', '个', '其他安全体验基地', 'Other experience bases', ['其他（ ）个', '其他安全体验基地（ ）个']),
	m('five.platform_used', 'F', '', '使用全国安全宣教和应急科普平台', 'Uses the national publicity and science platform', [
		'使用全国安全宣教和应急科普平台 □是□否',
		'是（）、否（）使用全国安全宣教和应急科普平台',
		'是否使用全国安全宣教和应急科普平台'
	]),

	// drills
	m('drills.events', 'S', '场', '灾害避险逃生、自救互救演练场次', 'Evacuation and self-rescue drills', [
		'开展灾害避险逃生、自救互救演练（ ）场',
		'制作各类安全宣传产品（ ）部，开展灾害避险逃生、自救互救演练（ ）场',
		'开展应急演练（ ）场',
		'应急演练（ ）场次',
		'避险逃生演练（ ）场'
	]),
	m('drills.participants', 'P', '人次', '演练参与人次', 'Drill participants', [
		'开展灾害避险逃生、自救互救演练（ ）场，参与（ ）人次',
		'应急演练参与（ ）人次',
		'演练参与人数'
	]),

	// campaign tour
	m('tour.press_interviews', 'M', '次', '组织记者采访报道', 'Press interviews organized', [
		'组织记者采访报道（ ）次',
		'记者采访报道（ ）次'
	]),
	m('tour.practices_publicized', 'M', '条', '宣传经验做法', 'Good practices publicized', [
		'宣传经验做法（ ）条',
		'组织记者采访报道（ ）次，宣传经验做法（ ）条'
	]),
	m('tour.problems_exposed', 'H', '条', '曝光问题隐患', 'Problems and hazards exposed', [
		'曝光问题隐患（ ）条',
		'曝光问题（ ）条',
		'组织记者采访报道（ ）次，宣传经验做法（ ）条，曝光问题（ ）条',
		'曝光突出问题和重大隐患（ ）条',
		'曝光问题隐患数'
	]),
	m('tour.cases_exposed', 'M', '个', '主流媒体曝光典型案例', 'Typical cases exposed in mainstream media', [
		'主流媒体曝光典型案例（ ）个',
		'市、县两级主流媒体曝光典型案例（ ）个',
		'曝光问题隐患（ ）条，主流媒体曝光典型案例（ ）个',
		'曝光典型案例（ ）个'
	]),
	m('tour.reposts', 'M', '篇', '媒体转发报道', 'Media reposts', [
		'媒体转发报道（ ）篇',
		'主流媒体曝光典型案例（ ）个，媒体转发报道（ ）篇'
	]),
	m('tour.case_count', 'C', '个', '典型案例具体个数', 'Typical cases (count)', ['典型案例具体（ ）个', '典型案例（ ）个']),
	m('tour.case_text', 'T', '', '典型案例具体为', 'Typical cases (text)', ['典型案例具体为（ ）', '典型案例具体为']),
	m('tour.thematic_trips', 'S', '次', '“专题行”次数', 'Thematic tours', [
		'开展“专题行”（ ）次',
		'开展“专题行”（ ）次、“区域行”（ ）次、“网上行”（ ）次',
		'开展“区域行”（ ）次、“专题行”（ ）次、“网上行”（ ）次',
		'专题行（ ）次'
	]),
	m('tour.regional_trips', 'S', '次', '“区域行”次数', 'Regional tours', [
		'开展“区域行”（ ）次',
		'开展“专题行”（ ）次、“区域行”（ ）次、“网上行”（ ）次',
		'开展“区域行”（ ）次、“专题行”（ ）次、“网上行”（ ）次',
		'区域行（ ）次'
	]),
	m('tour.online_trips', 'S', '次', '“网上行”次数', 'Online tours', [
		'开展“网上行”（ ）次',
		'开展“专题行”（ ）次、“区域行”（ ）次、“网上行”（ ）次',
		'开展“区域行”（ ）次、“专题行”（ ）次、“网上行”（ ）次',
		'网上行（ ）次'
	]),
	m('tour.contest_participants', 'P', '人次', '参加安全生产知识网络竞赛', 'Provincial online contest participants', [
		'参加辽宁省安全生产知识网络竞赛（ ）人次',
		'参加安全生产知识网络竞赛（ ）人次',
		'安全生产知识网络竞赛（ ）人次'
	]),

	// reporting
	m('report.received', 'H', '条次', '接收各类举报', 'Tip-offs received', [
		'接收各类举报（ ）条次',
		'社区居民、企业员工举报重大隐患和违法违规行为（ ）条次',
		'举报重大隐患和违法违规行为（ ）条次',
		'接收举报（ ）条',
		'受理举报（ ）件',
		'举报数量'
	]),
	m('report.rewarded', 'C', '人', '举报奖励人数', 'Whistle-blowers rewarded', [
		'奖励（ ）人',
		'接收各类举报（ ）条次，奖励（ ）人',
		'举报奖励（ ）人'
	]),
	m('report.news', 'M', '次', '根据举报线索开展新闻报道', 'News reports from tip-offs', [
		'根据线索开展新闻报道（ ）次',
		'根据举报线索开展新闻报道（ ）次'
	]),

	// publicity
	m('publicity.central_articles', 'M', '篇', '在中央新闻媒体发表安全月稿件', 'Articles in central media', [
		'在中央新闻媒体发表安全月稿件（ ）篇',
		'中央媒体发表稿件（ ）篇',
		'中央级媒体发稿（ ）篇'
	]),
	m('publicity.provincial_articles', 'M', '篇', '在省新闻媒体发表安全月稿件', 'Articles in provincial media', [
		'在省新闻媒体发表安全月稿件（ ）篇',
		'在省级新闻媒体发表安全月稿件（ ）篇',
		'省级媒体发表稿件（ ）篇',
		'省级媒体发稿（ ）篇'
	]),
	m('publicity.local_articles', 'M', '篇', '在市县媒体发表安全月稿件', 'Articles in city and county media', [
		'在市县媒体发表安全月稿件（ ）篇',
		'在市县新闻媒体发表安全月稿件（ ）篇',
		'市县媒体发表稿件（ ）篇',
		'市县级媒体发稿（ ）篇'
	]),
	m('publicity.slogans', 'M', '个', '张贴、悬挂安全标语、横幅、挂图', 'Slogans, banners and posters put up', [
		'在公共场所张贴、悬挂安全标语、横幅、挂图等（ ）个',
		'张贴、悬挂安全标语、横幅、挂图等（ ）个',
		'悬挂横幅标语（ ）条',
		'张贴标语（ ）条',
		'悬挂横幅（ ）条',
		'张贴宣传挂图（ ）张'
	]),
	m('publicity.ads', 'M', '部', '制作播放安全公益广告等安全宣传品', 'Public-service ads made and broadcast', [
		'制作播放安全公益广告等安全宣传品（ ）部',
		'制作播放安全公益广告（ ）部',
		'播放安全公益广告（ ）部'
	]),

	// organization: the seven □是□否 questions of the 2020 form, in order
	m('org.in_annual_plan', 'F', '', '纳入全年安全生产重点工作', 'Included in the annual safety work plan', [
		'是否已将“安全生产月”和“安全生产钢都行”活动纳入全年安全生产重点工作：□是□否',
		'是否已将“安全生产月”和“平安临溟”活动纳入全年安全生产重点工作计划'
	]),
	m('org.mechanism', 'F', '', '建立健全工作机制', 'Working mechanism established', [
		'是否已建立健全党委政府领导、多部门合作、有关方面协同参与的工作机制：□是□否'
	]),
	m('org.roadmap', 'F', '', '制定“路线图”“施工表”', 'Roadmap and schedule drawn up', [
		'是否已制定活动“路线图”“施工表”，明确责任单位、责任人和时间节点：□是□否'
	]),
	m('org.resources', 'F', '', '做好人力、物力和经费保障', 'Staff, material and funds secured', [
		'是否已做好人力、物力和相关经费等保障：□是□否'
	]),
	m('org.hotspots', 'F', '', '与解决热点难点问题相结合', 'Combined with current hot and hard issues', [
		'是否与解决当前安全发展、安全生产中的热点难点问题相结合：□是□否'
	]),
	m('org.integrated', 'F', '', '与疫情防控、复工复产、专项整治等工作相结合', 'Combined with epidemic control, reopening and rectification', [
		'是否与精准落实常态化疫情防控、复工复产安全防范、安全生产专项整治等各项工作相结合：□是□否'
	]),
	m('org.responsibility', 'F', '', '与推动落实安全生产责任相结合', 'Combined with enforcing safety responsibilities', [
		'是否与推动落实各方面安全生产责任相结合，突出重点行业领域，着力解决重难点问题，防止脱离实际、简单化部署，防止搞形式主义、走过场：□是□否'
	]),

	// serve the people
	m('serve.projects', 'C', '个', '“我为群众办实事”实践活动项目', '“Practical things for the people” projects', [
		'“我为群众办实事”实践活动项目（ ）个',
		'我为群众办实事项目（ ）个',
		'办实事项目（ ）个'
	]),

	// six capabilities (free text, ≤200 字)
	...(
		[
			['thinking', '提升思想认识能力', 'Raising awareness'],
			['responsibility', '提升责任落实能力', 'Enforcing responsibility'],
			['risk', '提升风险排查能力', 'Risk screening'],
			['rectification', '提升问题整治能力', 'Fixing problems'],
			['grassroots', '提升基层基础能力', 'Grassroots foundations'],
			['enforcement', '提升执法监管能力', 'Law enforcement and supervision']
		] as const
	).map(([key, zh, en]) => m(`cap.${key}`, 'T', '', zh, `Capability: ${en}`, [zh]))
];
