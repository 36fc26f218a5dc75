/**
 * Words that lean on the clause before them: a slot worded only with them
 * (参演（ ）人次, 受教育师生（ ）人, 共（ ）人参演) counts the people who took part
 * in what the clause before it names. The forms' template says 参与; fillers
 * and other offices write any verb of taking part, so the class is built by
 * meaning — 参 + a verb (参与 参加 参演 参训 参赛 参学 参会 参展 参评 参观),
 * 受 + what was received (受教育 受训 受益), watching and listening (观看 收看
 * 聆听 听讲), reach (覆盖 吸引 带动 出席) — plus who took part (群众, 职工,
 * 师生 …) and tallies (共计, 合计 …). 观摩 is not among them: those who watch a drill
 * from the side did not take part in it (the matcher leaves 观摩 unmapped).
 */
import { getMetric } from '../../schema/lookup';
import type { MetricMatch } from '../../schema/match';

const TAKING_PART = '参[与加演训赛学会展评观]|受(?:教育|训|益)|[观收]看|聆听|听讲|覆盖|吸引|带动|出席';
/** Who takes part or acts (职工, 患者, 医护人员 …). */
export const WHO = '干部职工|党员干部|企业员工|家庭成员|从业人员|医护人员|教职工|职工|员工|群众|师生|学生|教师|党员|干部|村民|居民|市民|家长|患者|家属|乘客|听众|观众|受众|人员';
const PEOPLE = `${WHO}|总人数|人数|人次`;
const TALLY = '共计|合计|累计|总计|其中|共';

/** Every leaning word, for stripping a clause down to its own words. */
export const LEANING_WORDS = new RegExp(`${TAKING_PART}|${PEOPLE}|${TALLY}`, 'g');

/** A line that starts with a verb of taking part or a tally continues the sentence before it. */
export const LEANING_LINE_START = new RegExp(`^(?:${TAKING_PART}|${TALLY})`);

/**
 * Who reports, not what is counted: 全县, 全镇, 各单位, 本单位, 我局, 辖区内 (全县共有（ ）人次参加…,
 * 各单位共组织（ ）场应急演练).
 */
const SUBJECT = '全(?:省|市|州|盟|县|区|旗|镇|乡|街道|系统|行业)|各(?:单位|部门|乡镇|镇街|街道|村|社区|科室|站所|成员单位)|本(?:单位|部门|系统|局|委|办|镇|乡|县|区|市)|我(?:单位|局|委|办|镇|乡|县|区|市|中心|公司|所)|辖区内?|先后|当天|期间';

/**
 * Verbs that set others to work (组织、发动、动员 …), tallies and who reports: a slot with only these
 * before it (组织（ ）人次观看警示教育片, 发动（ ）家企业开展…, 全县共有（ ）人次参加…) is named by the words after it.
 */
export const ORGANIZING_WORDS = new RegExp(`组织|发动|动员|带动|引导|号召|推动|督促|鼓励|开展|举办|进行|完成|实现|达到|${SUBJECT}|${TALLY}|[有计达]`, 'g');

/** Tallies and who reports opening a label right before its slot say nothing of what it counts (共（ ）场 → （ ）场). */
export const TALLY_BEFORE_SLOT = new RegExp(`^(?:${SUBJECT}|${TALLY}|[有计达])+(?=[（(] [)）])`);

const TAKING_PART_OR_PEOPLE = new RegExp(`${TAKING_PART}|${PEOPLE}`);
const PEOPLE_UNITS = new Set(['人', '人次', '名', '人数']);

/**
 * True when a weak clause's slot counts participants: its unit counts people, or it is
 * worded with a verb of taking part / who took part.
 */
export function countsParticipants(clause: string, unit: string): boolean {
	return PEOPLE_UNITS.has(unit) || (unit === '' && TAKING_PART_OR_PEOPLE.test(clause));
}

/**
 * The participants metric paired with a sessions metric (drills.events → drills.participants,
 * consult.open_day_events → consult.open_day_participants), or null when the schema counts no
 * participants of those sessions (launch.events, cloud.interviews).
 */
export function participantsOf(sessionsId: string): MetricMatch | null {
	const stem = sessionsId.replace(/_?(?:events|sessions)$/, '');
	if (stem === sessionsId) return null;
	const m = getMetric(`${stem}${stem.endsWith('.') ? '' : '_'}participants`);
	return m && m.family === 'P' ? { metricId: m.id, activityId: m.activity, family: 'P', confidence: 1 } : null;
}
