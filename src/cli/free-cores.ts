/**
 * How much CPU the rest of the machine leaves free, measured over the last moments rather than read
 * from the load average (which lags by a minute and counts every process waiting, this one's own
 * earlier runs too). Linux's /proc/stat where there is one, else
 * os.cpus(); this process's own CPU (its threads included) is taken out.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { cpuTimesOf } from './cpu-steal';

/** CPU time as busy and total ticks of all cores together (any unit: only their ratio is used). */
export interface CpuTicks {
	busy: number;
	total: number;
}

/**
 * /proc/stat's first line, `cpu user nice system idle iowait irq softirq steal …`, as busy and total
 * ticks: all but idle and iowait. Niced work is busy too: with the scheduler's autogroups (Linux's
 * default) another session's niced build takes its share of a core like any other (measured: a second
 * thread beside others' niced tests made 1,000 forms a third slower). Time the hypervisor took
 * (steal) is busy: it is not this machine's to use.
 */
export function procStatTicks(stat: string): CpuTicks | null {
	const f = cpuTimesOf(stat);
	if (!f) return null;
	const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
	const busy = user + nice + system + irq + softirq + steal;
	return { busy, total: busy + idle + iowait };
}

function machineTicks(): CpuTicks | null {
	try {
		return procStatTicks(readFileSync('/proc/stat', 'utf8'));
	} catch {
		// Elsewhere (macOS, Windows) os.cpus() gives each core's times in milliseconds, steal unknown.
		const cores = cpus();
		if (cores.length === 0) return null;
		let busy = 0;
		let total = 0;
		for (const { times: t } of cores) {
			busy += t.user + t.nice + t.sys + t.irq;
			total += t.user + t.nice + t.sys + t.idle + t.irq;
		}
		return { busy, total };
	}
}

/** The machine's CPU ticks and this process's CPU (all its threads) at a moment, in milliseconds. */
export interface CpuSample {
	at: number;
	ticks: CpuTicks | null;
	own: number;
}

function machineSample(): CpuSample {
	const u = process.cpuUsage();
	return { at: performance.now(), ticks: machineTicks(), own: (u.user + u.system) / 1000 };
}

/**
 * Starts measuring; each call of the function returned gives the cores others left free since the
 * call before (or the start): the machine's cores less the CPU others used, this process's not counted.
 * Null when it cannot tell (no CPU times, or no time has passed).
 */
export function freeCoresMeter(sample: () => CpuSample = machineSample, cores = availableParallelism()): () => number | null {
	let last = sample();
	return () => {
		const now = sample();
		const before = last;
		last = now;
		if (!now.ticks || !before.ticks) return null;
		const total = now.ticks.total - before.ticks.total;
		const wall = now.at - before.at;
		if (total <= 0 || wall <= 0) return null;
		const busyCores = (cores * (now.ticks.busy - before.ticks.busy)) / total;
		const ownCores = (now.own - before.own) / wall;
		return Math.min(cores, Math.max(0, cores - Math.max(0, busyCores - ownCores)));
	};
}
