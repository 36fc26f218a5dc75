/**
 * The matcher's lexicon of label PARTS (a data table): words that mean the same thing in a
 * statistics label are folded to one spelling before labels are compared, and the qualifiers that
 * tell sibling metrics apart are listed per dimension. It is a lexicon of parts — verbs, objects,
 * levels, places — never of whole labels: a new wording is understood when its parts are.
 *
 * Rules apply in order to text already through canonLabel (NFKC, no spaces or quotes, 参加 → 参与).
 */

/** Rewrites to one spelling per meaning: [pattern, canonical]. */
export const FOLDS: [RegExp, string][] = [
	// Taking part: a compound verb is 参与 plus its object (参演 = 参与演练, 参训 = 参与培训); a bare
	// 覆盖/受众 count reached people as 参与 does.
	[/参演/g, '参与演练'],
	[/参训|受训/g, '参与培训'],
	[/参赛/g, '参与竞赛'],
	[/参学/g, '参与学习'],
	[/受教育|受教/g, '参与教育'],
	[/参会/g, '参与会议'],
	[/覆盖|受众/g, '参与'],
	// Listening to a talk (听讲, 听课, 听宣讲) is taking part in one; the audience of a talk or a show
	// (听众, 观众, 到场) took part in it.
	[/听宣讲|听讲|听课/g, '参与宣讲'],
	[/听众|观众|到场|现场参与/g, '参与'],
	// A meeting that studies (党组会专题学习, 村“两委”会议传达学习) is the leading group's study: 中心组专题学习.
	[/(?:(?:党组|党委|支委|党支部|班子)会|会议)(?:上)?(?:专题|集中)?(?:传达)?学习/g, '中心组专题学习'],
	// Holding: the verb of a sessions slot.
	[/组织开展|组织举办|举办|举行|召开|开展了/g, '开展'],
	// Staff, material and funds: 人财物 is the three of them, 财力 is funds.
	[/人财物|人员[、,]?物资[、,和及]*经费/g, '人力物力经费'],
	[/财力/g, '经费'],
	// Watching: every verb of it is 观看 (观影 watches a film).
	[/观影/g, '观看影片'],
	[/收看|观摩学习/g, '观看'],
	// Making a film or video: 拍摄, 摄制, 录制 are 制作.
	[/拍摄制作|摄制|拍摄|录制|拍制/g, '制作'],
	// A public-service film (公益宣传片, 公益短片) is a 公益广告.
	[/公益(?:宣传)?(?:短)?片/g, '公益广告'],
	// A 警示片 is a 警示教育片 (written short).
	[/警示片/g, '警示教育片'],
	// Reposting: 转载, 转引, 转播 are 转发.
	[/转载|转引|转播/g, '转发'],
	// Using a platform: 应用, 运用, 利用 are 使用.
	[/应用|运用|利用/g, '使用'],
	// Training online (线上培训, 网络培训, 在线培训) is the 网络课堂's training.
	[/(?:线上|网上|网络|在线|云上)(?:学习)?培训/g, '网络课堂培训'],
	// The campaign's own name (安全生产月, 安全月) is every count's: it names none (安全生产月活动场次 is no launch).
	[/安全(?:生产)?月/g, ''],
	// The year's work: 年度 or 本年 before 重点工作/工作计划 is 全年 (纳入年度重点工作 = 纳入全年重点工作).
	[/(?:年度|本年度?)(?=(?:安全生产|安全)?(?:重点)?工作)/g, '全年'],
	// Short names: 网课 is 网络课堂, a 体验馆 an 体验场馆 — as is a hall of popular science (应急科普馆, 安全教育馆).
	[/体验馆|(?<!警示)(?:应急|安全)?(?:科普|教育)(?:场)?馆/g, '体验场馆'],
	// A virtual tour: VR, 360° or 全景 are the schema's 360全景.
	[/(?:VR|vr)?(?:360[°度]?)?全景|VR|vr/g, '360全景'],
	// What publicity makes: 宣传作品 are 宣传产品.
	[/宣传作品/g, '宣传产品'],
	// A base for safety education (宣教基地, 科普教育基地) is an 体验基地 of the schema (a 警示教育基地 is shown, not built).
	[/(?<!警示)(?:安全)?(?:宣传教育|宣教|科普教育|科普|教育|体验教育)基地/g, '安全体验基地'],
	[/网课/g, '网络课堂'],
	// Building what is planned: 拟建, 筹建, 规划建设 are 计划建设.
	[/(?:拟|计划|规划|筹)新?建(?:设)?/g, '计划建设'],
	// Drills (推演 is a tabletop drill).
	[/演习|推演/g, '演练'],
	// Places of the 五进 campaign, and who stands for them.
	[/校园|中小学校?|幼儿园|中小学|(?<![中高集])(?:小学|中学)(?!习)(?:校)?/g, '学校'],
	// Going to a place (到村小学, 走进社区, 深入企业) is going into it: 进学校, 进社区, 进企业.
	[/(?:走进|深入|进入|到)(?:本|村|镇|乡|辖区|各)?(?=学校|社区|企业|农村|家庭)/g, '进'],
	// Into the classroom is into the school (进课堂; 云课堂 and 微课堂 are classes, not places).
	[/进课堂|[进入]校(?![园长])/g, '进学校'],
	// Colleges are schools; a workshop or team (车间, 班组) is an enterprise's; 入企 is 进企业.
	[/高等院校|高校|职业院校|院校/g, '学校'],
	[/入企(?!业)/g, '进企业'],
	[/车间|班组/g, '企业'],
	[/自然村|村组|村屯|村寨/g, '农村'],
	[/厂矿|工矿企业|生产经营单位|工厂|厂企|园区企业/g, '企业'],
	[/乡村|行政村|进村(?!民)|村民|村居/g, '农村'],
	[/居民小区|小区/g, '社区'],
	// A property company (物业服务企业) is a community's, not an enterprise of 五进.
	[/物业(?:服务)?(?:企业|公司)/g, '物业公司'],
	[/入户|家户|进万家/g, '进家庭'],
	// Going to the countryside: 下乡 is 进农村.
	[/下乡/g, '进农村'],
	// Online: 网上 and 云上 are 线上; so are 网络 and 在线 before what is done online (在线视频访谈 = 网络视频访谈).
	[/网上|云上/g, '线上'],
	// (A 网络直播平台 is a platform invited to report, not a broadcast held: it stays 直播平台.)
	[/(?:网络|在线)(?=视频|访谈|辅导|答题)/g, '线上'],
	[/网络直播平台/g, '直播平台'],
	// Exhibitions (警示展 = 警示教育展览); 开展/发展/进展 are not.
	// 展板/展位/展台/展架 are boards and stands, 展播/展演 screenings and shows: none is an exhibition.
	[/(?<![开发进拓])展(?![览示开现板位台架牌播演])/g, '展览'],
	// Signage: a 条幅 is a banner, a 海报 or 宣传画 a poster.
	[/条幅/g, '横幅'],
	[/海报|宣传画/g, '挂图'],
	// Articles in the news media.
	// What kind of outlet (官方, 融媒体中心, 报, 台) says nothing of which count: 媒体 (央视 is the centre's).
	// (央媒 inside 中央媒体 is the word itself.)
	[/(?<!中)央媒体?|央级媒体|央视/g, '中央媒体'],
	[/央级/g, '中央'],
	// 中省媒体 (Shaanxi's 中省市) are two levels.
	[/中省/g, '中央省'],
	[/(?:新闻|主流|官方)?融媒体(?:中心)?|官方媒体/g, '媒体'],
	// 主流 after a level (省级主流媒体) is the level's media; alone it words the tour's cases (主流媒体曝光典型案例).
	[/(中央|省级?|[市县区州]级?)主流(?=媒体)/g, '$1'],
	[/(中央|省|[市县区州])(级)?(?:广播电视台|电视台|广播电台|电台|日报|报社|报纸|报|台)(?![道送告名表刊账])/g, '$1$2媒体'],
	[/(?:发表|刊发|刊登|刊载|刊播|播发|发布|采用)(?:新闻)?(?:稿件|文章|稿)|发稿|刊稿|用稿|发文|(?:刊发|刊登|刊载)(?=$|\(|#)/g, '发表稿件'],
	[/稿件数?量?/g, '稿件'],
	// Levels of media.
	[/中央级|国家级|中央各级/g, '中央'],
	[/省级|省直|省属/g, '省'],
	// An administrative level written with its equivalents in brackets (市（州）, 县（市、区）) is that level.
	[/([市县])\((?:[市县区州地盟旗]、?)+\)/g, '$1'],
	[/市、?县(?:两级|级)?|县、?市(?:两级|级)?|县区级?|县\(市、?区\)|县\(区\)|市州级?|地市级?|市县区/g, '市县'],
	[/(?<![市县区省])(?:市|县|区|州)(?:级|一级)?(?=(?:新闻|主流|官方|融)*媒体|报|电视|广播|融媒)|(?<![市县区省])(?:市|县|区|州)级(?=$|\(|#)/g, '市县'],
	// Tip-offs. Reporting hazards alone (居民举报隐患) is the rectification campaign's 举报风险隐患; hazards and
	// violations together (举报隐患和违法行为) are the tip-offs received.
	[/举报(?:风险|安全|重大)?隐患(?![和及与、或])/g, '举报风险隐患'],
	[/投诉举报|举报投诉|爆料/g, '举报'],
	// Violations however they are named (违规行为, 违法行为, 违章行为, 违法违章) are the schema's 违法违规行为.
	[/(?:违法|违规|违章)+(?=行为)/g, '违法违规'],
	[/举报电话|12350热线|12350/g, '举报']
];

/**
 * English headers: the words of the schema's parts, so that an English or mixed header is read as its
 * Chinese would be (Articles (central media) → 稿件(中央媒体)). Applied before spaces are dropped.
 */
export const ENGLISH: [RegExp, string][] = [
	[/\b(?:number|no\.?|count|total) of\b/gi, ''],
	[/\b(?:persons?|people|whistle-?blowers?) rewarded\b|\brewarded (?:persons?|people|whistle-?blowers?)\b/gi, '奖励人数'],
	[/\bdrills?\b/gi, '演练'],
	[/\b(?:sessions?|events?|activities)\b/gi, '场次'],
	[/\b(?:participants?|attendees?|people|persons?|visitors?|viewers?|learners?)\b/gi, '参与人次'],
	[/\b(?:articles?|news items?|stories)\b/gi, '稿件'],
	[/\bcentral\b|\bnational\b/gi, '中央'],
	[/\bprovincial\b|\bprovince\b/gi, '省级'],
	[/\b(?:city|county|municipal|local)(?:\s*(?:and|\/|&)\s*(?:city|county))?\b/gi, '市县'],
	[/\b(?:hazards?|risks?)\b/gi, '隐患'],
	[/\b(?:found|identified|detected)\b/gi, '排查发现'],
	[/\b(?:fixed|rectified|resolved)\b/gi, '整改'],
	[/\b(?:news|media) (?:reports?|coverage)\b/gi, '新闻报道'],
	[/\bmedia\b/gi, '媒体'],
	[/\btip-?offs?\b|\bwhistle-?blow(?:ing|ers?)?\b|\bpublic reports?\b|\breports? received\b/gi, '举报'],
	[/\breceived\b/gi, '接收'],
	[/\brewarded\b|\brewards?\b/gi, '奖励'],
	[/\bconsultation(?: day)?\b/gi, '咨询日'],
	// The places of 五进, and going into them (Into schools = 进学校; five-into = 五进).
	[/\bfive[\s-]*(?:into|entr(?:y|ies)|in)\b/gi, '五进'],
	[/\b(?:into|entering|going into)\b(?:\s+the)?/gi, '进'],
	[/\b(?:campus(?:es)?|schools?)\b/gi, '学校'],
	[/\b(?:enterprises?|compan(?:y|ies)|factor(?:y|ies))\b/gi, '企业'],
	[/\b(?:villages?|rural(?: areas?)?)\b/gi, '农村'],
	[/\bcommunit(?:y|ies)\b/gi, '社区'],
	[/\b(?:famil(?:y|ies)|households?|homes?)\b/gi, '家庭'],
	[/\bexhibitions?\b/gi, '展览'],
	[/\b(?:warning )?films?\b/gi, '警示片'],
	[/\bonline\b/gi, '线上'],
	[/\bslogans?\b|\bbanners?\b/gi, '横幅'],
	[/\b(?:screenings?|showings?)\b/gi, '放映场次'],
	[/\bpublic[\s-]*service\s+(?:ads?|advertisements?|announcements?)\b/gi, '公益广告'],
	[/\blaunch(?:ing)?\s+(?:ceremon(?:y|ies)|events?)\b/gi, '启动仪式'],
	// What is left of warning education once its films and exhibitions are read (Warning exhibition → 警示教育展览).
	[/\bwarning(?:\s+education)?\b/gi, '警示教育']
];

/** An English header's words in Chinese (a label with no Latin letter is returned as it is). */
export function foldEnglish(label: string): string {
	if (!/[a-z]/i.test(label)) return label;
	let s = label;
	for (const [re, to] of ENGLISH) s = s.replace(re, to);
	return s;
}

/** Folds a canonical label to its parts' canonical spellings. */
export function foldParts(canon: string): string {
	let s = folded.get(canon);
	if (s !== undefined) return s;
	s = canon;
	for (const [re, to] of FOLDS) s = s.replace(re, to);
	// A label is folded several times while it is matched (its measure, parts, activity): remember a few.
	if (folded.size > 4096) folded.clear();
	folded.set(canon, s);
	return s;
}
const folded = new Map<string, string>();

/** Remembers folds computed before: the schema's phrasings, folded by the CLI's build (folds.ts). */
export function rememberFolds(pairs: [string, string][]): void {
	for (const [canon, s] of pairs) folded.set(canon, s);
}

/** The dimensions on which sibling metrics differ, each value with the words that state it. */
export type Dimension = 'level' | 'actor' | 'channel' | 'medium' | 'stage' | 'place' | 'platform' | 'scope';

export const QUALIFIER_WORDS: Record<Dimension, [string, RegExp][]> = {
	level: [
		['central', /中央/],
		['province', /省/],
		['local', /市县/],
		// 地方 media is any level below the centre, 省级以上 or 各级 a range: none agrees with a single level.
		['regional', /地方|基层/],
		['range', /以上|以下|各级|多级/]
	],
	actor: [
		['reward', /奖励|奖金|兑现|获奖/],
		['news', /新闻|报道|见报/],
		// 居民反映身边隐患: what the public brings in is a tip-off however it is worded.
		['tipoff', /举报|线索|反映/]
	],
	channel: [
		// 网民, 网友: people who stand for the online channel, as 居民 do for a community.
		['online', /线上|网上|网络|在线|云|直播|网民|网友/],
		['offline', /线下|现场|实地/]
	],
	// What a warning-education session shows: a film, an exhibition, or neither (a talk, a meeting).
	medium: [
		// (A 专题片 is a study film, 《生命重于泰山》, not a warning film.)
		// Showing (播放) is a screening, save an ad or a scrolling screen's slogans.
		['film', /警示片|教育片|影片|放映|观看|观影|(?<!滚动)播放(?!公益|广告|标语)/],
		['exhibition', /展览|展馆|参观/],
		// Warning education that names neither a film nor an exhibition: a talk, a meeting, a class.
		['talk', /(?<!受|接受)警示教育(?!片|展览|基地)|宣讲|讲座|报告会/]
	],
	// Hazards found (排查、发现) are not hazards fixed (已整改): a label saying only 整改 counts the latter.
	stage: [
		['found', /排查|发现|查出|查找|摸排|检查/],
		['fixed', /整改|销号|消除/]
	],
	// The platform a post or video went out on: the schema counts only its Douyin and Weibo topics.
	platform: [
		['douyin', /抖音/],
		['weibo', /微博/],
		['other', /快手|微信|公众号|视频号|头条|B站|哔哩|小红书|西瓜视频|百家号|企鹅号|网易号|QQ/i]
	],
	// Whose contest: the national online one (全国网上安全知识竞赛) is the consultation day's, a province's the tour's.
	scope: [
		['national', /全国|国家级/],
		['province', /省(?!级以上)/]
	],
	// A place, or the people who stand for it (居民 live in a community, 师生 are a school's).
	place: [
		// 教职工 are a school's staff, not an enterprise's.
		['enterprise', /企业|(?<!教)职工|(?<!教职)员工|工人/],
		['village', /农村|农民/],
		['community', /社区|居民/],
		['school', /学校|师生|学生|教师|老师|教职/],
		['family', /家庭|家长|住户/]
	]
};

/**
 * Values a label's own words can state that only metrics defined by them can mean: a reward is never a
 * count of participants (竞赛获奖（人）), a tip-off never a hazard found (居民举报隐患数), hazards fixed never
 * a count of problems found or exposed (问题整改（条）), a post on a platform the schema does not count (快手,
 * 微信) never one of its own counts. A metric without that dimension conflicts with such a label — unless
 * its own phrasings state the word.
 */
export const EXCLUSIVE_VALUES: Partial<Record<Dimension, string[]>> = { actor: ['reward', 'tipoff'], stage: ['fixed'], platform: ['other'] };

/**
 * Where an actor is several at once, one is the metric's: 根据举报线索开展新闻报道 counts news reports,
 * 举报奖励 counts rewards. The first value found in this order is the label's actor.
 */
export const ACTOR_PRECEDENCE = ['reward', 'news', 'tipoff'];

/** 排查整改隐患 counts what was found (and fixed): found comes first. */
export const STAGE_PRECEDENCE = ['found', 'fixed'];

/** 观看警示教育片 is a film whatever else it says: a named film or exhibition outranks the generic talk. */
export const MEDIUM_PRECEDENCE = ['film', 'exhibition', 'talk'];

/**
 * Things a label can count that the schema never does — handing out (发放资料), sending out staff or
 * vehicles (出动), answering questions (解答咨询), inspecting units (检查企业), what happens to a case after it is received (查实,
 * 办结, 处罚), watching a drill from the side (观摩), plans and exams. A label stating one is never
 * summed into a metric whose own phrasings do not state it too (提升执法监管能力 is a metric); it stays
 * unmapped with its suggestions.
 */
export const OUTSIDE_SCHEMA: [string, RegExp][] = [
	['handing out', /发放|分发|派发|赠送|赠发|印发|发送/],
	['sending out', /出动|派出|抽调|派遣/],
	['answering', /解答|答疑|(?:接受|接待|受理)(?:群众)?咨询/],
	['case handling', /查实|核实|核查|属实|办结|结案|立案|处罚|罚款|罚没|约谈|问责|停产|取缔|关闭|转办|交办|移交|移送|督办|回复|反馈/],
	['watching a drill', /观摩|旁观/],
	['inspecting', /执法|督查|督导|检查(?!发现|出)|(?:排查|巡查)(?:企业|单位|场所|门店)/],
	['plans and exams', /预案|脚本|考核|考试|合格|持证|评估|评审|验收/]
];

/** Metrics that have siblings differing by a qualifier, and their value (none listed: no qualifier). */
export const METRIC_QUALIFIERS: Record<string, Partial<Record<Dimension, string>>> = {
	'publicity.central_articles': { level: 'central' },
	'publicity.provincial_articles': { level: 'province' },
	'publicity.local_articles': { level: 'local' },
	'consult.events': { channel: 'offline' },
	'consult.participants': { channel: 'offline' },
	'consult.online_events': { channel: 'online' },
	'consult.online_participants': { channel: 'online' },
	'warning.film_sessions': { medium: 'film' },
	'warning.film_participants': { medium: 'film' },
	// Warning exhibitions are visited on site: 网上展览 is the consultation day's online exhibition.
	'warning.exhibition_sessions': { medium: 'exhibition', channel: 'offline' },
	'warning.exhibition_participants': { medium: 'exhibition', channel: 'offline' },
	// No label states 'talk': a label naming a film or an exhibition is never an education session.
	'warning.education_sessions': { medium: 'talk' },
	'warning.education_participants': { medium: 'talk' },
	'consult.contest_participants': { scope: 'national' },
	'tour.contest_participants': { scope: 'province' },
	'rectification.hazards_found': { stage: 'found' },
	'rectification.violations_found': { stage: 'found' },
	'consult.douyin_videos': { platform: 'douyin' },
	'consult.weibo_posts': { platform: 'weibo' },
	'report.received': { actor: 'tipoff' },
	'report.news': { actor: 'news' },
	'report.rewarded': { actor: 'reward' },
	'rectification.hazards_reported': { actor: 'tipoff' },
	'rectification.enterprise_events': { place: 'enterprise' },
	'rectification.enterprise_participants': { place: 'enterprise' },
	'rectification.enterprises': { place: 'enterprise' },
	'rectification.community_units': { place: 'community' },
	'rectification.community_events': { place: 'community' },
	...Object.fromEntries(
		(['enterprise', 'village', 'community', 'school', 'family'] as const).flatMap((p) => [
			[`five.${p}_events`, { place: p }],
			[`five.${p}_participants`, { place: p }]
		])
	)
};

/** Action classes: what the label's verb says is counted. */
export type Action = 'join' | 'hold' | 'watch' | 'make' | 'publish' | 'find' | 'expose' | 'report';

export const ACTION_WORDS: [Action, RegExp][] = [
	['join', /参与|人数|人员|群众|职工|学生/],
	['watch', /观看|收看|观摩|参观/],
	['expose', /曝光/],
	['report', /举报/],
	['find', /排查|发现|整改|整治|查处/],
	['publish', /发表|刊发|报道|转发|专栏|稿件/],
	['make', /制作|拍摄|摄制|张贴|悬挂|播放/],
	['hold', /开展|组织|场次|活动/]
];
