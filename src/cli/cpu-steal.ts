/**
 * CPU steal: the share of this virtual machine's CPU time its hypervisor gave
 * to other guests (Linux /proc/stat). Here it comes and goes — 30–50 % for
 * minutes, then none — and a run under it takes up to twice as long, so the
 * bench prints it next to its timings.
 */
import { readFileSync } from 'node:fs';

/**
 * The eight CPU times of /proc/stat's first line, `cpu user nice system idle iowait irq softirq steal
 * guest guest_nice` (guest time is counted in user too), all cores together; null when the text has no
 * such line. Read by the bench (steal) and by the CLI's free-core meter (free-cores.ts).
 */
export function cpuTimesOf(stat: string): number[] | null {
	const f = stat.split('\n')[0].trim().split(/\s+/);
	return f[0] === 'cpu' ? f.slice(1, 9).map((x) => Number(x) || 0) : null;
}

/** [steal, total] jiffies from /proc/stat's text. */
export function stealAndTotal(stat: string): [number, number] {
	const f = cpuTimesOf(stat) ?? [];
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
