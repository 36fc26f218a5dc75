import json
# (family, shape, label, context, metric) — wording of other provinces' summary (w) and long (l) tables
F = {}
def add(fam, shape, label, ctx, metric):
    F.setdefault(fam, []).append((shape, label, ctx, metric))

# media levels, leaf under a group header
for l, c, m in [("中央媒体","新闻宣传报道（篇）","publicity.central_articles"),("省级媒体","新闻宣传报道（篇）","publicity.provincial_articles"),
                ("市县媒体","新闻宣传报道（篇）","publicity.local_articles"),("地方媒体","新闻宣传报道（篇）",None),("合计","新闻宣传报道（篇）",None)]:
    add("media_group_leaf","wide",l,c,m)
for l, c, m in [("央媒","媒体刊发稿件 篇数","publicity.central_articles"),("省媒","媒体刊发稿件 篇数","publicity.provincial_articles"),
                ("市县媒体","媒体刊发稿件 篇数","publicity.local_articles"),("省级以上","媒体刊发稿件 篇数",None)]:
    add("media_abbrev","wide",l,c,m)
for l, c, m in [("中央级","安全月宣传报道 发稿数量","publicity.central_articles"),("省级","安全月宣传报道 发稿数量","publicity.provincial_articles"),
                ("市级","安全月宣传报道 发稿数量","publicity.local_articles"),("县级","安全月宣传报道 发稿数量","publicity.local_articles")]:
    add("media_three_rows","wide",l,c,m)
for l, m in [("在中央主要媒体刊发稿件（篇）","publicity.central_articles"),("省级主流媒体报道（篇）","publicity.provincial_articles"),
             ("县级融媒体中心发布稿件（篇）","publicity.local_articles"),("市级以上媒体发稿（篇）",None)]:
    add("media_leaf_only","wide",l,"",m)
for l, m in [("新媒体平台发布信息（条）",None),("两微一端推送（条）",None),("抖音快手短视频（条）",None),("微信公众号推文（篇）",None)]:
    add("media_platform_none","wide",l,"宣传报道",m)
for l, c, m in [("抖音话题短视频（条）","“6·16”咨询日 网络话题","consult.douyin_videos"),("微博话题发帖（条）","“6·16”咨询日 网络话题","consult.weibo_posts"),
                ("“我是安全明白人”抖音视频（条）","","consult.douyin_videos")]:
    add("consult_topics","wide",l,c,m)
for l, c, m in [("中央媒体（篇）","宣传氛围营造","publicity.central_articles"),("省级媒体（篇）","宣传氛围营造","publicity.provincial_articles"),
                ("市县级媒体（篇）","宣传氛围营造","publicity.local_articles"),("张贴标语横幅（条）","宣传氛围营造","publicity.slogans"),
                ("制作播放公益广告（部）","宣传氛围营造","publicity.ads")]:
    add("publicity_section","wide",l,c,m)
for l, c, m in [("中央媒体发稿数","媒体宣传","publicity.central_articles"),("省级媒体发稿数","媒体宣传","publicity.provincial_articles"),
                ("市、县媒体发稿数","媒体宣传","publicity.local_articles")]:
    add("media_long","long",l,c,m)
for l, c, m in [("悬挂横幅（幅）","宣传氛围","publicity.slogans"),("张贴宣传挂图（张）","宣传氛围","publicity.slogans"),
                ("播放公益广告（次）","宣传氛围",None),("LED屏播放安全标语（小时）","宣传氛围",None)]:
    add("slogans_measure","wide",l,c,m)

# tip-offs / rewards / news
for l, c, m in [("受理群众举报（件）","举报奖励","report.received"),("奖励举报人（人）","举报奖励","report.rewarded"),
                ("根据线索开展新闻报道（次）","举报奖励","report.news"),("兑现奖金（万元）","举报奖励",None),("查实（件）","举报奖励",None)]:
    add("report_group","wide",l,c,m)
for l, c, m in [("举报线索（条）","群众举报","report.received"),("奖励人数","群众举报","report.rewarded"),
                ("新闻报道（次）","群众举报","report.news")]:
    add("report_leaf_short","wide",l,c,m)
for l, c, m in [("接收举报","举报","report.received"),("奖励人员","举报","report.rewarded"),("据线索报道","举报","report.news"),
                ("办结","举报",None)]:
    add("report_long","long",l,c,m)
for l, m in [("接到群众举报重大隐患（条次）","report.received"),("举报奖励（人）","report.rewarded"),("依据举报线索刊发报道（次）","report.news")]:
    add("report_leaf_only","wide",l,"",m)

# 五进 places
for place, key in [("进企业","enterprise"),("进农村","village"),("进社区","community"),("进学校","school"),("进家庭","family")]:
    add("five_three_rows_"+key,"wide","场次","安全宣传“五进” "+place,"five.%s_events"%key)
    add("five_three_rows_"+key,"wide","参与人数（人）","安全宣传“五进” "+place,"five.%s_participants"%key)
for l, m in [("进校园（场次）","five.school_events"),("进校园受教育师生（人次）","five.school_participants"),
             ("进村入户（场）",None),("进公共场所（场）",None),("进家庭（户）",None)]:
    add("five_leaf_abbrev","wide",l,"“五进”活动",m)
for l, m in [("企业（场）","five.enterprise_events"),("农村（场）","five.village_events"),("社区（场）","five.community_events"),
             ("学校（场）","five.school_events"),("家庭（场）","five.family_events"),("公共场所（场）",None)]:
    add("five_place_only","wide",l,"安全宣传五进活动开展情况",m)
for l, c, m in [("活动场次","进企业","five.enterprise_events"),("受教育人数","进企业","five.enterprise_participants"),
                ("活动场次","进学校","five.school_events"),("覆盖师生","进学校","five.school_participants"),
                ("活动场次","五进",None)]:
    add("five_long","long",l,c,m)
for l, m in [("场次","five.community_events"),("参与居民（人）","five.community_participants"),("发放资料（份）",None)]:
    add("five_community_header","wide",l,"安全宣传进社区",m)
for l, c, m in [("制作宣传产品（部）","安全宣传“五进”","five.products"),("宣传品（件）","安全宣传“五进”","five.products"),
                ("发放宣传品（件）","安全宣传“五进”",None)]:
    add("five_products","wide",l,c,m)
for l, c, m in [("新建（个）","安全体验基地建设","five.bases_new"),("改扩建（个）","安全体验基地建设","five.bases_expanded"),
                ("计划建设（个）","安全体验基地建设","five.bases_planned")]:
    add("five_bases","wide",l,c,m)

# consultation day online/offline
for l, c, m in [("咨询活动（场）","“6·16”安全宣传咨询日 线下","consult.events"),("参与群众（人次）","“6·16”安全宣传咨询日 线下","consult.participants"),
                ("活动场次","“6·16”安全宣传咨询日 线上","consult.online_events"),("参与人次","“6·16”安全宣传咨询日 线上","consult.online_participants")]:
    add("consult_channel","wide",l,c,m)
for l, c, m in [("线上活动（场）","咨询日","consult.online_events"),("线上参与（人次）","咨询日","consult.online_participants"),
                ("线上线下参与总人次","咨询日",None),("设置咨询点（个）","咨询日",None),("发放宣传资料（份）","咨询日",None),
                ("解答群众咨询（人次）","咨询日",None)]:
    add("consult_leaf_channel","wide",l,c,m)
for l, c, m in [("场次","6.16宣传咨询日","consult.events"),("人次","6.16宣传咨询日","consult.participants"),
                ("公众开放日（场）","6.16宣传咨询日","consult.open_day_events"),("开放日参观（人次）","6.16宣传咨询日","consult.open_day_participants")]:
    add("consult_short","wide",l,c,m)
for l, c, m in [("咨询活动场次","安全宣传咨询日","consult.events"),("参与人数","安全宣传咨询日","consult.participants"),
                ("网上展览参观人次","安全宣传咨询日","consult.exhibition_participants"),("全国网上安全知识竞赛参赛人次","安全宣传咨询日","consult.contest_participants")]:
    add("consult_long","long",l,c,m)
for l, m in [("体验场馆参观（人次）","consult.venue_participants"),("VR全景展馆观看（人次）","consult.vr_tour_participants"),
             ("直播答题（人次）","consult.quiz_participants")]:
    add("consult_online_items","wide",l,"咨询日线上活动",m)

# warning education
for l, c, m in [("制作警示教育片（部）","警示教育","rectification.warning_films_made"),("播放警示片（场）","警示教育","warning.film_sessions"),
                ("观看警示片（人次）","警示教育","warning.film_participants"),("参观警示教育展览（场）","警示教育","warning.exhibition_sessions")]:
    add("warning_make_watch","wide",l,c,m)
for l, c, m in [("场次","警示教育 观看警示教育片","warning.film_sessions"),("人次","警示教育 观看警示教育片","warning.film_participants"),
                ("场次","警示教育 参观警示教育展","warning.exhibition_sessions"),("人次","警示教育 参观警示教育展","warning.exhibition_participants")]:
    add("warning_three_rows","wide",l,c,m)
for l, c, m in [("警示片放映场次","警示教育","warning.film_sessions"),("观影人数","警示教育","warning.film_participants"),
                ("事故警示教育场次","警示教育","warning.education_sessions"),("警示片制作数量（部）","警示教育","rectification.warning_films_made")]:
    add("warning_long","long",l,c,m)
for l, m in [("组织观看事故警示片（场）","warning.film_sessions"),("警示片观看人数（人次）","warning.film_participants"),
             ("拍摄事故案例警示片（部）","rectification.warning_films_made"),("警示教育展参观人次","warning.exhibition_participants")]:
    add("warning_leaf_only","wide",l,"",m)

# drills
for l, c, m in [("演练（场）","应急演练","drills.events"),("参演（人次）","应急演练","drills.participants"),
                ("参演单位（家）","应急演练",None),("观摩（人次）","应急演练",None),("演练经费（万元）","应急演练",None)]:
    add("drills_group","wide",l,c,m)
for l, m in [("应急疏散演练（场）","drills.events"),("参加逃生演练人员（人次）","drills.participants"),("开展自救互救演练次数","drills.events")]:
    add("drills_leaf","wide",l,"",m)
for l, c, m in [("演练次数","应急演练","drills.events"),("参演人数","应急演练","drills.participants")]:
    add("drills_long","long",l,c,m)

# rectification
for l, c, m in [("排查隐患（处）","专项整治","rectification.hazards_found"),("整改隐患（处）","专项整治",None),
                ("群众举报隐患（条）","专项整治","rectification.hazards_reported"),("发现违法违规行为（起）","专项整治","rectification.violations_found"),
                ("参与企业（家）","专项整治","rectification.enterprises")]:
    add("rect_group","wide",l,c,m)
for l, c, m in [("开设专栏（个）","专项整治宣传","rectification.columns"),("组织媒体集中报道（次）","专项整治宣传","rectification.media_reports"),
                ("推广经验做法（个）","专项整治宣传","rectification.practices_promoted"),("制作专题视频（部）","专项整治宣传","rectification.feature_videos")]:
    add("rect_publicity","wide",l,c,m)
for l, c, m in [("发现隐患数","隐患排查治理","rectification.hazards_found"),("已整改数","隐患排查治理",None),("整改率","隐患排查治理",None)]:
    add("rect_long","long",l,c,m)
for l, c, m in [("社区（村）数","查找身边隐患","rectification.community_units"),("开展活动（场次）","查找身边隐患","rectification.community_events")]:
    add("rect_community","wide",l,c,m)
for l, c, m in [("红袖章等活动（场）","企业安全活动","rectification.enterprise_events"),("参与职工（人次）","企业安全活动","rectification.enterprise_participants")]:
    add("rect_enterprise_acts","wide",l,c,m)

# study
for l, c, m in [("中心组学习（次）","学习贯彻重要论述","study.group_sessions"),("参学人次","学习贯彻重要论述",None),
                ("网络培训（场）","学习贯彻重要论述","study.online_sessions"),("大讲堂等宣讲（场）","学习贯彻重要论述","study.lecture_sessions"),
                ("开设专栏（个）","学习贯彻重要论述","study.columns")]:
    add("study_group","wide",l,c,m)
for l, c, m in [("次数","学习宣贯 中心组专题学习","study.group_sessions"),("参学（人次）","学习宣贯 中心组专题学习","study.group_participants"),
                ("场次","学习宣贯 集中观看专题片","study.viewing_sessions"),("人次","学习宣贯 集中观看专题片","study.viewing_participants")]:
    add("study_three_rows","wide",l,c,m)
for l, c, m in [("线上培训场次","学习","study.online_sessions"),("线上培训参训人次","学习","study.online_participants"),
                ("宣讲受众人次","学习","study.lecture_participants")]:
    add("study_long","long",l,c,m)

# cloud class
for l, c, m in [("收看（人次）","“安全生产大家谈”云课堂","cloud.participants"),("视频访谈（场）","“安全生产大家谈”云课堂","cloud.interviews"),
                ("在线辅导（场次）","“安全生产大家谈”云课堂","cloud.tutoring_sessions"),("直播（场）","“安全生产大家谈”云课堂","cloud.live_sessions"),
                ("直播观看（人次）","“安全生产大家谈”云课堂","cloud.live_participants")]:
    add("cloud_group","wide",l,c,m)

# tour under a local name
for l, c, m in [("记者采访（次）","安全生产湘江行","tour.press_interviews"),("曝光问题（条）","安全生产湘江行","tour.problems_exposed"),
                ("曝光典型案例（个）","安全生产湘江行","tour.cases_exposed"),("转载转发（篇）","安全生产湘江行","tour.reposts"),
                ("专题行（次）","安全生产湘江行","tour.thematic_trips"),("网上行（次）","安全生产湘江行","tour.online_trips")]:
    add("tour_local","wide",l,c,m)
for l, c, m in [("采访报道次数","安全生产万里行","tour.press_interviews"),("宣传经验做法条数","安全生产万里行","tour.practices_publicized"),
                ("曝光问题隐患条数","安全生产万里行","tour.problems_exposed"),("出动记者人次","安全生产万里行",None)]:
    add("tour_long","long",l,c,m)

# launch, long tables with a 计量单位 column appended as the reader does
for l, c, m in [("启动仪式（场）","启动","launch.events"),("参加启动仪式（人次）","启动",None)]:
    add("launch","wide",l,c,m)
for l, c, m in [("开展活动（场）","宣传进农村","five.village_events"),("参与群众（人次）","宣传进农村","five.village_participants"),
                ("开展活动（场）","宣传进家庭","five.family_events"),("参与人员（人次）","应急避险演练","drills.participants"),
                ("出动人员（人次）","执法检查",None)]:
    add("long_measure_col","long",l,c,m)

items=[]
for fam, xs in F.items():
    for i,(shape,label,ctx,metric) in enumerate(xs):
        it={"id":"o22_%s#%d"%(fam,i+1),"shape":shape,"label":label,"metric":metric,"family":"o22_"+fam}
        if ctx: it["context"]=ctx
        items.append(it)
# split by family with FNV-1a, fixed salt, before any run
def fnv(s):
    h=0x811c9dc5
    for b in s.encode():
        h^=b; h=(h*0x01000193)&0xffffffff
    return h
tune=[x for x in items if fnv("tables22:"+x["family"])%2==0]
test=[x for x in items if fnv("tables22:"+x["family"])%2==1]
import sys
json.dump(tune,open(sys.argv[1]+"/own22-tune.json","w"),ensure_ascii=False,indent=0)
json.dump(test,open(sys.argv[1]+"/own22-test.json","w"),ensure_ascii=False,indent=0)
print(len(items),len(F),"tune",len(tune),len({x['family'] for x in tune}),"test",len(test),len({x['family'] for x in test}))
