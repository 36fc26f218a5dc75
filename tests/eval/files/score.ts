/**
 * Compares the facts the normalizer output for one file with the facts the generator wrote into it.
 *
 * Expected facts with a metric are matched in passes, each taking an actual fact at most once:
 * 1. right: same metric and the same value (or text), preferring the same cell, then the same unit;
 * 2. wrong value: same metric in the same cell (or, with no cell, the same unit), another value;
 * 3. wrong metric: the same value in the same cell (or unit) mapped to another metric;
 * 4. unmapped: the same value in the same cell (or unit) left unmapped — visible, the user can map it;
 * 5. lost: nothing found.
 * An expected fact without a metric (a column the schema lacks) that came out mapped is `noneMapped`. Mapped facts
 * left over are `extra` (a 合计 row read as a unit, a footnote's number …). Right facts whose unit, region, year or
 * status differ from the expected ones are counted in `metaWrong` (they are still right for recall and precision).
 */

/** A row of the CLI's facts CSV (and of the expected CSV: the same columns). */
export type Row = Record<'file' | 'sheet' | 'cell' | 'unit' | 'region' | 'year' | 'metric_id' | 'label' | 'value' | 'text' | 'status', string>;

export interface Score {
	files: number;
	failed: number;
	expected: number;
	mapped: number;
	right: number;
	wrongValue: number;
	wrongMetric: number;
	noneMapped: number;
	unmapped: number;
	lost: number;
	extra: number;
	metaWrong: number;
	notes: string[];
}

const squeeze = (s: string) => (s ?? '').replace(/\s+/g, '');
const sameValue = (a: Row, b: Row) =>
	a.value === '' && b.value === '' ? squeeze(a.text) === squeeze(b.text) : a.value !== '' && b.value !== '' && Math.abs(Number(a.value) - Number(b.value)) < 1e-9;
const isMapped = (r: Row) => (r.status === 'ok' || r.status === 'superseded') && r.metric_id !== '';
/** Same place: the same cell when both name one (case and $ ignored), else the same unit. */
const samePlace = (e: Row, a: Row) => (e.cell && a.cell ? e.cell.replace(/\$/g, '').toUpperCase() === a.cell.replace(/\$/g, '').toUpperCase() : squeeze(e.unit) === squeeze(a.unit));
const show = (r: Row) => `${r.cell || '-'} ${squeeze(r.unit)} ${r.metric_id || '(unmapped)'}=${r.value !== '' ? r.value : JSON.stringify(r.text)}${r.label ? ` «${r.label.replace(/\s+/g, ' ').slice(0, 60)}»` : ''}`;

export function scoreFile(expected: Row[], actual: Row[]): Score {
	const s: Score = { files: 1, failed: 0, expected: 0, mapped: 0, right: 0, wrongValue: 0, wrongMetric: 0, noneMapped: 0, unmapped: 0, lost: 0, extra: 0, metaWrong: 0, notes: [] };
	const errors = actual.filter((r) => r.status === 'error');
	const facts = actual.filter((r) => r.status !== 'error');
	if (errors.length || !facts.length) {
		s.failed = 1;
		s.notes.push(`FAILED: ${errors.map((e) => e.text).join(' | ') || 'no facts'}`);
	}
	const used = new Set<Row>();
	const take = (pred: (a: Row) => boolean, prefer: ((a: Row) => boolean)[] = []): Row | undefined => {
		const free = facts.filter((a) => !used.has(a) && pred(a));
		const hit = prefer.reduce<Row | undefined>((found, p) => found ?? free.find(p), undefined) ?? free[0];
		if (hit) used.add(hit);
		return hit;
	};
	const withMetric = expected.filter((e) => e.metric_id);
	s.expected = withMetric.length;
	s.mapped = facts.filter(isMapped).length;
	const rest: Row[] = [];
	for (const e of withMetric) {
		const a = take((x) => isMapped(x) && x.metric_id === e.metric_id && sameValue(e, x), [(x) => samePlace(e, x) && squeeze(x.unit) === squeeze(e.unit), (x) => samePlace(e, x)]);
		if (!a) {
			rest.push(e);
			continue;
		}
		s.right++;
		const meta = (['unit', 'region', 'year', 'status'] as const).filter((k) => (k === 'unit' || k === 'region' ? squeeze(a[k]) !== squeeze(e[k]) : a[k] !== e[k]));
		if (meta.length) {
			s.metaWrong++;
			s.notes.push(`meta   ${show(e)}: ${meta.map((k) => `${k} ${JSON.stringify(a[k])} ≠ ${JSON.stringify(e[k])}`).join(', ')}`);
		}
	}
	for (const e of rest) {
		let a = take((x) => isMapped(x) && x.metric_id === e.metric_id && samePlace(e, x));
		if (a) {
			s.wrongValue++;
			s.notes.push(`value  ${show(e)} read as ${a.value !== '' ? a.value : JSON.stringify(a.text)}`);
			continue;
		}
		a = take((x) => isMapped(x) && sameValue(e, x) && samePlace(e, x));
		if (a) {
			s.wrongMetric++;
			s.notes.push(`metric ${show(e)} mapped to ${a.metric_id}`);
			continue;
		}
		a = take((x) => x.status === 'unmapped' && sameValue(e, x) && samePlace(e, x));
		if (a) {
			s.unmapped++;
			s.notes.push(`unmap  ${show(e)} left unmapped as «${a.label}»`);
			continue;
		}
		s.lost++;
		s.notes.push(`lost   ${show(e)}`);
	}
	for (const e of expected.filter((x) => !x.metric_id)) {
		const a = take((x) => isMapped(x) && sameValue(e, x) && samePlace(e, x));
		if (a) {
			s.noneMapped++;
			s.notes.push(`none✗  ${show(e)} (no schema metric) mapped to ${a.metric_id}`);
		} else take((x) => x.status === 'unmapped' && sameValue(e, x) && samePlace(e, x));
	}
	for (const a of facts.filter((x) => isMapped(x) && !used.has(x))) {
		s.extra++;
		s.notes.push(`extra  ${show(a)}`);
	}
	return s;
}

export function sumScores(scores: Score[]): Score {
	const t: Score = { files: 0, failed: 0, expected: 0, mapped: 0, right: 0, wrongValue: 0, wrongMetric: 0, noneMapped: 0, unmapped: 0, lost: 0, extra: 0, metaWrong: 0, notes: [] };
	for (const s of scores) for (const k of Object.keys(t) as (keyof Score)[]) if (k !== 'notes') (t[k] as number) += s[k] as number;
	return t;
}
