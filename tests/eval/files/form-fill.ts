/**
 * Fills a 进展情况统计表 template the way a unit's clerk does: numbers in the brackets or without them,
 * full-width or Chinese digits, 约/余/多, 万, 无, blank slots, boxes ticked in many ways. Returns each 进展情况
 * cell's typed text and the facts it holds (the truth the generator wrote).
 */
import { chineseNumeral, fullWidth, int, type Fact } from './model';
import type { FormTemplate } from './form-templates';

export type NumberStyle = 'paren' | 'space' | 'half' | 'bare' | 'fw' | 'cn' | 'approx' | 'wan' | 'none' | 'blank';
export type YesNoStyle = 'box' | 'tick' | 'square' | 'bare' | 'paren';

export interface Hand {
	/** The usual way this filler types a number, and how often (0–1) each other way turns up. */
	main: NumberStyle;
	others: Partial<Record<NumberStyle, number>>;
	yn: YesNoStyle;
	/** Share of yes/no boxes left untouched. */
	untouched?: number;
	/** Lines of one 进展情况 cell joined with a line break, or run together. */
	joinLines: '\n' | '';
	/** Texts for text slots (launch.form …). */
	texts?: Record<string, string>;
}

export interface FilledRow {
	item: string;
	sub?: string;
	req?: string;
	text: string;
	facts: Omit<Fact, 'file' | 'sheet' | 'cell' | 'unit' | 'region' | 'year' | 'status'>[];
}

const SLOT = /([（(]\s*)?\{([?#~]?)([^}]+)\}(\s*[）)])?/g;

const isPeople = (id: string) => /participants|joined|人次|人）/.test(id);

function valueFor(r: () => number, id: string): number {
	if (isPeople(id)) return int(r, 15, 3600);
	if (/hazards|violations|隐患/.test(id)) return int(r, 2, 120);
	if (/bases_/.test(id)) return int(r, 0, 3);
	return int(r, 1, 24);
}

/** The way a hand types this number: one of its other ways with its share of chance, else its main way (also the second set's). */
export function chooseStyle<S extends string>(r: () => number, hand: { main: S; others: Partial<Record<S, number>> }): S {
	let x = r();
	for (const [s, p] of Object.entries(hand.others) as [S, number][]) {
		if (x < p) return s;
		x -= p;
	}
	return hand.main;
}

/** One number slot typed: the text and the value it means (null = blank, no fact). */
function typeNumber(r: () => number, id: string, style: NumberStyle, open: string, close: string): { text: string; value: number | null } {
	const bracket = (s: string) => (open || close ? `（${s}）` : s);
	let v = valueFor(r, id);
	switch (style) {
		case 'blank':
			return { text: open || close ? '（    ）' : '', value: null };
		case 'none':
			return { text: bracket('无'), value: 0 };
		case 'paren':
			return { text: bracket(String(v)), value: v };
		case 'space':
			return { text: open || close ? `（ ${v} ）` : String(v), value: v };
		case 'half':
			return { text: open || close ? `(${v})` : String(v), value: v };
		case 'bare':
			return { text: String(v), value: v };
		case 'fw':
			return { text: bracket(fullWidth(String(v))), value: v };
		case 'cn':
			v = Math.min(v, 199);
			return { text: bracket(chineseNumeral(v)), value: v };
		case 'approx': {
			if (v < 30) return { text: bracket(String(v)), value: v };
			v = Math.round(v / 10) * 10;
			const form = Math.floor(r() * 3);
			return { text: bracket(form === 0 ? `约${v}` : form === 1 ? `${v}余` : `${v}多`), value: v };
		}
		case 'wan': {
			if (!isPeople(id)) return { text: bracket(String(v)), value: v };
			const tenths = int(r, 11, 36);
			return { text: bracket(`${(tenths / 10).toFixed(1)}万`), value: tenths * 1000 };
		}
	}
}

function typeYesNo(r: () => number, hand: Hand): { text: string; value: 0 | 1 | null } {
	if (r() < (hand.untouched ?? 0)) return { text: '□是□否', value: null };
	const yes = r() < 0.8;
	const mark = { box: '☑', tick: '√', square: '■' } as const;
	switch (hand.yn) {
		case 'bare':
			return { text: yes ? '是' : '否', value: yes ? 1 : 0 };
		case 'paren':
			return { text: yes ? '是（√）否（）' : '是（）否（√）', value: yes ? 1 : 0 };
		default: {
			const m = mark[hand.yn];
			return { text: yes ? `${m}是□否` : `□是${m}否`, value: yes ? 1 : 0 };
		}
	}
}

/** The template's rows with the campaign name put in and every slot typed. */
export function fillForm(tpl: FormTemplate, hand: Hand, r: () => number, campaign: string): FilledRow[] {
	return tpl.rows.map((row) => {
		const facts: FilledRow['facts'] = [];
		const lines = row.lines.map((line) => {
			const filled = line.replace(/\{campaign\}/g, campaign);
			// The label of a slot: the line up to the slot's end, brackets left empty (as the samples word it).
			return filled.replace(SLOT, (whole, open = '', kind: string, id: string, close = '', offset: number) => {
				const label = filled.slice(0, offset + whole.length).replace(SLOT, '（ ）').split(/[；;。]/).pop()!.trim();
				if (kind === '?') {
					const { text, value } = typeYesNo(r, hand);
					if (value !== null) facts.push({ metric_id: id, label, value, text: '' });
					return text;
				}
				if (kind === '#') {
					const t = hand.texts?.[id];
					if (t) facts.push({ metric_id: id, label, value: '', text: t });
					return `（${t ?? '    '}）`;
				}
				const style = chooseStyle(r, hand);
				const { text, value } = typeNumber(r, kind === '~' ? id : id, style, open, close);
				if (value !== null) facts.push({ metric_id: kind === '~' ? '' : id, label: kind === '~' ? id : label, value, text: '' });
				return text;
			});
		});
		return {
			item: row.item.replace(/\{campaign\}/g, campaign),
			sub: row.sub?.replace(/\{campaign\}/g, campaign),
			req: row.req,
			text: lines.join(hand.joinLines),
			facts
		};
	});
}
