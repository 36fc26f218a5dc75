/**
 * The column wording of the third set's summary and long tables, per issuer: a header path (group → leaf) and the
 * metric it means by DOMAIN.md, or '' for a column the schema has no metric for (its values must stay unmapped).
 */
export interface Col {
	path: string[];
	metric: string;
}
const c = (metric: string, ...path: string[]): Col => ({ path, metric });

/** 开发区管委会: 园区企业. Three levels where a theme groups activities. */
export const DEV: Col[] = [
	c('launch.events', '启动仪式（场）'),
	c('consult.events', '宣传教育', '安全宣传咨询日', '活动场次'),
	c('consult.participants', '宣传教育', '安全宣传咨询日', '参与人次'),
	c('warning.film_sessions', '宣传教育', '警示教育', '观看警示片场次'),
	c('warning.film_participants', '宣传教育', '警示教育', '观看人次'),
	c('five.enterprise_events', '宣传教育', '进企业宣传', '场次'),
	c('five.enterprise_participants', '宣传教育', '进企业宣传', '人数'),
	c('rectification.enterprises', '隐患治理', '隐患排查', '开展活动企业（家）'),
	c('rectification.hazards_found', '隐患治理', '隐患排查', '排查隐患（项）'),
	c('', '隐患治理', '隐患排查', '已整改（项）'),
	c('drills.events', '应急处置', '应急演练', '演练场次'),
	c('drills.participants', '应急处置', '应急演练', '参演人次'),
	c('', '发放资料（份）'),
	c('', '安全投入（万元）'),
];

/** 集团公司安全环保部: 所属企业. */
export const GROUP_COLS: Col[] = [
	c('launch.events', '启动会（场）'),
	c('study.group_sessions', '中心组专题学习', '次数'),
	c('study.group_participants', '中心组专题学习', '参学人次'),
	c('study.lecture_sessions', '安全大讲堂', '场次'),
	c('study.lecture_participants', '安全大讲堂', '听课人次'),
	c('warning.education_sessions', '事故警示教育', '场次'),
	c('warning.education_participants', '事故警示教育', '受教育人次'),
	c('drills.events', '应急演练', '场次'),
	c('drills.participants', '应急演练', '参演人次'),
	c('rectification.enterprise_events', '“安全吹哨人”等群众性活动', '场次'),
	c('rectification.enterprise_participants', '“安全吹哨人”等群众性活动', '参与人次'),
	c('rectification.hazards_found', '发现隐患（项）'),
	c('', '隐患整改率（%）'),
	c('consult.contest_participants', '全国安全生产网络知识竞赛参赛（人次）'),
	c('', '安全投入（万元）'),
];

/** 交通运输局: 县局、运输企业. */
export const TRANSPORT_COLS: Col[] = [
	c('launch.events', '启动仪式（场）'),
	c('consult.events', '宣传教育', '“6·16”咨询日', '场次'),
	c('consult.participants', '宣传教育', '“6·16”咨询日', '参与人次'),
	c('five.school_events', '宣传教育', '宣传进校园', '场次'),
	c('five.school_participants', '宣传教育', '宣传进校园', '受教育人数'),
	c('five.village_events', '宣传教育', '宣传进农村', '场次'),
	c('five.village_participants', '宣传教育', '宣传进农村', '覆盖人数'),
	c('warning.film_sessions', '宣传教育', '警示教育片', '播放场次'),
	c('warning.film_participants', '宣传教育', '警示教育片', '受众人次'),
	c('drills.events', '应急演练', '场次'),
	c('drills.participants', '应急演练', '参演人次'),
	c('publicity.central_articles', '媒体宣传', '发表稿件', '中央媒体（篇）'),
	c('publicity.provincial_articles', '媒体宣传', '发表稿件', '省级媒体（篇）'),
	c('publicity.local_articles', '媒体宣传', '发表稿件', '市县媒体（篇）'),
	c('publicity.slogans', '悬挂横幅标语（条）'),
	c('report.received', '受理举报（件）'),
	c('', '出动执法人员（人次）'),
];

/** 卫生健康局: 医疗卫生机构. */
export const HEALTH_COLS: Col[] = [
	c('warning.film_sessions', '警示教育片', '观看场次'),
	c('warning.film_participants', '警示教育片', '观看人次'),
	c('drills.events', '消防应急疏散演练', '场次'),
	c('drills.participants', '消防应急疏散演练', '参演人次'),
	c('study.online_sessions', '网络课堂培训', '场次'),
	c('study.online_participants', '网络课堂培训', '参训人次'),
	c('rectification.hazards_found', '排查安全隐患（处）'),
	c('five.community_events', '安全宣传进社区', '场次'),
	c('five.community_participants', '安全宣传进社区', '人数'),
	c('publicity.ads', '公益广告播放（部）'),
	c('publicity.slogans', '张贴宣传画（张）'),
	c('', '义诊（人次）'),
	c('', '解答咨询（人次）'),
];

/** 街道办事处: 社区. */
export const STREET_COLS: Col[] = [
	c('five.community_events', '进社区宣传（场）'),
	c('five.community_participants', '进社区宣传（人次）'),
	c('five.family_events', '进家庭宣传（场）'),
	c('five.family_participants', '进家庭宣传（人）'),
	c('rectification.community_events', '查找身边隐患活动（场次）'),
	c('rectification.hazards_reported', '居民举报隐患（条）'),
	c('drills.events', '避险逃生演练（场）'),
	c('drills.participants', '演练参与（人次）'),
	c('publicity.slogans', '安全标语横幅（条）'),
	c('', '发放宣传品（份）'),
	c('', '入户走访（户）'),
];

/** The last `levels` parts of a column's path (one level: its last two parts run together by `sep`). */
export function headerOf(col: Col, levels: number, sep = '-'): string[] {
	if (levels === 1) return [col.path.slice(-2).join(sep)];
	return col.path.slice(-levels);
}
