import { normalizeLabel } from '../schema/label';
import type { LabelDecision } from './profile';

/**
 * The key a decision and a fact meet on: the label normalized (NFKC, no
 * whitespace, quotes or empty brackets), so `发放宣传资料（份）` written with
 * half-width brackets or stray spaces hits the same decision.
 */
export function labelKey(label: string): string {
	return normalizeLabel(label)
		.split('|')
		.filter((p) => p !== '')
		.join('|');
}

export function decisionKey(d: Pick<LabelDecision, 'label' | 'context'>): string {
	return labelKey(d.context ? `${d.context}|${d.label}` : d.label);
}
