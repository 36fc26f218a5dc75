/**
 * The schema's metrics by name: id, activity, family, unit and the names in both languages (DOMAIN.md's
 * table) — what the page shows. The forms' wording of each metric, which the matcher reads, is in
 * metrics.ts: apart, so that the page's start does not carry it.
 */
import type { Family, MetricName } from './types';

function n(id: string, family: Family, unit: string, zh: string, en: string): MetricName {
	return { id, activity: ACTIVITY_OF_PREFIX[id.slice(0, id.indexOf('.'))], family, zh, en, unit };
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

/** 安全宣传进企业、农村、社区、学校、家庭: each place has an events and a participants metric (key, place, English). */
export const FIVE_INTO_PLACES = [
	['enterprise', '企业', 'enterprises'],
	['village', '农村', 'villages'],
	['community', '社区', 'communities'],
	['school', '学校', 'schools'],
	['family', '家庭', 'families']
] as const;

/** The six capabilities (free text, ≤200 字): key, name, English. */
export const CAPABILITIES = [
	['thinking', '提升思想认识能力', 'Raising awareness'],
	['responsibility', '提升责任落实能力', 'Enforcing responsibility'],
	['risk', '提升风险排查能力', 'Risk screening'],
	['rectification', '提升问题整治能力', 'Fixing problems'],
	['grassroots', '提升基层基础能力', 'Grassroots foundations'],
	['enforcement', '提升执法监管能力', 'Law enforcement and supervision']
] as const;

export const METRIC_NAMES: MetricName[] = [
	// launch
	n('launch.events', 'S', '场次', '启动活动场次', 'Launch events'),
	n('launch.form', 'T', '', '启动形式', 'Form of the launch'),

	// study
	n('study.group_sessions', 'S', '次', '理论学习中心组学习次数', 'Theory study group sessions'),
	n('study.group_participants', 'P', '人次', '理论学习中心组学习参与人次', 'Theory study group participants'),
	n('study.online_sessions', 'S', '场', '网络课堂培训场次', 'Online class trainings'),
	n('study.online_participants', 'P', '人次', '网络课堂培训参与人次', 'Online class participants'),
	n('study.film_watched', 'F', '', '专题学习《生命重于泰山》电视专题片', 'Studied the TV film “Life Weighs More than Mount Tai”'),
	n('study.viewing_sessions', 'S', '场', '组织集中学习观看场次', 'Group viewing sessions'),
	n('study.viewing_participants', 'P', '人次', '组织集中学习观看参与人次', 'Group viewing participants'),
	n('study.lecture_sessions', 'S', '场', '大讲堂、在线访谈、基层宣讲场次', 'Lectures, interviews and grassroots talks'),
	n('study.lecture_participants', 'P', '人次', '大讲堂、在线访谈、基层宣讲参与人次', 'Lecture and talk participants'),
	n('study.columns', 'M', '个', '报刊、网络等平台开设专栏专题', 'Study columns opened in media'),

	// rectification
	n('rectification.columns', 'M', '个', '各类媒体开设专栏专题', 'Rectification columns opened in media'),
	n('rectification.feature_videos', 'M', '部', '工作专题视频', 'Feature videos on good practice'),
	n('rectification.warning_films_made', 'M', '部', '制作典型事故案例剖析警示教育片', 'Warning films produced'),
	n('rectification.media_reports', 'S', '次', '组织媒体报道专项整治进展次数', 'Media reporting on rectification'),
	n('rectification.news_articles', 'M', '篇', '专项整治刊发新闻报道', 'News articles on rectification'),
	n('rectification.practices_promoted', 'C', '个', '宣传推广经验做法', 'Good practices promoted'),
	n('rectification.practice_articles', 'M', '篇', '经验做法刊发新闻报道', 'News articles on good practices'),
	n('rectification.enterprise_events', 'S', '场', '企业“安全红袖章”等活动场次', 'Enterprise campaigns (red armband …)'),
	n('rectification.enterprise_participants', 'P', '人次', '企业“安全红袖章”等活动参与人次', 'Enterprise campaign participants'),
	n('rectification.enterprises', 'C', '个', '开展“安全生产啄木鸟”等活动的企业', 'Enterprises running hazard hunts'),
	n('rectification.hazards_found', 'H', '个', '排查整治安全风险隐患', 'Risks and hazards found and fixed'),
	n('rectification.community_units', 'C', '个', '开展“查找身边隐患”的社区（村）、物业公司', 'Communities and property firms taking part'),
	n('rectification.community_events', 'S', '场次', '“查找身边隐患”等活动场次', 'Community hazard-hunt events'),
	n('rectification.violations_found', 'H', '次', '排查安全违法违规行为', 'Violations found'),
	n('rectification.hazards_reported', 'H', '个', '举报风险隐患', 'Hazards reported by residents'),

	// warning education
	n('warning.film_sessions', 'S', '场', '组织观看警示教育片场次', 'Warning-film screenings'),
	n('warning.film_participants', 'P', '人次', '组织观看警示教育片参与人次', 'Warning-film viewers'),
	n('warning.exhibition_sessions', 'S', '场', '组织参观警示教育展览场次', 'Warning exhibition visits'),
	n('warning.exhibition_participants', 'P', '人次', '组织参观警示教育展览参与人次', 'Warning exhibition visitors'),
	n('warning.education_sessions', 'S', '场', '开展生产安全事故警示教育场次', 'Accident warning-education sessions'),
	n('warning.education_participants', 'P', '人次', '开展生产安全事故警示教育参与人次', 'Accident warning-education participants'),

	// cloud class
	n('cloud.participants', 'P', '人次', '参加“安全生产大家谈”云课堂学习人次', 'Cloud-class learners'),
	n('cloud.interviews', 'S', '场', '网络视频访谈场次', 'Online video interviews'),
	n('cloud.tutoring_sessions', 'S', '场次', '远程在线辅导场次', 'Remote tutoring sessions'),
	n('cloud.live_sessions', 'S', '场', '“公开课”“微课堂”等线上直播活动场次', 'Live-stream classes'),
	n('cloud.live_participants', 'P', '人次', '线上直播活动参与总人数', 'Live-stream class participants'),

	// consultation day
	n('consult.events', 'S', '场', '安全宣传咨询活动场次', 'Consultation-day events'),
	n('consult.participants', 'P', '人次', '安全宣传咨询活动参与人次', 'Consultation-day participants'),
	n('consult.anchor_reports', 'S', '场', '“主播走一线”等专题专访报道活动', '“Anchors on the front line” reports'),
	n('consult.online_events', 'S', '场', '创新开展线上活动场次', 'Innovative online events'),
	n('consult.online_participants', 'P', '人次', '创新开展线上活动参与人次', 'Innovative online event participants'),
	n('consult.open_day_events', 'S', '场次', '线上“公众开放日”场次', 'Online open days held'),
	n('consult.open_day_participants', 'P', '人次', '线上“公众开放日”参与人次', 'Online open-day participants'),
	n('consult.open_day_joined', 'P', '人次', '组织干部职工、企业员工参与线上“公众开放日”', 'Staff who joined online open days'),
	n('consult.vr_tour_participants', 'P', '人次', '观看安全体验场馆360全景示范展示', '360° venue tour viewers'),
	n('consult.venue_participants', 'P', '人次', '参与“走进安全体验场馆”', '“Into the safety venue” participants'),
	n('consult.quiz_participants', 'P', '人次', '参与直播答题/安全打榜直播', 'Live quiz participants'),
	n('consult.contest_participants', 'P', '人次', '参与网上安全知识竞赛', 'Online knowledge contest participants'),
	n('consult.exhibition_participants', 'P', '人次', '参与网上展览', 'Online exhibition visitors'),
	n('consult.relay_participants', 'P', '人次', '参与“接力传安全”倡议', '“Relay safety” pledge participants'),
	n('consult.douyin_videos', 'M', '条', '抖音“我是安全明白人”话题微视频', 'Douyin short videos'),
	n('consult.weibo_posts', 'M', '条', '新浪微博“身边的安全谣言”话题', 'Weibo posts'),

	// five into
	...FIVE_INTO_PLACES.flatMap(([key, place, en]) => [
		n(`five.${key}_events`, 'S', '场', `安全宣传进${place}活动场次`, `Publicity events in ${en}`),
		n(`five.${key}_participants`, 'P', '人', `安全宣传进${place}活动参与人数`, `Publicity participants in ${en}`)
	]),
	n('five.products', 'M', '部', '制作各类安全宣传产品', 'Publicity products made'),
	n('five.culture_events', 'S', '场', '安全文化示范企业创建活动场次', 'Safety-culture model enterprise events'),
	n('five.culture_participants', 'P', '人次', '安全文化示范企业创建活动参与人次', 'Safety-culture event participants'),
	n('five.bases_new', 'C', '个', '新建安全体验基地', 'Experience bases newly built'),
	n('five.bases_expanded', 'C', '个', '改扩建安全体验基地', 'Experience bases expanded'),
	n('five.bases_planned', 'C', '个', '计划建设安全体验基地', 'Experience bases planned'),
	n('five.bases_other', 'C', '个', '其他安全体验基地', 'Other experience bases'),
	n('five.platform_used', 'F', '', '使用全国安全宣教和应急科普平台', 'Uses the national publicity and science platform'),

	// drills
	n('drills.events', 'S', '场', '灾害避险逃生、自救互救演练场次', 'Evacuation and self-rescue drills'),
	n('drills.participants', 'P', '人次', '演练参与人次', 'Drill participants'),

	// campaign tour
	n('tour.press_interviews', 'M', '次', '组织记者采访报道', 'Press interviews organized'),
	n('tour.practices_publicized', 'M', '条', '宣传经验做法', 'Good practices publicized'),
	n('tour.problems_exposed', 'H', '条', '曝光问题隐患', 'Problems and hazards exposed'),
	n('tour.cases_exposed', 'M', '个', '主流媒体曝光典型案例', 'Typical cases exposed in mainstream media'),
	n('tour.reposts', 'M', '篇', '媒体转发报道', 'Media reposts'),
	n('tour.case_count', 'C', '个', '典型案例具体个数', 'Typical cases (count)'),
	n('tour.case_text', 'T', '', '典型案例具体为', 'Typical cases (text)'),
	n('tour.thematic_trips', 'S', '次', '“专题行”次数', 'Thematic tours'),
	n('tour.regional_trips', 'S', '次', '“区域行”次数', 'Regional tours'),
	n('tour.online_trips', 'S', '次', '“网上行”次数', 'Online tours'),
	n('tour.contest_participants', 'P', '人次', '参加安全生产知识网络竞赛', 'Provincial online contest participants'),

	// reporting
	n('report.received', 'H', '条次', '接收各类举报', 'Tip-offs received'),
	n('report.rewarded', 'C', '人', '举报奖励人数', 'Whistle-blowers rewarded'),
	n('report.news', 'M', '次', '根据举报线索开展新闻报道', 'News reports from tip-offs'),

	// publicity
	n('publicity.central_articles', 'M', '篇', '在中央新闻媒体发表安全月稿件', 'Articles in central media'),
	n('publicity.provincial_articles', 'M', '篇', '在省新闻媒体发表安全月稿件', 'Articles in provincial media'),
	n('publicity.local_articles', 'M', '篇', '在市县媒体发表安全月稿件', 'Articles in city and county media'),
	n('publicity.slogans', 'M', '个', '张贴、悬挂安全标语、横幅、挂图', 'Slogans, banners and posters put up'),
	n('publicity.ads', 'M', '部', '制作播放安全公益广告等安全宣传品', 'Public-service ads made and broadcast'),

	// organization: the seven □是□否 questions of the 2020 form, in order
	n('org.in_annual_plan', 'F', '', '纳入全年安全生产重点工作', 'Included in the annual safety work plan'),
	n('org.mechanism', 'F', '', '建立健全工作机制', 'Working mechanism established'),
	n('org.roadmap', 'F', '', '制定“路线图”“施工表”', 'Roadmap and schedule drawn up'),
	n('org.resources', 'F', '', '做好人力、物力和经费保障', 'Staff, material and funds secured'),
	n('org.hotspots', 'F', '', '与解决热点难点问题相结合', 'Combined with current hot and hard issues'),
	n('org.integrated', 'F', '', '与疫情防控、复工复产、专项整治等工作相结合', 'Combined with epidemic control, reopening and rectification'),
	n('org.responsibility', 'F', '', '与推动落实安全生产责任相结合', 'Combined with enforcing safety responsibilities'),

	// serve the people
	n('serve.projects', 'C', '个', '“我为群众办实事”实践活动项目', '“Practical things for the people” projects'),

	// six capabilities (free text, ≤200 字)
	...CAPABILITIES.map(([key, zh, en]) => n(`cap.${key}`, 'T', '', zh, `Capability: ${en}`))
];
