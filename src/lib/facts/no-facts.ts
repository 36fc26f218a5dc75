/**
 * A file read without error that still gave no fact must not pass unnoticed:
 * its reason, taken from what the readers said about it (formulas without
 * results first, then the first warning), or else a plain statement.
 */
import type { FileResult } from './fact';
import { problem, type Problem } from '../base/problem';

/** The reason a file yields no fact, or null when it yields some (or already has its error). */
export function noFactsReason(r: FileResult): Problem | null {
	if (r.error || r.facts.length > 0) return null;
	const formulas = r.problems.filter((p) => p.code === 'formula.no-value');
	if (formulas.length > 0) {
		const cells = formulas.slice(0, 5).map((p) => p.cell).join('、');
		const more = formulas.length > 5 ? ` …（共 ${formulas.length} 个）` : '';
		const moreEn = formulas.length > 5 ? ` … (${formulas.length} in all)` : '';
		return problem(
			'error',
			'read.formulas-without-values',
			`没有读到任何数据：公式没有计算结果（${cells}${more}），请在 Excel 中打开并保存后再导入。${formulas[0].zh}`,
			`No data was read: formulas have no calculated results (${cells.replace(/、/g, ', ')}${moreEn}); open the file in Excel and save it, then import it again. ${formulas[0].en}`
		);
	}
	const warning = r.problems.find((p) => p.level === 'warning' || p.level === 'error');
	const shapes = r.sheets.filter((s) => s.shape !== 'none').map((s) => s.name || '（表）');
	const found = shapes.length > 0 ? `识别出表格（${shapes.join('、')}），但` : '';
	const foundEn = shapes.length > 0 ? `A table was recognized (${shapes.join(', ')}) but ` : '';
	return problem(
		'error',
		'read.no-facts',
		`${found}没有读到任何数值、是否或文字。${warning ? warning.zh : '表中的填报栏都是空白。'}`,
		`${foundEn}no number, yes/no or text was read. ${warning ? warning.en : 'Every answer cell is blank.'}`
	);
}
