/**
 * npm run --silent normalize -- [--mapping PROFILE.json] [--out FILE.csv] PATH...
 * Reads spreadsheets (files or folders, recursively) with the same core as
 * the browser and writes one CSV row per fact. Exit 0: every file read;
 * 1: some could not be (their rows say why); 2: usage error or a bad profile.
 * With --mapping, the profile's decisions are applied; facts it ignores are
 * left out of the CSV (its statuses are ok/unmapped/superseded/error) and counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFacts, processFile } from '../lib/pipeline';
import { FACT_CSV_HEADER, errorCsvRow, factCsvRow } from '../lib/facts/csv-out';
import { collectFiles } from './files';
import { loadProfile, requirePaths, usageOf, type Usage } from './args';

const USAGE = `用法 / usage: npm run --silent normalize -- [--mapping PROFILE.json] [--out FILE.csv] PATH...
  PATH       文件或文件夹（递归读取 .xlsx .xls .csv）/ a file or a folder (read recursively)
  --out      输出 CSV 文件（默认标准输出）/ output CSV file (default: standard output)
  --mapping  映射配置（JSON，在看板的映射审核页导出）/ mapping profile (JSON, exported from the review screen)`;

// Typed explicitly so TypeScript narrows after a call (it returns never).
const usage: Usage = usageOf(USAGE);

function parseArgs(argv: string[]) {
	const paths: string[] = [];
	let out: string | undefined;
	let mapping: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--out' || a === '-o') {
			out = argv[++i];
			if (!out) usage('--out 需要一个文件名 / --out needs a file name');
		} else if (a === '--mapping' || a === '-m') {
			mapping = argv[++i];
			if (!mapping) usage('--mapping 需要一个 JSON 文件名 / --mapping needs a JSON file name');
		} else if (a === '--help' || a === '-h') {
			process.stdout.write(USAGE + '\n');
			process.exit(0);
		} else if (a.startsWith('-')) usage(`未知选项 / unknown option: ${a}`);
		else paths.push(a);
	}
	requirePaths(paths, usage);
	return { paths, out, profile: mapping === undefined ? null : loadProfile(mapping, usage) };
}


const { paths, out, profile } = parseArgs(process.argv.slice(2));
const files = collectFiles(paths);
const results = files.map((f) => processFile({ name: f.name, bytes: new Uint8Array(readFileSync(f.path)) }));
const allFacts = buildFacts(results, profile);
const facts = allFacts.filter((f) => f.status !== 'ignored');
const failed = results.filter((r) => r.error);

const lines = [FACT_CSV_HEADER.join(','), ...facts.map(factCsvRow), ...failed.map(errorCsvRow)];
const csv = lines.join('\n') + '\n';
if (out) writeFileSync(out, csv);
else process.stdout.write(csv);

const count = (s: string) => allFacts.filter((f) => f.status === s).length;
const ignored = profile ? ` · ${count('ignored')} ignored（按映射配置忽略，未输出 / left out by the mapping profile）` : '';
process.stderr.write(
	`${files.length} 个文件 / files · ${count('ok')} ok · ${count('unmapped')} unmapped · ${count('superseded')} superseded${ignored} · ${failed.length} 个无法读取 / unreadable\n`
);
for (const r of failed) process.stderr.write(`  ${r.file}: ${r.error!.zh} / ${r.error!.en}\n`);
process.exitCode = failed.length > 0 ? 1 : 0;
