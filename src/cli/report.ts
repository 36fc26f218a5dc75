/**
 * npm run --silent report -- [--mapping PROFILE.json] [--year Y ...] [--region R ...] [--lang zh|en] [--roster LIST] [--merges WORKSPACE.aqy] --out report.xlsx|report.docx PATH...
 * The report pack (XLSX: cover, summary tables with charts, facts with their
 * source, unmapped items, problems) or the 总结报告 (DOCX: the draft's text, the
 * summary tables as Word tables, the charts) from spreadsheets on disk, with the same
 * core, SQL and chart options as the dashboard, so its numbers equal those on
 * screen. Exit 0: every file read; 1: some could not be (listed in the pack
 * and on stderr); 2: usage error or a bad profile.
 */
import { writeFileSync } from 'node:fs';
import { collectFiles } from './files';
import { loadMerges, loadProfile, requirePaths, usageOf, type Usage } from './args';
import { buildDocxFromFiles, buildPackFromFiles } from './report-pack';
import { readRosterList } from './roster-status';

const USAGE = `用法 / usage: npm run --silent report -- [--mapping PROFILE.json] [--year Y ...] [--region R ...] [--lang zh|en] [--roster LIST] [--merges WORKSPACE.aqy] --out report.xlsx|report.docx PATH...
  PATH       文件或文件夹（递归读取 .xlsx .xls .csv）/ a file or a folder (read recursively)
  --out      报告文件（必填）：.xlsx 为报告数据包，.docx 为总结报告（文字、表格、图表）/ the report to write (required):
             .xlsx the report pack, .docx the 总结报告 (text, tables, charts)
  --lang     总结报告的语言（zh 默认，或 en）/ the .docx report's language (zh by default, or en)
  --year     只统计这些年度（可重复）/ only these years (repeatable)
  --region   只统计这些地区及其下级（可重复）/ only these regions and those nested under them (repeatable)
  --roster   应报单位名单（.xlsx/.xls/.csv）：总结报告写明应报、已报单位数，未报齐时写“据不完全统计”；文件未写地区的单位取名单中的地区
             / the roster list: the report states units expected and reported ("据不完全统计" while some have not);
             units whose files name no region take the roster's
  --mapping  映射配置（JSON，在看板的映射审核页导出）/ mapping profile (JSON, exported from the review screen)
  --merges   单位合并（看板“检查”页接受的合并及批量指定的地区）：工作区文件 .aqy 或其 merges JSON
             / the unit merges accepted in the page's 检查 tab (and regions given units there): an .aqy or its merges JSON`;

// Typed explicitly so TypeScript narrows after a call (it returns never).
const usage: Usage = usageOf(USAGE);


function parseArgs(argv: string[]) {
	const paths: string[] = [];
	const years: number[] = [];
	const regions: string[] = [];
	let out: string | undefined;
	let mapping: string | undefined;
	let roster: string | undefined;
	let merges: string | undefined;
	let lang: 'zh' | 'en' = 'zh';
	const next = (i: number, what: string) => {
		const v = argv[i];
		if (v === undefined || v === '') usage(what);
		return v;
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--out' || a === '-o') out = next(++i, '--out 需要一个文件名 / --out needs a file name');
		else if (a === '--roster') roster = next(++i, '--roster 需要一个名单文件 / --roster needs a list file');
		else if (a === '--merges') merges = next(++i, '--merges 需要一个 .aqy 或 JSON 文件名 / --merges needs an .aqy or JSON file name');
		else if (a === '--mapping' || a === '-m') mapping = next(++i, '--mapping 需要一个 JSON 文件名 / --mapping needs a JSON file name');
		else if (a === '--year' || a === '-y') {
			const y = next(++i, '--year 需要一个年度 / --year needs a year');
			if (!/^(19|20)\d{2}$/.test(y)) usage(`年度无效 / not a year: ${y}`);
			years.push(Number(y));
		} else if (a === '--region' || a === '-r') regions.push(next(++i, '--region 需要一个地区名 / --region needs a region name'));
		else if (a === '--lang') {
			const l = next(++i, '--lang 需要 zh 或 en / --lang needs zh or en');
			if (l !== 'zh' && l !== 'en') usage(`语言应为 zh 或 en / the language must be zh or en: ${l}`);
			lang = l;
		} else if (a === '--help' || a === '-h') {
			process.stdout.write(USAGE + '\n');
			process.exit(0);
		} else if (a.startsWith('-')) usage(`未知选项 / unknown option: ${a}`);
		else paths.push(a);
	}
	if (!out) usage('请用 --out 指定报告文件 / give the report file with --out');
	if (!/\.(xlsx|docx)$/i.test(out)) usage(`报告文件应以 .xlsx 或 .docx 结尾 / the report file must end in .xlsx or .docx: ${out}`);
	requirePaths(paths, usage);
	return { paths, out, years, regions, lang, roster, profile: mapping === undefined ? null : loadProfile(mapping, usage), merges: merges === undefined ? null : loadMerges(merges, usage) };
}

const args = parseArgs(process.argv.slice(2));
const skipped: string[] = [];
const files = collectFiles(args.paths, skipped);
const roster = args.roster === undefined ? null : await readRosterList(args.roster, usage);
const input = { files, profile: args.profile, years: args.years, regions: args.regions, roster, merges: args.merges };
// The extension picks the format: the XLSX report pack or the Word 总结报告.
const pack = /\.docx$/i.test(args.out) ? await buildDocxFromFiles({ ...input, lang: args.lang }) : await buildPackFromFiles(input);
writeFileSync(args.out, pack.bytes);
const n = (s: string) => pack.counts[s] ?? 0;
process.stderr.write(
	`${args.out}: ${files.length} 个文件 / files · ${n('ok')} ok · ${n('unmapped')} unmapped · ${n('superseded')} superseded · ${pack.failed.length} 个无法读取 / unreadable · ${skipped.length} 个已跳过 / skipped\n`
);
for (const r of pack.failed) process.stderr.write(`  ${r.file}: ${r.error!.zh} / ${r.error!.en}\n`);
process.exitCode = pack.failed.length > 0 ? 1 : 0;
