/**
 * The fourth set's form templates: one per issuer, each in that office's own wording (written for this set, from how
 * such offices word their forms — not from the seeds, DOMAIN.md or the earlier sets). Slots: `{metric}` a number,
 * `{?what}` a number the schema has no metric for, `{!metric}` a yes/no answer (form-fill.ts).
 */
import type { FormTemplate } from './form-build';

/** 澄江市水利局 (2022): 水库管理所、水电站、灌区管理所、堤防管理站; its local campaign “安全生产江河行”. */
export const water = (year: number): FormTemplate => ({
	title: `澄江市水利系统${year}年“安全生产月”活动开展情况统计表`,
	heads: ['序号', '活动类别', '工作内容', '完成情况'],
	sections: [
		{
			name: '学习教育',
			items: [
				{ ask: '专题学习', text: '组织党支部专题学习习近平总书记关于安全生产重要论述{study.group_sessions}次，参学干部职工{study.group_participants}人次' },
				{ ask: '收看专题片', text: '集中收看《生命重于泰山》电视专题片：{!study.film_watched}' },
				{ ask: '警示教育', text: '组织观看溺水、触电等典型事故警示片{warning.film_sessions}场，受教育职工{warning.film_participants}人次' },
			],
		},
		{
			name: '隐患排查治理',
			items: [
				{ ask: '水利工程隐患排查', text: '出动检查人员{?出动检查人员}人次，对大坝、厂房、渠系建筑物排查出各类隐患{rectification.hazards_found}处，其中已整改{?已整改隐患}处' },
				{ ask: '资金保障', text: '落实隐患整改资金{?整改资金}万元' },
			],
		},
		{
			name: '宣传咨询',
			items: [
				{ ask: '“6·16”咨询日', text: '设立咨询台开展安全宣传咨询{consult.events}场，参与群众{consult.participants}人次，发放明白纸{?发放宣传资料}份' },
				{ ask: '横幅标语', text: '在库区、渠道沿线、站区悬挂横幅标语{publicity.slogans}条' },
				{ ask: '进村入户', text: '深入库区周边村组开展防溺水宣传{five.village_events}场，覆盖群众{five.village_participants}人' },
				{ ask: '进校园', text: '到沿河中小学开展防溺水安全教育{five.school_events}场，受教育师生{five.school_participants}人' },
			],
		},
		{
			name: '应急演练',
			items: [{ ask: '防汛抢险演练', text: '开展防汛抢险、水库溃坝避险等应急演练{drills.events}次，参演人员{drills.participants}人次' }],
		},
		{
			name: '“安全生产江河行”',
			items: [
				{ ask: '采访报道', text: '配合开展“安全生产江河行”采访报道{tour.press_interviews}次，曝光问题隐患{tour.problems_exposed}条' },
				{ ask: '媒体稿件', text: '在省级媒体刊发安全月稿件{publicity.provincial_articles}篇，在市县媒体刊发{publicity.local_articles}篇' },
			],
		},
		{
			name: '组织保障',
			items: [
				{ ask: '纳入重点工作', text: '安全月活动纳入本单位年度安全生产重点工作：{!org.in_annual_plan}' },
				{ ask: '路线图', text: '制定活动路线图、施工表，明确责任人和完成时限：{!org.roadmap}' },
				{ ask: '保障', text: '人员、物资和经费保障到位：{!org.resources}' },
			],
		},
	],
	notes: ['说明：1.请于6月10日、6月28日前分两次报送；2.数字填写阿拉伯数字，未开展的填“0”。'],
});

/** 洛水县青石镇人民政府 (2021): 村民委员会 report to the township. */
export const village = (year: number): FormTemplate => ({
	title: `青石镇${year}年“安全生产月”村级活动情况统计表`,
	heads: ['类别', '工作内容', '开展情况'],
	sections: [
		{
			name: '学习宣传',
			items: [
				{ ask: '传达学习', text: '召开村“两委”会议专题传达学习安全生产重要论述{study.group_sessions}次，参会{study.group_participants}人次' },
				{ ask: '标语', text: '在村部、路口、集市刷写张贴安全标语{publicity.slogans}幅' },
				{ ask: '宣传资料', text: '发放《农村安全明白纸》{?发放宣传资料}份' },
			],
		},
		{
			name: '宣传进村入户',
			items: [
				{ ask: '进村', text: '组织安全宣传进村活动{five.village_events}场，参加群众{five.village_participants}人' },
				{ ask: '入户', text: '入户宣传农机、用电、燃气安全{five.family_events}次，受教育村民{five.family_participants}人' },
				{ ask: '进学校', text: '到村小学上防溺水安全课{five.school_events}节，听课师生{five.school_participants}人' },
				{ ask: '走访', text: '走访留守老人、困难农户{?走访农户}户' },
			],
		},
		{
			name: '隐患排查',
			items: [
				{ ask: '排查', text: '排查农村自建房、农机具、沼气池等安全隐患{rectification.hazards_found}处' },
				{ ask: '群众举报', text: '发动村民举报身边风险隐患{rectification.hazards_reported}条' },
			],
		},
		{
			name: '警示与演练',
			items: [
				{ ask: '警示片', text: '组织村民观看事故警示教育片{warning.film_sessions}场次，观看{warning.film_participants}人次' },
				{ ask: '演练', text: '组织开展防汛避险、火灾逃生演练{drills.events}场，参加村民{drills.participants}人次' },
			],
		},
		{
			name: '其他',
			items: [
				{ ask: '办实事', text: '为群众办理安全实事项目{serve.projects}个' },
				{ ask: '学习平台', text: '使用全国安全宣教和应急科普平台开展学习 {!five.platform_used}' },
				{ ask: '专题片', text: '组织收看《生命重于泰山》专题片 {!study.film_watched}' },
			],
		},
	],
	notes: ['注：此表由各村于6月25日前报镇应急办。'],
});

/** 宁川市文化广电和旅游局 (2024): 景区、文博场馆、图书馆、剧院、娱乐场所. */
export const culture = (year: number): FormTemplate => ({
	title: `宁川市文化旅游行业${year}年安全生产月工作情况报表`,
	heads: ['序号', '工作板块', '具体事项', '落实情况'],
	sections: [
		{
			name: '集中学习',
			items: [
				{ ask: '集中学习观看', text: '组织员工集中学习观看安全教育视频{study.viewing_sessions}场，参加{study.viewing_participants}人次' },
				{ ask: '员工培训', text: '通过网络课堂开展员工安全培训{study.online_sessions}期，参训{study.online_participants}人次' },
			],
		},
		{
			name: '安全检查',
			items: [
				{ ask: '场所检查', text: '检查A级景区、文博场馆、娱乐场所{?检查经营场所}家，发现问题隐患{rectification.hazards_found}处，已整改{?已整改隐患}处，整改率{?整改率}%' },
			],
		},
		{
			name: '宣传活动',
			items: [
				{ ask: '咨询日', text: '“6·16”当天设置咨询点开展游客安全咨询活动{consult.events}场，参与游客{consult.participants}人次' },
				{ ask: '公益广告', text: '游客中心、场馆LED屏滚动播放安全公益广告{publicity.ads}部' },
				{ ask: '知识竞赛', text: '组织员工、游客参加全国安全生产网络知识竞赛{consult.contest_participants}人次' },
				{ ask: '短视频', text: '在抖音“我是安全明白人”话题下发布微视频{consult.douyin_videos}条' },
			],
		},
		{
			name: '应急处置演练',
			items: [{ ask: '演练', text: '开展消防疏散、游客踩踏等突发事件应急演练{drills.events}场，参演{drills.participants}人次' }],
		},
		{
			name: '组织领导',
			items: [
				{ ask: '工作机制', text: '建立部门协同、场所联动的工作机制{!org.mechanism}' },
				{ ask: '热点难点', text: '结合暑期旅游旺季安全热点难点问题开展活动{!org.hotspots}' },
			],
		},
	],
	notes: [],
});

/** 江阳市国资委 (2025): 市属国有企业 and their 二级单位; one row per number (cellPer) or sentences. */
export const stateOwned = (year: number): FormTemplate => ({
	title: `江阳市市属国有企业${year}年安全生产月活动情况表`,
	heads: ['序号', '类别', '项目', '情况'],
	sections: [
		{
			name: '学习宣贯',
			items: [
				{ ask: '党委理论学习中心组专题学习（次）', text: '党委理论学习中心组专题学习安全生产重要论述{study.group_sessions}次' },
				{ ask: '中心组学习参加人次', text: '中心组学习参加{study.group_participants}人次' },
				{ ask: '班组安全“大家谈”、安全公开课（场）', text: '开展班组安全“大家谈”、安全公开课等{study.lecture_sessions}场' },
				{ ask: '“大家谈”、公开课参与职工（人次）', text: '参与职工{study.lecture_participants}人次' },
				{ ask: '线上直播课收看（场）', text: '组织收看“公开课”“微课堂”线上直播{cloud.live_sessions}场' },
				{ ask: '线上直播课收看人次', text: '线上直播收看{cloud.live_participants}人次' },
			],
		},
		{
			name: '隐患排查',
			items: [
				{ ask: '开展“安全生产啄木鸟”活动的企业（家）', text: '所属开展“安全生产啄木鸟”活动的企业{rectification.enterprises}家' },
				{ ask: '排查风险隐患（项）', text: '排查风险隐患{rectification.hazards_found}项' },
				{ ask: '“安全红袖章”“隐患随手拍”活动（场）', text: '开展“安全红袖章”“隐患随手拍”等群众性活动{rectification.enterprise_events}场' },
				{ ask: '红袖章等活动参与员工（人次）', text: '参与员工{rectification.enterprise_participants}人次' },
				{ ask: '安全生产专项投入（万元）', text: '安全生产专项投入{?安全投入}万元' },
			],
		},
		{
			name: '警示教育',
			items: [
				{ ask: '事故警示教育（场）', text: '开展典型事故警示教育{warning.education_sessions}场' },
				{ ask: '事故警示教育受教育（人次）', text: '受教育{warning.education_participants}人次' },
				{ ask: '参观警示教育展览（批次）', text: '组织参观警示教育展览{warning.exhibition_sessions}批次' },
				{ ask: '参观警示展览（人次）', text: '参观{warning.exhibition_participants}人次' },
			],
		},
		{
			name: '宣传报道',
			items: [
				{ ask: '中央媒体发稿（篇）', text: '在中央媒体发稿{publicity.central_articles}篇' },
				{ ask: '省级媒体发稿（篇）', text: '在省级媒体发稿{publicity.provincial_articles}篇' },
				{ ask: '签订安全承诺书（份）', text: '签订全员安全承诺书{?安全承诺书}份' },
			],
		},
		{
			name: '演练与责任',
			items: [
				{ ask: '综合或专项应急演练（次）', text: '开展综合或专项应急演练{drills.events}次' },
				{ ask: '演练参演（人次）', text: '参演{drills.participants}人次' },
				{ ask: '安全月纳入年度重点工作', text: '安全月纳入年度重点工作{!org.in_annual_plan}' },
				{ ask: '与落实全员安全生产责任制相结合', text: '与落实全员安全生产责任制相结合{!org.responsibility}' },
			],
		},
	],
	notes: ['填表说明：本表由各市属企业汇总本级及所属二级单位数据后报送。'],
});

/** 临海市商务局 (2023): 商场、加油站、物流园、商业综合体. */
export const commerce = (year: number): FormTemplate => ({
	title: `临海市商务领域${year}年“安全生产月”活动进展情况统计表`,
	heads: ['序号', '项目', '要求', '进展情况'],
	sections: [
		{
			name: '培训学习',
			items: [{ ask: '网络课堂', text: '组织开展网络课堂安全培训{study.online_sessions}场，参训员工{study.online_participants}人次' }],
		},
		{
			name: '咨询日活动',
			items: [
				{ ask: '现场咨询', text: '开展“6·16”安全宣传咨询日现场活动{consult.events}场，参与顾客、群众{consult.participants}人次' },
				{ ask: '宣传品', text: '发放安全宣传手册、折页{?发放宣传资料}份' },
			],
		},
		{
			name: '警示教育',
			items: [{ ask: '警示片', text: '组织员工观看警示教育片{warning.film_sessions}场，观看{warning.film_participants}人次' }],
		},
		{
			name: '应急演练',
			items: [{ ask: '演练', text: '开展消防疏散、油气泄漏处置演练{drills.events}场，参加{drills.participants}人次' }],
		},
		{
			name: '排查整治',
			items: [
				{ ask: '自查', text: '出动检查人员{?出动检查人员}人次，检查经营网点{?检查经营网点}个，自查发现安全隐患{rectification.hazards_found}处' },
				{ ask: '举报', text: '受理群众安全举报{report.received}件，兑现举报奖励{report.rewarded}人，奖励金额{?奖励金额}元' },
			],
		},
		{
			name: '宣传氛围',
			items: [
				{ ask: '横幅挂图', text: '在商场、站区悬挂张贴横幅标语挂图{publicity.slogans}幅' },
				{ ask: '公益广告', text: '商场大屏、站内电视播放安全公益广告{publicity.ads}部' },
			],
		},
		{
			name: '组织落实',
			items: [
				{ ask: '路线图', text: '是否制定活动方案，明确路线图、施工表：{!org.roadmap}' },
				{ ask: '保障', text: '是否做好人力、物力和经费保障：{!org.resources}' },
			],
		},
	],
	notes: ['备注：请各单位如实填写，于6月26日前报市商务局安全科。'],
});
