/**
 * Why a file cannot be read, in Chinese and English, naming the file. One
 * function per reason so every reader says the same thing the same way.
 */
import { FileError } from '../base/problem';
import { READ_LIMITS, formatBytes, formatCount } from './limits';

const q = (name: string) => ({ zh: `“${name}”`, en: `"${name}"` });
const SAVE_AGAIN_ZH = '请在 Excel 中打开并另存为 .xlsx 后重新导入。';
const SAVE_AGAIN_EN = 'Open it in Excel, save it as .xlsx and import it again.';

export const emptyFile = (name: string) =>
	new FileError('read.empty', `文件${q(name).zh}是空的（0 字节），可能没有保存完整或附件下载失败。`, `The file ${q(name).en} is empty (0 bytes); it may not have been saved or downloaded completely.`);

export const truncatedFile = (name: string) =>
	new FileError(
		'read.truncated',
		`文件${q(name).zh}不完整（文件末尾缺失，可能是下载或复制中断）。请向报送单位重新索取。`,
		`The file ${q(name).en} is truncated (its end is missing: an interrupted download or copy). Ask the sender for it again.`
	);

export const corruptFile = (name: string, detail: string) =>
	new FileError(
		'read.corrupt',
		`文件${q(name).zh}已损坏，无法读取（${detail}）。${SAVE_AGAIN_ZH}`,
		`The file ${q(name).en} is corrupt and cannot be read (${detail}). ${SAVE_AGAIN_EN}`
	);

/** A word-processing document by its name (.doc, .docx, .wps …). */
const isDocumentName = (name: string) => /\.(docx?|docm|dotx?|wps|wpt|rtf)$/i.test(name);

const SAVE_AS_DOCX_ZH = '请在 Word 或 WPS 中“另存为”.docx 后再导入。';
const SAVE_AS_DOCX_EN = 'Save it as .docx in Word or WPS and import it again.';

/** A .doc/.wps in an OLE container that is no Word 97–2003 document (Word 6/95 and older, other WPS formats): not read. */
export const oldWordFile = (name: string) =>
	new FileError(
		'read.word-97',
		`文件${q(name).zh}是 Word 95 或更早版本（或其他 WPS 格式）的文档，无法直接读取。${SAVE_AS_DOCX_ZH}`,
		`The file ${q(name).en} is a Word 95 or older (or another WPS format) document, which cannot be read directly. ${SAVE_AS_DOCX_EN}`
	);

/** A file named .rtf that holds no RTF document (RTF documents are read, under any name). */
export const rtfFile = (name: string) =>
	new FileError(
		'read.rtf',
		`文件${q(name).zh}的扩展名是 .rtf，但内容不是可读取的 RTF 文档。${SAVE_AS_DOCX_ZH}`,
		`The file ${q(name).en} is named .rtf but does not hold a readable RTF document. ${SAVE_AS_DOCX_EN}`
	);

export const encryptedFile = (name: string) =>
	isDocumentName(name)
		? new FileError(
				'read.encrypted',
				`文档${q(name).zh}有密码保护，无法读取。请在 Word 或 WPS 中去掉密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后重新导入。`,
				`The document ${q(name).en} is password-protected. Remove the password in Word or WPS (File → Info → Protect Document → Encrypt with Password, clear it) and import it again.`
			)
		: new FileError(
		'read.encrypted',
		`工作簿${q(name).zh}有密码保护，无法读取。请在 Excel 中去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新导入。`,
		`The workbook ${q(name).en} is password-protected. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and import it again.`
	);

const KINDS: Record<string, { zh: string; en: string }> = {
	word: { zh: 'Word 文档', en: 'a Word document' },
	powerpoint: { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
	opendocument: { zh: 'OpenDocument 文字文档', en: 'an OpenDocument text document' },
	pdf: { zh: 'PDF 文档', en: 'a PDF document' },
	image: { zh: '图片', en: 'an image' },
	archive: { zh: '压缩包', en: 'a compressed archive' },
	zip: { zh: '不含工作簿的 zip 压缩包', en: 'a zip archive without a workbook' },
	ole: { zh: '不含工作表的 Office 复合文档', en: 'an Office compound file without a worksheet' }
};

/** The extensions a kind of file has when its name is honest. */
const OWN_EXTENSIONS: Record<string, RegExp> = {
	powerpoint: /\.(pptx?|pptm|ppsx|potx|dps)$/i,
	opendocument: /\.(odt|odp|odg)$/i,
	pdf: /\.pdf$/i,
	image: /\.(png|jpe?g|gif)$/i,
	archive: /\.(zip|rar|7z|gz|tgz)$/i,
	zip: /\.zip$/i
};

export const wrongType = (name: string, kind: keyof typeof KINDS | string) => {
	const k = KINDS[kind] ?? { zh: '非表格文件', en: 'not a spreadsheet' };
	if (OWN_EXTENSIONS[kind]?.test(name))
		return new FileError(
			'read.wrong-type',
			`文件${q(name).zh}是${k.zh}，其中没有可读取的表格。请提供 Excel（.xlsx、.xls）、WPS 表格（.et）、Word（.docx）或 CSV 文件。`,
			`The file ${q(name).en} is ${k.en}, which holds no table that can be read. Provide an Excel (.xlsx, .xls), WPS (.et), Word (.docx) or CSV file.`
		);
	return new FileError(
		'read.wrong-type',
		`文件${q(name).zh}实际上是${k.zh}，不是 Excel、Word 或 CSV 文件（只改了扩展名）。请提供 .xlsx、.xls、.et、.docx 或 .csv 文件。`,
		`The file ${q(name).en} is really ${k.en}, not an Excel, Word or CSV file (only its extension was changed). Provide an .xlsx, .xls, .et, .docx or .csv file.`
	);
};

export const unsupportedFile = (name: string) =>
	new FileError('read.unsupported', `文件${q(name).zh}不是支持的类型：请提供 .xlsx、.xls、.et、.docx 或 .csv 文件。`, `The file ${q(name).en} is not a supported type: provide an .xlsx, .xls, .et, .docx or .csv file.`);

/** Bytes that are no format read here, under a word-processing document's name. */
export const unreadableDocument = (name: string) => (/\.rtf$/i.test(name) ? rtfFile(name) : oldWordFile(name));

export const tooLarge = (name: string, bytes: number, limit: number = READ_LIMITS.maxUncompressedBytes) =>
	new FileError(
		'read.too-large',
		`文件${q(name).zh}解压后有 ${formatBytes(bytes)}，超过上限 ${formatBytes(limit)}（可能是“压缩炸弹”），已拒绝读取。`,
		`The file ${q(name).en} unpacks to ${formatBytes(bytes)}, past the limit of ${formatBytes(limit)} (possibly a zip bomb); not read.`
	);

export const tooManyRows = (name: string, sheet: string, rows: number, limit: number = READ_LIMITS.maxRows) =>
	new FileError(
		'read.too-many-rows',
		`文件${q(name).zh}的工作表“${sheet}”有 ${formatCount(rows)} 行以上，超过上限 ${formatCount(limit)} 行，已拒绝读取（只读一部分会使合计出错）。请拆分后导入。`,
		`Sheet "${sheet}" of ${q(name).en} has ${formatCount(rows)} rows or more, past the limit of ${formatCount(limit)} rows; not read (reading part of it would give wrong totals). Split it and import the parts.`
	);

export const tooManyColumns = (name: string, sheet: string, cols: number, limit: number = READ_LIMITS.maxColumns) =>
	new FileError(
		'read.too-many-columns',
		`文件${q(name).zh}的工作表“${sheet}”有 ${formatCount(cols)} 列，超过上限 ${formatCount(limit)} 列，已拒绝读取。`,
		`Sheet "${sheet}" of ${q(name).en} has ${formatCount(cols)} columns, past the limit of ${formatCount(limit)}; not read.`
	);

export const tooManyCells = (name: string, limit: number = READ_LIMITS.maxCells) =>
	new FileError(
		'read.too-many-cells',
		`文件${q(name).zh}的非空单元格超过上限 ${formatCount(limit)} 个，已拒绝读取。请拆分后导入。`,
		`The file ${q(name).en} has more than ${formatCount(limit)} non-empty cells, past the limit; not read. Split it and import the parts.`
	);

export const undecodableText = (name?: string) =>
	new FileError(
		'csv.encoding',
		`无法识别 CSV 文件${name === undefined ? '' : q(name).zh}的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。请在 Excel 中另存为“CSV UTF-8”后重试。`,
		`The CSV file ${name === undefined ? '' : q(name).en + ' '}is in an encoding that cannot be decoded (neither UTF-8 nor GB18030/GBK). Save it as "CSV UTF-8" and try again.`
	);
