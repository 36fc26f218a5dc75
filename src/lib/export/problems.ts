/**
 * The rows of the report pack's 问题与提示 sheet: every file's read problems,
 * then every check the 检查 tab shows — warnings, notes and unit-merge
 * proposals (a proposal is a `unit.similar` check, with its reason) — so the
 * sheet says what the screen says. Pure.
 */
import type { Check } from '../checks/types';
import type { Problem } from '../base/problem';
import type { ReportProblem } from './xlsx';

/** Each file's error and problems, named by the file. */
export function fileProblems(files: readonly { file: string; error: Problem | null; problems: readonly Problem[] }[]): ReportProblem[] {
	return files.flatMap((f) => [...(f.error ? [f.error] : []), ...f.problems].map((p) => ({ file: f.file, ...p })));
}

/**
 * One row per check, at its first source (the message names the others).
 * `unlisted`: per rule, how many more the list was cut by — one row says so,
 * so the sheet never looks complete when it is not.
 */
export function checkProblems(checks: readonly Check[], unlisted: Readonly<Record<string, number>> = {}): ReportProblem[] {
	const rows: ReportProblem[] = checks.map((c) => {
		const at = c.sources[0];
		return { file: at?.file ?? '', level: c.level, code: c.code, zh: c.zh, en: c.en, sheet: at?.sheet ?? null, cell: at?.cell ?? null };
	});
	for (const [code, n] of Object.entries(unlisted))
		if (n > 0) rows.push({ file: '', level: 'info', code, zh: `另有 ${n} 条同类检查结果未逐条列出。`, en: `${n} more checks of this rule are not listed one by one.` });
	return rows;
}
