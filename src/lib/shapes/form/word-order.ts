/**
 * A slot written before what it counts, with what those did after it: （ ）个企业开展安全体检 counts
 * enterprises that held a check. Read as the noun phrase the matcher knows best — what they did, 的,
 * then the counted noun with the slot: 开展安全体检的企业（ ）个. Nouns here are mostly two characters
 * (企业, 社区, 学校, 群众, 职工); the rewording is only tried when the words as written found no metric.
 */
import { UNIT_WORDS } from './slots';
import { WHO } from './participation';

const SLOT_FIRST = new RegExp(`^(.*?)([（(] [)）])(${UNIT_WORDS.join('|')})?([\\u4e00-\\u9fa5]{2})([\\u4e00-\\u9fa5“”"].{1,})$`);

/** 发动（ ）个企业开展安全体检 → 发动开展安全体检的企业（ ）个, or null when the label has no such shape. */
export function countedNounLast(label: string): string | null {
	const m = SLOT_FIRST.exec(label);
	if (!m) return null;
	const [, before, , unit, noun, rest] = m;
	if (/[（(] [)）]/.test(rest)) return null;
	return `${before}${rest}的${noun}（ ）${unit ?? ''}`;
}

/** A verb that sets others to work, and whom, opening a label (组织, 动员职工, 发动群众). */
const ORGANIZER = /^(?:组织|动员|发动|号召|引导|鼓励|督促|带动)(?:全体师生|全体职工|干部职工|企业员工|干部群众|党员干部|教职员工|教职工|职工|员工|群众|居民|村民|师生|学生|教师|家长|党员|干部|人员)?(?=[\u4e00-\u9fa5“"])/;

/**
 * 组织收看云课堂（ ）人次 → 收看云课堂（ ）人次: the label without who organized it, when something is left that
 * was done (a verb and its object); null when the label opens with no organizer.
 */
export function withoutOrganizer(label: string): string | null {
	const m = ORGANIZER.exec(label);
	if (!m) return null;
	const rest = label.slice(m[0].length);
	return /^[\u4e00-\u9fa5“"]{2}/.test(rest) ? rest : null;
}

// A leader by title too: a secretary or director (党组织书记, 办公室主任), the head of a school, office or village
// (校长, 校（园）长, 院长, 局长, 镇长, 村长).
const HEAD = '[校园院局镇县乡厂所站村部处科队]';
const LEADERS = `党政主要负责人|主要负责人|单位负责人|负责同志|领导干部|班子成员|主要领导|分管领导|专家学者|专家|[\\u4e00-\\u9fa5]{0,4}(?:书记|主任)|(?:分管|常务)?副?${HEAD}(?:[（(]${HEAD}[)）])?长`;
/** Who did it, one or a list (领导干部讲安全公开课, 职工、患者及家属举报…), opening a label: the one acting is not what was done. */
const ACTOR = new RegExp(`^(?:${LEADERS}|${WHO})(?:[、和及与](?:${LEADERS}|${WHO}))*(?=[\\u4e00-\\u9fa5“"])`);

/** 线上参加“公众开放日”: online said before the verb of taking part, where the template has it after (参加线上…). */
const MANNER_FIRST = /^(线上|网上|在线)(参加|参与|观看|收看)(?=[\u4e00-\u9fa5“"])/;

/**
 * The label as what was done, when who organized or did it (组织职工, 领导干部) opens it, or 线上 comes
 * before the verb of taking part — the wordings worth asking the matcher again, most cut first; none
 * when the label has no such opening.
 */
export function whatWasDone(label: string): string[] {
	const actor = ACTOR.exec(label);
	const done = withoutOrganizer(label) ?? (actor && /^[\u4e00-\u9fa5“"]{2}/.test(label.slice(actor[0].length)) ? label.slice(actor[0].length) : null);
	const base = done ?? label;
	const moved = MANNER_FIRST.test(base) ? base.replace(MANNER_FIRST, '$2$1') : null;
	return [done, moved].filter((x): x is string => x !== null);
}
