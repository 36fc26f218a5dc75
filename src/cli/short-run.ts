/**
 * V8 optimizes a function once it has run a set amount of bytecode (its interrupt budget). On a
 * small input most of that optimizing is never paid back: a run over a hundred forms spent more CPU
 * compiling optimized code than reading. Below SHORT_RUN_BYTES of input the CLI raises the budget
 * thirtyfold before it reads; a larger input keeps V8's default, which its longer run repays
 * (measured both ways: docs/performance.md, `npm run bench:cli`).
 */
import { setFlagsFromString } from 'node:v8';

/** About a thousand forms: around here the raised budget stops saving CPU, and past it costs some. */
export const SHORT_RUN_BYTES = 10e6;

/** V8's own interrupt budget (Node 20: `node --v8-options` gives 67584). */
const V8_BUDGET = 67584;

/** Thirty times V8's budget (15× and 60× saved less; docs/performance.md). */
const SHORT_RUN_BUDGET = 30 * V8_BUDGET;

/** The V8 flag a run over `bytes` of input reads with, or null for V8's default. */
export function shortRunFlag(bytes: number): string | null {
	return bytes < SHORT_RUN_BYTES ? `--interrupt-budget=${SHORT_RUN_BUDGET}` : null;
}

/** Sets shortRunFlag(bytes), if any, for this process and the threads it starts. Call before reading. */
export function tuneForInput(bytes: number): void {
	const flag = shortRunFlag(bytes);
	if (flag) setFlagsFromString(flag);
}

/**
 * Sets V8's own budget again. V8 accepts a code cache only under the flags it was made with, and a
 * run's cache is made at the end of a run (scripts/fast-start.cjs) for runs that start untuned.
 */
export function untune(): void {
	setFlagsFromString(`--interrupt-budget=${V8_BUDGET}`);
}
