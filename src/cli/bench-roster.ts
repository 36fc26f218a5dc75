/**
 * `npx tsx src/cli/bench-roster.ts [UNITS] [FILINGS]` (default 5,000 and
 * 20,000): roster matching and statuses in Node — a roster of generated
 * township names in 40 counties, one filing per file written the ways units
 * write their names (county prefix, 人民政府, （盖章）, a sub-office), some
 * without a region, a tenth of them unknown to the roster. Prints the
 * median and the slowest of 7 runs after one warm-up (wall and CPU time); the target is under a
 * second.
 */
import { performance } from 'node:perf_hooks';
import { bigRound } from '../../tests/fixtures/roster';
import { emptyRoster, rosterState, setDeadlines, setYearUnits, type FiledFile } from '../lib/roster/index';

const units = Number(process.argv[2] ?? 5000);
const filings = Number(process.argv[3] ?? 20000);
const { roster: names, filers } = bigRound(units, filings);
const roster = setDeadlines(
	setYearUnits(
		emptyRoster(),
		2024,
		names.map((n) => ({ ...n, contact: '', phone: '', category: '' }))
	),
	2024,
	{ interimDue: '2024-06-10', finalDue: '2024-06-24' }
);
const files: FiledFile[] = filers.map((f, i) => ({
	fileId: String(i),
	file: `${f.name}.xlsx`,
	error: null,
	filings: [{ unit: f.name, region: f.region, year: 2024, filedOn: `2024-06-${String(5 + (i % 25)).padStart(2, '0')}`, sheet: 'Sheet1' }]
}));

rosterState(roster, files);
const times: number[] = [];
const cpu: number[] = [];
let state = rosterState(roster, files);
for (let run = 0; run < 7; run++) {
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	state = rosterState(roster, files);
	const c = process.cpuUsage(c0);
	times.push(performance.now() - t0);
	cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const count = (s: string) => state.statuses.filter((x) => x.status === s).length;
console.log(
	JSON.stringify({
		units,
		filings,
		median_ms: Math.round(times[3]),
		slowest_ms: Math.round(times[6]),
		// CPU time of this process: what the machine's other load does not inflate.
		median_cpu_ms: Math.round(cpu[3]),
		final: count('final'),
		interim: count('interim'),
		late: count('late'),
		missing: count('missing'),
		off_roster: state.offRoster.length,
		proposals: state.offRoster.reduce((n, o) => n + o.proposals.length, 0)
	})
);
