/**
 * The RTF walk on what writers put in besides plain runs: code pages per
 * font and per document, \uN with its fallback, fields, destinations to
 * skip, nested tables, text boxes, headers and footers, merges.
 */
import { describe, expect, it } from 'vitest';
import { rtfBlocks } from '../../src/lib/read/rtf-doc';

const NO_BOUNDS = { row() {}, cells() {}, columns() {} };
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const blocks = (s: string) => rtfBlocks(bytes(s), NO_BOUNDS);
const FONTS = "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}{\\f2\\fnil\\fcharset136 MingLiU;}{\\f3\\fnil\\fcharset2 Wingdings;}{\\f4\\fnil\\fcharset2 Wingdings 2;}}";

describe('RTF → paragraphs and tables', () => {
	it("\\'hh bytes in the code page of their font, else the document's; \\uN with \\ucN fallbacks skipped", () => {
		// 山 in GBK is c9 bd, in Big5 a4 73; a document in code page 1252 with a GB2312 font.
		const doc = `{\\rtf1\\ansi\\ansicpg1252\\deff0${FONTS}\\pard {\\f1 \\'c9\\'bd}{\\f2 \\'a4\\'73}{\\f0 caf\\'e9}\\uc2\\u27827\\'ba\\'d3{\\uc1\\u9745?}\\u-3842\\'fe\\par}`;
		expect(blocks(doc)).toEqual([{ kind: 'paragraph', text: '山山café河☑\uf0fe' }]);
		expect(blocks(`{\\rtf1\\ansi\\ansicpg936${FONTS}\\pard \\'b9\\'fa\\'bc\\'d2\\par}`)).toEqual([{ kind: 'paragraph', text: '国家' }]);
	});

	it('symbol fonts as the symbols shown: bytes, \\uN, SYMBOL fields; FORMCHECKBOX fields as ☑/□', () => {
		const doc =
			`{\\rtf1\\ansi\\ansicpg936${FONTS}\\pard {\\f3\\'fe}{\\f3\\'a8}{\\f4\\'52}{\\f3\\u-3842\\'fe}` +
			'{\\field{\\*\\fldinst SYMBOL 254 \\\\f "Wingdings" \\\\s 12}{\\fldrslt\\f3 x}}{\\field{\\*\\fldinst {SYMBOL 0xA8 \\\\f "Wingdings"}}{\\fldrslt }}' +
			'{\\field{\\*\\fldinst {FORMCHECKBOX }{\\*\\formfield{\\fftype1\\ffres25\\ffdefres1{\\*\\ffname C1}}}}{\\fldrslt }}' +
			'{\\field{\\*\\fldinst {FORMCHECKBOX }{\\*\\formfield{\\fftype1\\ffres0\\ffdefres1}}}{\\fldrslt }}' +
			'{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt link}}\\par}';
		expect(blocks(doc)).toEqual([{ kind: 'paragraph', text: '☑□☑☑☑□☑□link' }]);
	});

	it('destinations that are not text are skipped: tables of fonts, colours, styles, info, pictures with \\bin, list numbers, bookmarks, footers', () => {
		const doc =
			`{\\rtf1\\ansi${FONTS}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title T}{\\author A}}` +
			'{\\footer \\pard 1\\par}{\\*\\generator W;}\\pard {\\listtext 1.\\tab}{\\*\\bkmkstart b}text{\\pict\\wmetafile8\\bin3 {{{}' +
			'{\\*\\unknowndest hidden}{\\upr{A}{\\*\\ud{B}}} end\\par}';
		expect(blocks(doc)).toEqual([{ kind: 'paragraph', text: 'text end' }]);
	});

	it('a table: edges on one grid, spans, merges down and across, lines in a cell, a nested table as lines of its cell', () => {
		const row1 = '\\trowd\\trleft-108\\clvmgf\\cellx1000\\cellx3000\\cellx4000\\pard\\intbl A\\cell B\\par C\\cell D\\line E\\cell\\row';
		const row2 =
			'\\trowd\\trleft-108\\clvmrg\\cellx1000\\cellx2010\\cellx3000\\cellx4000\\pard\\intbl \\cell ' +
			'\\pard\\intbl\\itap2 n1\\nestcell n2\\nestcell{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}{\\nonesttables x}\\pard\\intbl\\itap1 \\cell F\\cell G\\cell\\row';
		const row3 = '\\trowd\\trleft-108\\clmgf\\cellx1000\\clmrg\\cellx2010\\cellx3000\\cellx4000\\pard\\intbl H\\cell \\cell I\\cell J\\cell\\row';
		const got = blocks(`{\\rtf1\\ansi ${row1}\n${row2}\n${row3}\\pard after\\par}`);
		expect(got).toEqual([
			{
				kind: 'table',
				rows: [
					{ before: 0, cells: [{ text: 'A', span: 1, vMerge: 'restart', hMerge: null }, { text: 'B\nC', span: 2, vMerge: null, hMerge: null }, { text: 'D\nE', span: 1, vMerge: null, hMerge: null }] },
					{ before: 0, cells: [{ text: '', span: 1, vMerge: 'continue', hMerge: null }, { text: 'n1\nn2', span: 1, vMerge: null, hMerge: null }, { text: 'F', span: 1, vMerge: null, hMerge: null }, { text: 'G', span: 1, vMerge: null, hMerge: null }] },
					{ before: 0, cells: [{ text: 'H', span: 1, vMerge: null, hMerge: 'restart' }, { text: '', span: 1, vMerge: null, hMerge: 'continue' }, { text: 'I', span: 1, vMerge: null, hMerge: null }, { text: 'J', span: 1, vMerge: null, hMerge: null }] }
				]
			},
			{ kind: 'paragraph', text: 'after' }
		]);
	});

	it("the page header's paragraphs come first, marked; a text box's where it is anchored (in a cell: lines of the cell)", () => {
		const box = (t: string) => `{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard ${t}\\par}}{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\pard ${t}\\par}}}}}`;
		const doc = `{\\rtf1\\ansi{\\header \\pard 2021 Title\\par}{\\headerf \\pard 2021 Title\\par}\\pard before${box('Unit: X')}\\par\\trowd\\cellx1000\\pard\\intbl a${box('in cell')}\\cell\\row\\pard\\par}`;
		expect(blocks(doc)).toEqual([
			{ kind: 'paragraph', text: '2021 Title', header: true },
			{ kind: 'paragraph', text: 'Unit: X' },
			{ kind: 'paragraph', text: 'before' },
			{ kind: 'table', rows: [{ before: 0, cells: [{ text: 'in cell\na', span: 1, vMerge: null, hMerge: null }] }] },
			{ kind: 'paragraph', text: '' }
		]);
	});
});
