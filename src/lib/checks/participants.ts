/**
 * Participants smaller than sessions. The S/P pairs come from the metric ids:
 * a sessions metric `<stem>events` / `<stem>sessions` and a participants metric
 * `<stem>participants` with the same stem (consult.events ~ consult.participants,
 * study.group_sessions ~ study.group_participants), so custom metrics named the
 * same way pair up too, and nobody keeps a list of forty ids.
 */
import type { Fact, FileResult, Shape } from '../facts/fact';
import type { Family } from '../schema/types';
import { METRICS } from '../schema/metrics';
import type { Check } from './types';
import { activityName, makeCheck, metricName, placeOf, rowOf, sourceOf, unitYear } from './source';

const SESSIONS = /^(.+?)(?:events|sessions)$/;
const PARTICIPANTS = /^(.+?)participants$/;

/** The stem a sessions (S) or participants (P) metric shares with its partner, or null. */
export function pairStem(metricId: string, family: Family | null): { stem: string; role: 'S' | 'P' } | null {
	if (family === 'S') {
		const m = SESSIONS.exec(metricId);
		return m ? { stem: m[1], role: 'S' } : null;
	}
	if (family === 'P') {
		const m = PARTICIPANTS.exec(metricId);
		return m ? { stem: m[1], role: 'P' } : null;
	}
	return null;
}

/** The schema's sessions → participants pairs (what the rule compares). */
export function schemaPairs(): { sessions: string; participants: string }[] {
	const sessions = new Map<string, string>();
	for (const m of METRICS) {
		const s = pairStem(m.id, m.family);
		if (s?.role === 'S') sessions.set(s.stem, m.id);
	}
	const out: { sessions: string; participants: string }[] = [];
	for (const m of METRICS) {
		const s = pairStem(m.id, m.family);
		if (s?.role === 'P' && sessions.has(s.stem)) out.push({ sessions: sessions.get(s.stem)!, participants: m.id });
	}
	return out;
}

/**
 * What "the same line" is on each kind of sheet: the same cell of a form (one
 * clause holds both numbers), the same row of a wide table, the whole filing
 * (unit + year) of a long table, where each number has its own row.
 */
function lineOf(f: Fact, shape: Shape | undefined): string {
	if (shape === 'form') return f.cell;
	if (shape === 'wide') return `row ${rowOf(f.cell)}`;
	return '';
}

export function participantsBelowSessions(facts: Fact[], results: FileResult[]): Check[] {
	const shapes = new Map<string, Shape>();
	for (const r of results) for (const s of r.sheets) shapes.set(`${r.fileId}\u0000${s.name}`, s.shape);

	const groups = new Map<string, { S: Fact[]; P: Fact[] }>();
	for (const f of facts) {
		if (f.status !== 'ok' || f.value === null || !f.metricId) continue;
		const pair = pairStem(f.metricId, f.family);
		if (!pair) continue;
		const line = lineOf(f, shapes.get(`${f.fileId}\u0000${f.sheet}`));
		const key = [f.fileId, f.sheet, line, f.region, f.unit, f.year ?? '', pair.stem].join('\u0000');
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { S: [], P: [] }));
		g[pair.role].push(f);
	}

	const checks: Check[] = [];
	for (const { S, P } of groups.values())
		for (const s of S)
			for (const p of P) {
				if (p.value! >= s.value!) continue;
				const who = unitYear(s);
				const act = activityName(s.activityId);
				const sn = metricName(s);
				const pn = metricName(p);
				checks.push(
					makeCheck(
						'participants.below-sessions',
						{
							zh: `${who.zh}“${act.zh}”：${pn.zh} ${p.value}（${p.cell}）少于${sn.zh} ${s.value}（${s.cell}），见 ${placeOf(s)}。`,
							en: `${who.en}, "${act.en}": ${pn.en} ${p.value} (${p.cell}) is below ${sn.en} ${s.value} (${s.cell}), in ${placeOf(s)}.`
						},
						[sourceOf(s), sourceOf(p)],
						{ unit: s.unit, region: s.region, year: s.year }
					)
				);
			}
	return checks;
}
