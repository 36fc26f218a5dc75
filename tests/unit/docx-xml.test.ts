/**
 * The walk over document.xml on what Word and other writers put there besides
 * plain runs: tracked changes, fields, nested tables, alternatives, drawings,
 * another namespace prefix, merges down and across, hostile spans.
 */
import { describe, expect, it } from 'vitest';
import { wordBlocks } from '../../src/lib/read/docx-xml';
import { readDocx } from '../../src/lib/read/docx';
import { READ_LIMITS } from '../../src/lib/read/limits';
import { FileError } from '../../src/lib/base/problem';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const doc = (body: string, ns = W, p = 'w') => `<?xml version="1.0"?><${p}:document ${ns}><${p}:body>${body}</${p}:body></${p}:document>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (t: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${para(t)}</w:tc>`;

describe('document.xml → paragraphs and tables', () => {
	it('shows what Word shows: insertions not deletions, field results not codes, tabs and breaks, entities', () => {
		const xml = doc(
			'<w:p><w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
				'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2021年6月24日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
				'<w:r><w:tab/><w:t>A&amp;B&#x4E2D;</w:t><w:br/><w:t>二行</w:t></w:r></w:p>'
		);
		expect(wordBlocks(xml)).toEqual([{ kind: 'paragraph', text: '新增2021年6月24日\tA&B中\n二行' }]);
	});

	it('a text box is read once, before the paragraph it is anchored in (the fallback of an alternative is left out); tab stops are no tabs', () => {
		const xml = doc(
			'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>标题</w:t></w:r>' +
				'<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></mc:Choice>' +
				'<mc:Fallback><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t>续</w:t></w:r></w:p>'
		);
		expect(wordBlocks(xml)).toEqual([
			{ kind: 'paragraph', text: '文本框' },
			{ kind: 'paragraph', text: '标题续' }
		]);
	});

	it('a VML text box alone is read; one in a table cell gives the cell its lines; a table in a text box gives lines', () => {
		const box = (body: string) => `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
		const xml = doc(
			`<w:p>${box(para('填报单位：山河镇') + `<w:tbl><w:tr>${tc('联系人')}${tc('电话')}</w:tr></w:tbl>`)}</w:p>` +
				`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r>${box(para('框中'))}</w:p></w:tc></w:tr></w:tbl>`
		);
		expect(wordBlocks(xml)).toEqual([
			{ kind: 'paragraph', text: '填报单位：山河镇' },
			{ kind: 'paragraph', text: '联系人' },
			{ kind: 'paragraph', text: '电话' },
			{ kind: 'paragraph', text: '' },
			{ kind: 'table', rows: [{ before: 0, cells: [{ text: '框中\n格', span: 1, vMerge: null, hMerge: null }] }] }
		]);
	});

	it('the old merge across (w:hMerge) joins cells into one spanning cell', () => {
		const xml = doc(
			`<w:tbl><w:tr>${tc('活动', '<w:vMerge w:val="restart"/>')}${tc('要求', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}</w:tr>` +
				`<w:tr>${tc('', '<w:vMerge/>')}${tc('a')}${tc('b')}</w:tr></w:tbl>`
		);
		const wb = readDocx(xml, 'x.docx', READ_LIMITS);
		expect(wb.sheets[0].merges).toEqual(expect.arrayContaining([{ r0: 0, c0: 0, r1: 1, c1: 0 }, { r0: 0, c0: 1, r1: 0, c1: 2 }]));
		expect(wb.sheets[0].merges).toHaveLength(2);
		expect(wb.sheets[0].rows[0]?.[1]?.text).toBe('要求');
		expect(wb.sheets[0].rows[1]?.[2]?.text).toBe('b');
	});

	it('a document written with another prefix for the same namespace', () => {
		const xml = doc('<ns0:p><ns0:r><ns0:t>填报单位：山河镇</ns0:t></ns0:r></ns0:p>', 'xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', 'ns0');
		expect(wordBlocks(xml)).toEqual([{ kind: 'paragraph', text: '填报单位：山河镇' }]);
	});

	it('a table inside a cell gives its lines to that cell', () => {
		const inner = `<w:tbl><w:tr>${tc('内1')}${tc('内2')}</w:tr></w:tbl>`;
		const xml = doc(`<w:tbl><w:tr><w:tc>${para('外')}${inner}<w:p/></w:tc>${tc('右')}</w:tr></w:tbl>`);
		expect(wordBlocks(xml)).toEqual([{ kind: 'table', rows: [{ before: 0, cells: [{ text: '外\n内1\n内2', span: 1, vMerge: null, hMerge: null }, { text: '右', span: 1, vMerge: null, hMerge: null }] }] }]);
	});

	it('merges down and across become merges; a cell below a merge that does not continue it closes it', () => {
		const xml = doc(
			`<w:tbl><w:tr>${tc('活动', '<w:vMerge w:val="restart"/>')}${tc('要求', '<w:gridSpan w:val="2"/>')}</w:tr>` +
				`<w:tr>${tc('', '<w:vMerge/>')}${tc('a')}${tc('b')}</w:tr>` +
				`<w:tr>${tc('另一项')}${tc('c')}${tc('d')}</w:tr></w:tbl>`
		);
		const wb = readDocx(xml, 'x.docx', READ_LIMITS);
		expect(wb.sheets[0].merges).toEqual(expect.arrayContaining([{ r0: 0, c0: 0, r1: 1, c1: 0 }, { r0: 0, c0: 1, r1: 0, c1: 2 }]));
		expect(wb.sheets[0].merges).toHaveLength(2);
		expect(wb.sheets[0].rows[2]?.[0]?.text).toBe('另一项');
	});

	it('a hostile span is refused as a sheet past the column limit, before anything is allocated', () => {
		const xml = doc(`<w:tbl><w:tr>${tc('x', '<w:gridSpan w:val="999999999"/>')}${tc('y')}</w:tr></w:tbl>`);
		expect(() => readDocx(xml, 'x.docx', READ_LIMITS)).toThrow(FileError);
		try {
			readDocx(xml, 'x.docx', READ_LIMITS);
		} catch (e) {
			expect((e as FileError).code).toBe('read.too-many-columns');
		}
	});
});
