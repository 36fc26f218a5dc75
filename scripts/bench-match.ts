/**
 * `npx tsx scripts/bench-match.ts [rounds]`: the label matcher's cost per distinct label. Each round
 * sends every label of tests/eval/tune.json (with its context) through matchMetric and rankMetrics
 * under a new section number (`3、参与人次`), so every call misses the matcher's cache as a new file's
 * labels would. Prints wall and CPU microseconds per label; a number to compare before and after a change on the
 * same machine, never a test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchMetric, rankMetrics } from '../src/lib/schema/index';

const here = dirname(fileURLToPath(import.meta.url));
const items: { label: string; context?: string }[] = JSON.parse(readFileSync(join(here, '..', 'tests', 'eval', 'tune.json'), 'utf8'));
const rounds = Number(process.argv[2] ?? 20);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let calls = 0;
for (let r = 0; r < rounds; r++) {
	for (const it of items) {
		const label = `${r + 1}、${it.label}`;
		if (!matchMetric(label, it.context ?? '')) rankMetrics(label, it.context ?? '', { limit: 3 });
		calls++;
	}
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
// On a shared machine the CPU time is the steadier figure: wall time includes waiting for a core.
console.log(`${calls} distinct labels: ${((1000 * ms) / calls).toFixed(0)} µs wall, ${((1000 * cpuMs) / calls).toFixed(0)} µs CPU per label`);
