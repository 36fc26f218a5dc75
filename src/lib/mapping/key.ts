import { normalizeLabel } from '../schema/label';
import type { LabelDecision } from './profile';

/**
 * The key a decision and a fact meet on: the label normalized (NFKC, no
 * whitespace, quotes or empty brackets), so `发放宣传资料（份）` written with
 * half-width brackets or stray spaces hits the same decision.
 */
export function labelKey(label: string): string {
	let key = KEYS.get(label);
	if (key === undefined) {
		key = normalizeLabel(label)
			.split('|')
			.filter((p) => p !== '')
			.join('|');
		if (KEYS.size < MAX_KEYS) KEYS.set(label, key);
	}
	return key;
}

/** Keys by label: a batch repeats the same few hundred labels over its facts (a million of them). */
const KEYS = new Map<string, string>();
const MAX_KEYS = 100_000;

export function decisionKey(d: Pick<LabelDecision, 'label' | 'context'>): string {
	return labelKey(d.context ? `${d.context}|${d.label}` : d.label);
}
