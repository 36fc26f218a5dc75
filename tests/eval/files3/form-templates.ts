/**
 * The forms of the third set's four issuers, in their own wording (not the seeds'): sections of lines, each line a
 * sentence with slots. `{metric.id}` is a number slot, `{~label}` a number the schema has no metric for (it must stay
 * unmapped), `{?metric.id}` a yes/no answer. The metric of every slot is judged from DOMAIN.md's definitions.
 */
export interface Section {
	head: string;
	task: string;
	lines: string[];
}
export interface FormTemplate {
	issuer: string;
	title: (year: number) => string;
	columns: string[];
	sections: Section[];
	footer: string;
}

/** 县交通运输局: 道路运输和水上交通企业、场站填报. */
export const TRANSPORT: FormTemplate = {
	issuer: '青崖县交通运输局',
	title: (y) => `青崖县交通运输系统${y}年“安全生产月”活动开展情况统计表`,
	columns: ['序号', '工作项目', '任务内容', '完成情况'],
	sections: [
		{
			head: '动员部署',
			task: '召开动员会，明确责任分工',
			lines: [
				'召开“安全生产月”动员部署会暨启动仪式{launch.events}场；',
				'活动是否纳入本单位年度安全生产重点工作：{?org.in_annual_plan}',
				'是否明确活动责任人和时间节点（路线图、施工表）：{?org.roadmap}',
				'是否落实活动所需人员、物资和经费：{?org.resources}',
			],
		},
		{
			head: '学习教育',
			task: '学习安全生产重要论述，开展从业人员教育',
			lines: [
				'党支部（中心组）集中学习安全生产重要论述{study.group_sessions}次，参学党员干部{study.group_participants}人次；',
				'是否组织收看《生命重于泰山》专题片：{?study.film_watched}',
				'举办驾驶员、船员安全“大讲堂”“微课堂”{study.lecture_sessions}期，听课{study.lecture_participants}人次；',
			],
		},
		{
			head: '警示教育',
			task: '用身边事故教育身边人',
			lines: [
				'组织从业人员观看典型事故警示教育片{warning.film_sessions}场，受教育{warning.film_participants}人次；',
				'组织参观安全警示教育基地{warning.exhibition_sessions}批次，参观{warning.exhibition_participants}人次；',
			],
		},
		{
			head: '隐患排查治理',
			task: '车辆、船舶、场站隐患排查',
			lines: [
				'开展“事故隐患大扫除”“争做安全吹哨人”等群众性活动{rectification.enterprise_events}场，职工参与{rectification.enterprise_participants}人次；',
				'排查车辆、船舶及场站安全风险隐患{rectification.hazards_found}处，其中已整改{~已整改隐患（处）}处；',
				'查纠非法营运、超员超载等违法违规行为{rectification.violations_found}起；',
				'出动安全检查人员{~出动检查人员（人次）}人次，投入整改资金{~整改资金（万元）}万元；',
			],
		},
		{
			head: '应急演练',
			task: '场站、船舶应急处置演练',
			lines: ['组织客运站消防疏散、水上搜救等应急演练{drills.events}场，参演{drills.participants}人次；'],
		},
		{
			head: '宣传咨询',
			task: '“6·16”宣传咨询日',
			lines: [
				'6月16日在客运站、码头设立咨询台，开展安全宣传咨询{consult.events}场，现场参与群众{consult.participants}人次；',
				'发放《乘客安全须知》等宣传资料{~发放宣传资料（份）}份；',
				'组织职工参加全国网上安全知识竞赛{consult.contest_participants}人次；',
			],
		},
		{
			head: '宣传“五进”',
			task: '交通安全宣传进校园、进农村',
			lines: [
				'开展交通安全宣传进校园{five.school_events}场，受教育师生{five.school_participants}人；',
				'走进沿线村组开展宣传进农村{five.village_events}场，覆盖群众{five.village_participants}人；',
			],
		},
		{
			head: '氛围营造',
			task: '媒体报道和现场宣传',
			lines: [
				'在省级新闻媒体刊发安全月稿件{publicity.provincial_articles}篇，在市县新闻媒体刊发{publicity.local_articles}篇；',
				'在站场、码头、车船悬挂横幅、张贴标语挂图{publicity.slogans}幅；',
				'车载屏、候船厅电子屏播放安全公益广告{publicity.ads}部；',
				'通过微信公众号推送安全提示{~微信推送（条）}条。',
			],
		},
	],
	footer: '注：1.请于6月9日报送阶段情况，6月27日前报送全月情况；2.数字请填阿拉伯数字，未开展的填“0”。',
};

/** 县卫生健康局: 医院、卫生院、疾控中心填报 (Word). */
export const HEALTH: FormTemplate = {
	issuer: '岚溪县卫生健康局',
	title: (y) => `岚溪县卫生健康系统${y}年“安全生产月”活动情况报表`,
	columns: ['类别', '工作内容', '开展情况'],
	sections: [
		{
			head: '组织领导',
			task: '工作部署',
			lines: ['是否将安全生产月纳入全院年度安全工作要点：{?org.in_annual_plan}', '是否建立院领导牵头、科室协同的活动工作机制：{?org.mechanism}'],
		},
		{
			head: '学习宣贯',
			task: '理论学习与培训',
			lines: [
				'院党委理论学习中心组专题学习{study.group_sessions}次，参加{study.group_participants}人次',
				'举办安全生产网络培训课堂{study.online_sessions}场，参训医护人员{study.online_participants}人次',
				'是否登录全国安全宣传教育和应急科普平台组织学习：{?five.platform_used}',
			],
		},
		{
			head: '警示教育',
			task: '事故警示教育',
			lines: [
				'开展医疗机构生产安全事故警示教育{warning.education_sessions}场，参加职工{warning.education_participants}人次',
				'组织收看火灾事故警示片{warning.film_sessions}场，观看{warning.film_participants}人次',
			],
		},
		{
			head: '隐患排查',
			task: '院区安全检查',
			lines: [
				'排查院区消防、电气、医用气体等风险隐患{rectification.hazards_found}项',
				'职工、患者及家属举报风险隐患{rectification.hazards_reported}条',
				'隐患整改率{~整改率（%）}%',
			],
		},
		{
			head: '应急演练',
			task: '病区应急处置',
			lines: ['开展病房火灾疏散、停电停氧等应急演练{drills.events}次，参演医护人员及患者{drills.participants}人次'],
		},
		{
			head: '线上学习',
			task: '云课堂、直播',
			lines: ['组织职工在线收看“安全生产大家谈”云课堂{cloud.participants}人次', '开展“公益讲座”“微课堂”线上直播{cloud.live_sessions}场，在线收看{cloud.live_participants}人次'],
		},
		{
			head: '咨询日',
			task: '“6·16”安全宣传咨询日',
			lines: [
				'设立义诊暨安全咨询点，开展安全宣传咨询活动{consult.events}场，参与群众{consult.participants}人次',
				'解答群众咨询{~解答咨询（人次）}人次',
			],
		},
		{
			head: '宣传五进',
			task: '进社区、进家庭',
			lines: [
				'医护人员走进社区开展安全宣传和急救知识普及{five.community_events}场，参与居民{five.community_participants}人',
				'开展安全宣传进家庭活动{five.family_events}场，覆盖家庭成员{five.family_participants}人',
				'制作安全宣传短视频、折页等各类宣传产品{five.products}部',
			],
		},
		{
			head: '宣传报道',
			task: '媒体稿件与现场氛围',
			lines: [
				'在中央级媒体发表安全月稿件{publicity.central_articles}篇',
				'在省级媒体发表稿件{publicity.provincial_articles}篇，在市、县级媒体发表{publicity.local_articles}篇',
				'院内悬挂横幅、张贴宣传画{publicity.slogans}张',
				'发放宣传折页{~发放宣传资料（份）}份',
			],
		},
	],
	footer: '填报说明：本表6月25日前报县卫生健康局安全科，联系电话 0736-5821234。',
};

/** 区街道办事处: 社区居委会填报. Its 组织保障 answers are often typed run together. */
export const STREET: FormTemplate = {
	issuer: '云阜区桐花街道办事处',
	title: (y) => `桐花街道${y}年“安全生产月”工作完成情况登记表`,
	columns: ['板块', '统计内容', '填写情况'],
	sections: [
		{
			head: '组织保障',
			task: '四个是否',
			lines: [
				'是否纳入社区年度安全生产重点工作：{?org.in_annual_plan}',
				'是否建立街道牵头、社区和物业协同的工作机制：{?org.mechanism}',
				'是否与解决辖区安全热点难点问题相结合：{?org.hotspots}',
				'是否与压实各方安全生产责任相结合：{?org.responsibility}',
			],
		},
		{ head: '启动', task: '启动安全月', lines: ['结合社区活动启动安全月宣传{launch.events}场次；'] },
		{
			head: '隐患排查',
			task: '查找身边隐患',
			lines: [
				'{rectification.community_units}个小区、物业服务企业开展“查找身边隐患”“楼道清障”等活动{rectification.community_events}场次；',
				'发动居民举报身边风险隐患{rectification.hazards_reported}条；',
				'入户走访{~入户走访（户）}户；',
			],
		},
		{
			head: '宣传五进',
			task: '进社区、进家庭、进企业、进学校',
			lines: [
				'开展安全宣传进社区{five.community_events}场，参加居民{five.community_participants}人次；',
				'进家庭入户宣传{five.family_events}场，受教育{five.family_participants}人；',
				'进辖区企业宣讲{five.enterprise_events}场，听讲职工{five.enterprise_participants}人；',
				'进学校、幼儿园宣传{five.school_events}场，参与师生{five.school_participants}人；',
			],
		},
		{ head: '应急演练', task: '避险逃生', lines: ['组织居民开展地震、火灾避险逃生演练{drills.events}场，参演{drills.participants}人次；'] },
		{
			head: '咨询日',
			task: '6·16咨询日',
			lines: [
				'6·16当天在社区广场设点{~咨询点（个）}个，开展宣传咨询{consult.events}场，参与{consult.participants}人次；',
				'组织居民线上“云游”安全体验馆360°全景{consult.vr_tour_participants}人次；',
				'参加“接力传安全”倡议活动{consult.relay_participants}人次；',
			],
		},
		{ head: '办实事', task: '为群众办实事', lines: ['为群众办实事解决安全难题项目{serve.projects}个；'] },
		{ head: '宣传氛围', task: '标语横幅', lines: ['辖区张贴悬挂安全标语、横幅{publicity.slogans}条；', '发放宣传单{~发放宣传资料（份）}份。'] },
	],
	footer: '备注：社区于6月10日、6月26日分两次报街道安监办。',
};

/** 集团公司安全环保部: 所属企业填报 (Word). */
export const GROUP: FormTemplate = {
	issuer: '青岚能源集团有限公司安全环保部',
	title: (y) => `青岚能源集团${y}年“安全生产月”活动落实情况表`,
	columns: ['序号', '活动项目', '完成情况'],
	sections: [
		{
			head: '组织落实',
			task: '',
			lines: [
				'是否将“安全生产月”纳入公司全年安全环保重点工作：{?org.in_annual_plan}',
				'是否已制定活动方案，明确责任部门、责任人和时间节点：{?org.roadmap}',
				'是否与常态化疫情防控、复工复产和专项整治三年行动相结合：{?org.integrated}',
			],
		},
		{
			head: '学习宣贯',
			task: '',
			lines: [
				'公司党委中心组专题学习{study.group_sessions}次，参学{study.group_participants}人次',
				'开展“安全大讲堂”基层宣讲{study.lecture_sessions}场，参训员工{study.lecture_participants}人次',
				'集中组织观看安全学习视频{study.viewing_sessions}场，观看{study.viewing_participants}人次',
			],
		},
		{
			head: '警示教育',
			task: '',
			lines: [
				'组织观看事故警示教育片{warning.film_sessions}场，参与{warning.film_participants}人次',
				'召开事故案例警示教育会{warning.education_sessions}场，受教育{warning.education_participants}人次',
			],
		},
		{
			head: '隐患排查',
			task: '',
			lines: [
				'{rectification.enterprises}家所属企业开展“安全生产啄木鸟”“隐患随手拍”等活动，排查安全风险隐患{rectification.hazards_found}项',
				'开展“安全红袖章”“我是安全吹哨人”活动{rectification.enterprise_events}场，参与{rectification.enterprise_participants}人次',
				'接收员工举报隐患和违规行为{report.received}条次',
				'对举报人给予奖励{report.rewarded}人，奖励金额{~奖励金额（元）}元',
			],
		},
		{
			head: '安全文化',
			task: '',
			lines: ['开展“安全行为红黑榜”“我是安全培训师”等安全文化示范活动{five.culture_events}场，参与{five.culture_participants}人次'],
		},
		{ head: '应急演练', task: '', lines: ['组织开展防汛、防触电、有限空间救援等应急演练{drills.events}场，参演{drills.participants}人次'] },
		{
			head: '“安全生产江汉行”',
			task: '',
			lines: [
				'配合记者采访报道{tour.press_interviews}次，宣传经验做法{tour.practices_publicized}条，曝光问题隐患{tour.problems_exposed}条',
				'参加全省安全生产知识网络竞赛{tour.contest_participants}人次',
			],
		},
		{
			head: '宣传报道',
			task: '',
			lines: ['在中央媒体发表稿件{publicity.central_articles}篇，省级媒体{publicity.provincial_articles}篇', '安全生产投入{~安全投入（万元）}万元'],
		},
	],
	footer: '填表人：          审核人：          报送时间：6月28日前',
};
