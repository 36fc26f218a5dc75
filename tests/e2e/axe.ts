/**
 * axe-core in the page under test. The app's CSP allows no injected <script>, so
 * axe's source is evaluated through the DevTools protocol (page.evaluate), which
 * CSP does not govern; axe is a devDependency and never part of the built app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
	id: string;
	impact: string | null;
	/** Each offending node: its selector and axe's reason, short. */
	nodes: string[];
}

/** Runs axe on the whole document as it is now; the violations, each with its nodes. */
export async function axeViolations(page: Page): Promise<Violation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async () => {
		type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] };
		const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
		const r = await axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`) }));
	});
}

/** The violations a page must not have: serious and critical ones, and landmarks named alike. */
export const mustFix = (v: Violation) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique';
