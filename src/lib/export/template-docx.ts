/**
 * The collection template as a Word form, laid out as units are used to: the
 * title, the 填报单位 / 联系人 / 电话 / 填报日期 line, then the 3-column table
 * 活动项目 | 内容要求 | 进展情况 with 活动项目 merged down its rows. Each row
 * asks for one metric: 进展情况 holds its sentence with an empty slot to write
 * the number in (`理论学习中心组学习（    ）次`), □是□否 boxes for a yes/no
 * question, an empty slot for a short text. A filled copy imports as a form
 * (shapes/form), every value on its metric. Written with the `docx` library
 * (MIT; runs in the browser), loaded only when the Word template is asked for.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import type { Metric } from '../schema/index';
import { templateFileName, templateRows, templateTitle, type TemplateOptions } from './template';

/** An empty slot, as the seed forms print it. */
export const SLOT = '（    ）';

/** The prompt of a 六个能力 row (free text), as the 2021 form prints it. */
export const FREE_TEXT_PROMPT = '条目式简要表述相关工作经验做法和成效（字数200字以内）';

/** The 进展情况 sentence a metric's row asks to be filled: the slot, the boxes, or the prompt of a free-text row. */
export function progressSentence(metric: Metric, label: string): string {
	if (metric.activity === 'capabilities') return FREE_TEXT_PROMPT;
	if (metric.family === 'F') return `${label}：□是□否`;
	if (metric.family === 'T') return `${label}${SLOT}`;
	const unit = metric.unit && !label.endsWith(metric.unit) ? metric.unit : '';
	return `${label}${SLOT}${unit}`;
}

const FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const text = (s: string, opts: { bold?: boolean; size?: number; font?: typeof FONT | string } = {}) =>
	new TextRun({ text: s, bold: opts.bold, size: opts.size ?? 24, font: opts.font ?? FONT });

const cell = (s: string, opts: { merge?: 'restart' | 'continue'; bold?: boolean; width: number }) =>
	new TableCell({
		width: { size: opts.width, type: WidthType.PERCENTAGE },
		...(opts.merge ? { verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
		children: [new Paragraph({ children: opts.merge === 'continue' ? [] : [text(s, { bold: opts.bold })] })]
	});

export function templateDocxFileName(opts: TemplateOptions): string {
	return templateFileName(opts).replace(/\.xlsx$/, '.docx');
}

/** The Word form's bytes. */
export async function buildTemplateDocx(opts: TemplateOptions): Promise<Uint8Array> {
	const rows = templateRows(opts);
	const header = new TableRow({
		tableHeader: true,
		children: ['活动项目', '内容要求', '进展情况'].map((h, i) => cell(h, { bold: true, width: [18, 30, 52][i] }))
	});
	const body = rows.map((r, i) => {
		const first = i === 0 || rows[i - 1].activity !== r.activity;
		const last = i === rows.length - 1 || rows[i + 1].activity !== r.activity;
		const merge = first && last ? undefined : first ? 'restart' : 'continue';
		return new TableRow({
			cantSplit: true,
			children: [cell(r.activity, { merge, width: 18 }), cell(r.metric.zh, { width: 30 }), cell(progressSentence(r.metric, r.label), { width: 52 })]
		});
	});
	const doc = new Document({
		creator: '安全月看板',
		title: templateTitle(opts),
		sections: [
			{
				properties: { page: { margin: { top: 1440, bottom: 1440, left: 1200, right: 1200 } } },
				children: [
					new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(templateTitle(opts), { bold: true, size: 36, font: '方正小标宋简体' })] }),
					new Paragraph({ spacing: { after: 120 }, children: [text('填报单位（盖章）：                    联系人：          电话：                填报日期：      年    月    日')] }),
					new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
					new Paragraph({ spacing: { before: 120 }, children: [text('注：请在进展情况一栏的括号内填写数字，未开展的填“0”，未统计的留空；是否类问题请将“□”改为“☑”。', { size: 21 })] })
				]
			}
		]
	});
	// Packer.toArrayBuffer: no Buffer (Node) nor Blob (browser) needed, the same in both.
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}
