import type { Activity } from './types';

/**
 * The activities of DOMAIN.md's schema table. `keywords` are the words that point to an activity in a
 * group header, an 活动 column or a form's 活动项目 cell (the zh name is always one of them).
 * Keep keywords specific: a generic word such as 宣传 or 学习 would pull unrelated text onto an activity.
 */
export const ACTIVITIES: Activity[] = [
	{
		id: 'launch',
		zh: '启动仪式',
		en: 'Launch ceremony',
		keywords: ['启动仪式', '启动活动', '活动启动', '启动“安全生产月”', '形式启动']
	},
	{
		id: 'study',
		zh: '学习重要论述',
		en: 'Study of the important expositions',
		keywords: ['学习重要论述', '重要论述', '理论学习', '中心组', '网络课堂', '大讲堂', '集中学习', '生命重于泰山', '基层宣讲', '学习宣贯', '学习宣传贯彻', '学习贯彻', '观看专题片', '电视专题片'],
		// The campaign's full title (学习宣传贯彻习近平总书记关于安全生产重要论述) and its shortenings.
		names: ['学习宣传贯彻习近平总书记关于安全生产重要论述', '学习贯彻习近平总书记关于安全生产重要论述', '学习习近平总书记关于安全生产重要论述', '习近平总书记关于安全生产重要论述', '学习宣传贯彻', '学习宣贯', '学习贯彻']
	},
	{
		id: 'rectification',
		zh: '专项整治宣传',
		en: 'Special rectification publicity',
		keywords: ['专项整治宣传', '专项整治', '排查整治', '三年行动', '集中攻坚', '隐患排查', '啄木鸟', '红袖章', '隐患大扫除', '吹哨人', '查找身边隐患', '举报风险隐患']
	},
	{
		id: 'warning_education',
		zh: '警示教育',
		en: 'Warning education',
		keywords: ['警示教育', '警示片', '警示教育片', '警示教育展览', '事故警示']
	},
	{
		id: 'cloud_class',
		zh: '云课堂',
		en: 'Cloud classroom',
		keywords: ['云课堂', '大家谈云课堂', '安全生产大家谈', '远程在线辅导', '线上直播', '网络视频访谈']
	},
	{
		id: 'consultation_day',
		zh: '6·16安全宣传咨询日',
		en: '6·16 safety publicity consultation day',
		keywords: [
			'6·16安全宣传咨询日',
			'安全宣传咨询日',
			'安全宣传咨询',
			'宣传咨询',
			'咨询日',
			'咨询活动',
			'6·16',
			'6.16',
			'6•16',
			'616',
			'公众开放日',
			'主播走一线',
			'记者走一线',
			'直播答题'
		]
	},
	{
		id: 'five_into',
		zh: '安全宣传“五进”',
		en: 'Publicity “five into” (enterprises, villages, communities, schools, families)',
		keywords: ['安全宣传“五进”', '五进', '进企业', '进农村', '进社区', '进学校', '进家庭', '宣传产品', '体验基地', '安全文化示范', '安全文化', '科普平台']
	},
	{
		id: 'drills',
		zh: '应急演练',
		en: 'Emergency drills',
		keywords: ['应急演练', '演练', '避险逃生', '自救互救', '疏散演练']
	},
	{
		id: 'campaign_tour',
		zh: '安全生产万里行',
		en: 'Safety campaign tour (万里行 and its local names)',
		keywords: [
			'安全生产万里行',
			'万里行',
			'平安临溟',
			'白山松水安全行',
			'白山松水',
			'安全生产陇原行',
			'陇原行',
			'安全生产专题行',
			'专题行',
			'钢都行',
			'区域行',
			'网上行',
			'曝光问题',
			'典型案例'
		]
	},
	{
		id: 'reporting',
		zh: '举报',
		en: 'Reporting (tip-offs)',
		keywords: ['举报', '有奖举报', '举报投诉', '12350']
	},
	{
		id: 'publicity',
		zh: '宣传氛围',
		en: 'Publicity atmosphere',
		keywords: ['宣传氛围', '浓厚宣传氛围', '氛围', '标语', '横幅', '挂图', '稿件', '公益广告', '安全宣传品']
	},
	{
		id: 'organization',
		zh: '组织落实',
		en: 'Organization',
		keywords: ['组织落实', '加强组织落实', '组织领导', '强化组织领导', '组织保障', '取得实效', '确保取得实效']
	},
	{
		id: 'serve_people',
		zh: '我为群众办实事',
		en: '“I do practical things for the people”',
		keywords: ['我为群众办实事', '为群众办实事', '办实事']
	},
	{
		id: 'capabilities',
		zh: '六个能力',
		en: 'Six capabilities',
		keywords: ['六个能力', '提升思想认识能力', '提升责任落实能力', '提升风险排查能力', '提升问题整治能力', '提升基层基础能力', '提升执法监管能力']
	}
];
