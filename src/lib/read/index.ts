import { sniffFormat } from './sniff';
import { readWithSheetJS } from './sheetjs';
import { readCsv } from './csv';
import { FileError } from '../facts/problem';
import type { Workbook } from './workbook';

export * from './workbook';

/** Bytes → Workbook, by what the bytes are (not the extension). Throws FileError with zh/en reasons. */
export function readWorkbook(bytes: Uint8Array, fileName: string): Workbook {
	const kind = sniffFormat(bytes, fileName);
	if (kind === 'empty') throw new FileError('read.empty', '文件是空的（0 字节）。', 'The file is empty (0 bytes).');
	try {
		switch (kind) {
			case 'xlsx':
				return readWithSheetJS(bytes, 'xlsx');
			case 'xls':
			case 'html':
				return readWithSheetJS(bytes, 'xls');
			case 'csv':
				return readCsv(bytes);
			default:
				throw new FileError(
					'read.unsupported',
					'不支持的文件类型：请提供 .xlsx、.xls 或 .csv 文件。',
					'Unsupported file type: expected an .xlsx, .xls or .csv file.'
				);
		}
	} catch (e) {
		if (e instanceof FileError) throw e;
		const detail = e instanceof Error ? e.message : String(e);
		// An encrypted .xlsx is an OLE file that SheetJS reports as password-protected.
		if (/password/i.test(detail))
			throw new FileError('read.encrypted', '工作簿有密码保护，无法读取。请去掉密码后重新导入。', 'The workbook is password-protected. Remove the password and import it again.');
		throw new FileError('read.corrupt', `文件已损坏或格式不正确，无法读取（${detail}）。`, `The file is corrupt or not a valid spreadsheet (${detail}).`);
	}
}
