/**
 * CPU steal: the share of this virtual machine's CPU time its hypervisor gave
 * to other guests (Linux /proc/stat). Here it comes and goes — 30–50 % for
 * minutes, then none — and a run under it takes up to twice as long, so the
 * bench prints it next to its timings.
 */
import { readFileSync } from 'node:fs';

/** [steal, total] jiffies from /proc/stat's text: its first line, `cpu user nice system idle iowait irq softirq steal guest guest_nice` (guest time is counted in user too). */
export function stealAndTotal(stat: string): [number, number] {
	const f = stat.split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
	return [f[7] ?? 0, f.reduce((s, x) => s + x, 0)];
}

function cpuTimes(): [number, number] | null {
	try {
		return stealAndTotal(readFileSync('/proc/stat', 'utf8'));
	} catch {
		return null;
	}
}

/** Starts measuring; the function returned gives the steal since then, in % of all CPU time (null: unknown, e.g. no /proc/stat). */
export function stealMeter(read: () => [number, number] | null = cpuTimes): () => number | null {
	const start = read();
	return () => {
		const now = read();
		if (!start || !now || now[1] === start[1]) return null;
		return Math.round((100 * (now[0] - start[0])) / (now[1] - start[1]));
	};
}

/** " (CPU steal 37 %)", or nothing where there is none to report. */
export const stealNote = (pct: number | null) => (pct ? ` (CPU steal ${pct} %)` : '');
