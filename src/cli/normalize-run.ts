/**
 * runNormalize(argv): npm run --silent normalize -- [--mapping PROFILE.json] [--suggest DRAFT.json] [--out FILE.csv | --out FACTS.parquet] [--jobs N] PATH...
 * Reads spreadsheets (files or folders, recursively) with the same core as
 * the browser, on N threads, and writes one CSV row per fact, or the same
 * rows as Parquet partitioned by year (parquet.ts). Exit 0: every file read;
 * 1: some could not be read or gave no fact (their rows say why); 2: usage error or a bad profile.
 * With --mapping, the profile's decisions are applied; facts it ignores are
 * left out of the CSV (its statuses are ok/unmapped/superseded/error) and counted.
 * With --suggest, a mapping profile draft is written for the labels that stayed unmapped: three
 * suggested metrics each, with reasons; edited, it goes back in with --mapping.
 * With --roster and --status, who has reported is written too (roster-status.ts).
 */
import { writeFileSync } from 'node:fs';
import { buildFacts } from '../lib/pipeline';
import { labelInventory, mappingDraft } from '../lib/mapping';
import { FACT_CSV_HEADER, errorCsvRow, factCsvRow } from '../lib/facts/csv-out';
import { noFactsReason } from '../lib/facts/no-facts';
import { collectFiles } from './files';
import { loadMerges, loadProfile, requirePaths, usageOf, type Usage } from './args';
import { applyUnitMergesToResults } from '../lib/facts/unit-merges';
import { applyRegionAssignments } from '../lib/facts/region-assign';
import { fileSizes, readFiles } from './read-workers';
import { tuneForInput } from './short-run';
import { dueDateIn } from '../lib/roster/index';
import { readRosterList, writeRosterStatus, type RosterOptions } from './roster-status';

const USAGE = `用法 / usage: npm run --silent normalize -- [--mapping PROFILE.json] [--suggest DRAFT.json] [--out FILE.csv | --out FACTS.parquet] [--format csv|parquet] [--jobs N] [--include-hidden] PATH...
  PATH       文件或文件夹（递归读取 .xlsx .xls .et .csv .docx .doc .wps .rtf 等；.pdf 等给出说明原因的错误行，其余文件计为跳过）
             / a file or a folder (read recursively: .xlsx .xls .et .csv .docx .doc .wps .rtf …; .pdf … give error rows saying why, other files are counted as skipped)
  --out      输出文件（默认 CSV 到标准输出）；名字以 .parquet 结尾时写 Parquet 文件夹
             / output file (default: CSV on standard output); a name ending in .parquet writes a Parquet folder
  --format   csv 或 parquet（默认按 --out 的扩展名）/ csv or parquet (default: from the --out name)
             Parquet 按年度分区（Hive 布局）/ Parquet is partitioned by year (Hive layout):
               FACTS.parquet/year=2023/data_0.parquet …；没有年度的事实和无法读取文件的错误行在
               / facts without a year and the error rows of unreadable files go to
               FACTS.parquet/year=__HIVE_DEFAULT_PARTITION__/（读回为 NULL / read back as NULL）
             列与 CSV 相同，year 为 INTEGER、value 为 DOUBLE，空白为 NULL
             / same columns as the CSV, year INTEGER, value DOUBLE, blanks NULL
  --jobs     读取线程数（默认：先用一个；有空闲的 CPU 核且剩余输入不少于 2 MB 时再加一个；1 = 单线程）
             / reading threads (default: one, and one more while a core is idle and at least 2 MB is left to read; 1 = this thread only)
  --mapping  映射配置（JSON，在看板的映射审核页导出）/ mapping profile (JSON, exported from the review screen)
  --suggest  为仍未映射的标签写一份映射配置草稿（每个标签三个建议指标及理由；填好 metricId 后用 --mapping 传回）
             / write a mapping profile draft for the labels left unmapped (three suggested metrics each, with
             reasons; fill in metricId and pass it back with --mapping)
  --include-hidden  也读取隐藏的工作表 / read hidden sheets too
  --merges   单位合并（看板“检查”页接受的合并及批量指定的地区）：工作区文件 .aqy（导出工作区）或其 merges JSON；
             用于输出的事实和报送情况 / the unit merges accepted in the page's 检查 tab (and the regions given units
             there): a workspace file .aqy (导出工作区) or its merges JSON; applied to the facts written and to --status
  --roster   应报单位名单（.xlsx .xls .csv：单位、地区，可选联系人、电话、类别）/ the roster of expected units
  --status   报送情况 CSV：每个名单单位每年一行（年度、单位、地区、状态、文件、填报日期、联系人、电话），另列名单外单位
             / status CSV: one row per roster unit and year (and one per filer on no roster)
  --interim-due, --final-due  中期、终报截止日期（如 6月10日、06-24）/ interim and final deadlines (e.g. 6月10日, 06-24)
  --year     只统计这一年（默认：文件中出现的每一年）/ only this year (default: every year the files name)`;

// Typed explicitly so TypeScript narrows after a call (it returns never).
const usage: Usage = usageOf(USAGE);

function parseArgs(argv: string[]) {
	const paths: string[] = [];
	let out: string | undefined;
	let mapping: string | undefined;
	let suggest: string | undefined;
	let format: string | undefined;
	let jobs: number | undefined;
	let includeHidden = false;
	let merges: string | undefined;
	const roster: Partial<RosterOptions> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--out' || a === '-o') {
			out = argv[++i];
			if (!out) usage('--out 需要一个文件名 / --out needs a file name');
		} else if (a === '--mapping' || a === '-m') {
			mapping = argv[++i];
			if (!mapping) usage('--mapping 需要一个 JSON 文件名 / --mapping needs a JSON file name');
		} else if (a === '--suggest') {
			suggest = argv[++i];
			if (!suggest) usage('--suggest 需要一个 JSON 文件名 / --suggest needs a JSON file name');
		} else if (a === '--format') {
			format = argv[++i];
			if (format !== 'csv' && format !== 'parquet') usage('--format 只能是 csv 或 parquet / --format is csv or parquet');
		} else if (a === '--jobs' || a === '-j') {
			jobs = Number(argv[++i]);
			if (!Number.isInteger(jobs) || jobs < 1) usage('--jobs 需要一个正整数 / --jobs needs a positive whole number');
		} else if (a === '--merges') {
			merges = argv[++i];
			if (!merges) usage('--merges 需要一个 .aqy 或 JSON 文件名 / --merges needs an .aqy or JSON file name');
		} else if (a === '--include-hidden') {
			includeHidden = true;
		} else if (a === '--roster' || a === '--status') {
			const v = argv[++i];
			if (!v) usage(`${a} 需要一个文件名 / ${a} needs a file name`);
			roster[a === '--roster' ? 'roster' : 'status'] = v;
		} else if (a === '--interim-due' || a === '--final-due') {
			const v = argv[++i] ?? '';
			if (!dueDateIn(v, 2024)) usage(`${a} 需要月和日，如 6月10日 / ${a} needs a month and day, e.g. 06-10`);
			roster[a === '--interim-due' ? 'interimDue' : 'finalDue'] = v;
		} else if (a === '--year') {
			roster.year = Number(argv[++i]);
			if (!Number.isInteger(roster.year) || roster.year < 1990 || roster.year > 2100) usage('--year 需要一个年份 / --year needs a year');
		} else if (a === '--help' || a === '-h') {
			process.stdout.write(USAGE + '\n');
			process.exit(0);
		} else if (a.startsWith('-')) usage(`未知选项 / unknown option: ${a}`);
		else paths.push(a);
	}
	requirePaths(paths, usage);
	const parquet = format === 'parquet' || (format === undefined && !!out && /\.parquet$/i.test(out));
	if (parquet && !out) usage('Parquet 需要 --out 文件夹名 / Parquet needs --out with a folder name');
	if (!roster.roster !== !roster.status) usage('--roster 与 --status 需同时给出 / --roster and --status go together');
	const rosterOptions = roster.roster ? (roster as RosterOptions) : null;
	return {
		paths,
		out,
		parquet,
		jobs,
		includeHidden,
		suggest,
		rosterOptions,
		profile: mapping === undefined ? null : loadProfile(mapping, usage),
		merges: merges === undefined ? null : loadMerges(merges, usage)
	};
}


/** Runs `normalize` on its arguments (what follows the command name). */
export async function runNormalize(argv: string[]): Promise<void> {
	const { paths, out, parquet, jobs, includeHidden, suggest, rosterOptions, profile, merges } = parseArgs(argv);
	// DuckDB (a native module) is loaded only to write Parquet: a CSV run starts without it.
	const parquetDoor = parquet ? await import('./parquet') : null;
	const refusal = parquetDoor?.parquetTargetRefusal(out!);
	if (refusal) usage(`${refusal.zh}\n${refusal.en}`);
	const rosterUnits = rosterOptions ? await readRosterList(rosterOptions.roster, usage) : null;
	const skipped: string[] = [];
	const files = collectFiles(paths, skipped).map((f) => ({ ...f, includeHidden }));
	const sizes = fileSizes(files);
	tuneForInput(sizes.reduce((sum, b) => sum + b, 0));
	const results = await readFiles(files, jobs ?? 'auto', sizes);
	// The page's order: the regions the user gave units, then the accepted merges, before filings are resolved.
	const decided = merges ? applyUnitMergesToResults(applyRegionAssignments(results, merges.regions ?? []), merges.accepted) : results;
	const allFacts = buildFacts(decided, profile);
	const facts = allFacts.filter((f) => f.status !== 'ignored');
	// A file that gave no fact is never silent: an error row with its reason, and exit 1.
	const failed = results.flatMap((r) => {
		const silent = noFactsReason(r);
		return silent ? [{ ...r, error: silent }] : r.error ? [r] : [];
	});

	if (parquetDoor) {
		const partitions = await parquetDoor.writeFactsParquet(out!, facts, failed);
		process.stderr.write(`Parquet → ${out}/ ${partitions.join(' ')}\n`);
	} else {
		const lines = [FACT_CSV_HEADER.join(','), ...facts.map(factCsvRow), ...failed.map(errorCsvRow)];
		const csv = lines.join('\n') + '\n';
		if (out) writeFileSync(out, csv);
		else process.stdout.write(csv);
	}

	if (suggest) {
		const draft = mappingDraft(labelInventory(allFacts, profile), profile);
		writeFileSync(suggest, JSON.stringify(draft, null, '\t') + '\n');
		const n = draft.labels.length - (profile?.labels.length ?? 0);
		process.stderr.write(`映射草稿 / mapping draft → ${suggest}：${n} 个未映射标签 / unmapped labels\n`);
	}

	const count = (s: string) => allFacts.filter((f) => f.status === s).length;
	const ignored = profile ? ` · ${count('ignored')} ignored（按映射配置忽略，未输出 / left out by the mapping profile）` : '';
	process.stderr.write(
		`${files.length} 个文件 / files · ${count('ok')} ok · ${count('unmapped')} unmapped · ${count('superseded')} superseded${ignored} · ${failed.length} 个无法读取或没有数据 / unreadable or without data` +
			` · ${skipped.length} 个已跳过（不是表格或文档）/ skipped (neither a spreadsheet nor a document)\n`
	);
	for (const r of failed) process.stderr.write(`  ${r.file}: ${r.error!.zh} / ${r.error!.en}\n`);
	if (rosterOptions && rosterUnits) process.stderr.write(`${writeRosterStatus(rosterUnits, results, rosterOptions, merges ? { merges: merges.accepted, regions: merges.regions } : {})}\n`);
	process.exitCode = failed.length > 0 ? 1 : 0;
}
