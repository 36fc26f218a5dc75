/**
 * Fills a second-set template the way a clerk types into it: the blank form's slots are （ ）, ____, 【 】 or nothing
 * at all; numbers go in as digits, full-width digits, Chinese numerals, 约/余/多/共, 1.2万, 1,260, 无, or the slot is
 * left blank (no fact); yes/no answers come back as ☑是□否, √是, 是（√）否（ ）, a bare 是/否, ✔, or untouched (no
 * fact). Returns each item's typed text and the facts it holds — the truth is what was typed here.
 */
import { chooseStyle } from '../files/form-fill';
import { chineseNumeral, fullWidth, int, type Fact } from '../files/model';
import type { Item2, Template2 } from './templates';

export type SlotStyle = 'paren' | 'under' | 'lent' | 'none';
export type NumStyle = 'digits' | 'fw' | 'cn' | 'approx' | 'wan' | 'comma' | 'nil' | 'blank';
export type YesNo = 'box' | 'tick' | 'paren' | 'bare' | 'check';

export interface Hand2 {
	main: NumStyle;
	/** How often (0–1) each other way of typing a number turns up. */
	others: Partial<Record<NumStyle, number>>;
	yn: YesNo;
	/** Share of yes/no questions left untouched. */
	untouched?: number;
	/** Share of bracket slots whose brackets the filler drops (types the bare number). */
	dropBrackets?: number;
	/** How an item's lines are joined: a line break, nothing, or a space. */
	join: '\n' | '' | ' ';
}

export type FactPart = Omit<Fact, 'file' | 'sheet' | 'cell' | 'unit' | 'region' | 'year' | 'status'>;

export interface Filled2 {
	head: string;
	item: string;
	text: string;
	facts: FactPart[];
}

const SLOT = /\{([?~]?)([^}|]+)(?:\|(le|sum2))?\}/g;
const EMPTY: Record<SlotStyle, string> = { paren: '（  ）', under: '____', lent: '【  】', none: '' };

const isPeople = (id: string) => /participants|joined|人次|人数/.test(id);

function valueFor(r: () => number, id: string): number {
	if (isPeople(id)) return int(r, 12, 4200);
	if (/hazards|violations|隐患|problems/.test(id)) return int(r, 2, 140);
	if (/bases_/.test(id)) return int(r, 1, 3);
	if (/资料|金额|资金/.test(id)) return int(r, 200, 5000);
	if (/率/.test(id)) return int(r, 80, 100);
	return int(r, 1, 30);
}

/** The number as typed and the value it means (null: left blank). */
function typed(r: () => number, id: string, s: NumStyle, slot: SlotStyle): { text: string; value: number | null } {
	let v = valueFor(r, id);
	switch (s) {
		case 'blank':
			return { text: '', value: null };
		case 'nil':
			// 无 where a word fits (a bracket); a bare 0 where the number stands in the sentence.
			return slot === 'none' || slot === 'under' ? { text: '0', value: 0 } : { text: '无', value: 0 };
		case 'fw':
			return { text: fullWidth(String(v)), value: v };
		case 'cn':
			v = Math.min(v, 300);
			return { text: chineseNumeral(v), value: v };
		case 'approx': {
			if (v < 40) return { text: String(v), value: v };
			v = Math.round(v / 10) * 10;
			return { text: [`约${v}`, `${v}余`, `${v}多`, `共${v}`][int(r, 0, 3)], value: v };
		}
		case 'wan': {
			if (!isPeople(id)) return { text: String(v), value: v };
			const tenths = int(r, 11, 48);
			return { text: `${(tenths / 10).toFixed(1)}万${r() < 0.5 ? '余' : ''}`, value: tenths * 1000 };
		}
		case 'comma':
			// A thousands comma only where a count of people reaches the thousands.
			return { text: v >= 1000 ? v.toLocaleString('en-US') : String(v), value: v };
		default:
			return { text: String(v), value: v };
	}
}

function answer(r: () => number, hand: Hand2): { text: string; value: 0 | 1 | null } {
	if (r() < (hand.untouched ?? 0)) return { text: '□是 □否', value: null };
	const yes = r() < 0.75;
	const v = yes ? 1 : 0;
	switch (hand.yn) {
		case 'box':
			return { text: yes ? '☑是 □否' : '□是 ☑否', value: v };
		case 'tick':
			return { text: yes ? '√是' : '√否', value: v };
		case 'paren':
			return { text: yes ? '是（√）否（ ）' : '是（ ）否（√）', value: v };
		case 'check':
			return { text: yes ? '✔是 □否' : '□是 ✔否', value: v };
		default:
			return { text: yes ? '是' : '否', value: v };
	}
}

/** Puts the typed number into the slot as the blank form had it. */
function inSlot(r: () => number, hand: Hand2, slot: SlotStyle, t: string): string {
	if (t === '') return EMPTY[slot];
	if ((slot === 'paren' || slot === 'lent') && r() < (hand.dropBrackets ?? 0)) return t;
	if (slot === 'paren') return `（${t}）`;
	if (slot === 'lent') return `【${t}】`;
	if (slot === 'under') return r() < 0.5 ? t : `__${t}__`;
	return t;
}

export function fill2(tpl: Template2, slot: SlotStyle, hand: Hand2, r: () => number, names: Record<string, string>): Filled2[] {
	const put = (s: string) => s.replace(/\{(place|tour|year)\}/g, (_, k: string) => names[k] ?? '');
	return tpl.items.map((it: Item2) => {
		const facts: FactPart[] = [];
		const lines = it.lines.map((line0) => {
			const line = put(line0);
			const slots = [...line.matchAll(SLOT)];
			// Numbers first, so a 其中 part stays within its whole (`|le`) and a total covers the two parts after it (`|sum2`).
			const nums = slots.map(([, kind, id]) => (kind === '?' ? null : typed(r, id, chooseStyle(r, hand), slot)));
			slots.forEach(([, , , mod], k) => {
				const n = nums[k];
				if (!n || n.value === null) return;
				if (mod === 'le') {
					const whole = nums[k - 1]?.value;
					if (whole != null && n.value > whole) nums[k] = { text: String(Math.floor(whole / 2)), value: Math.floor(whole / 2) };
				}
				if (mod === 'sum2') {
					const parts = (nums[k + 1]?.value ?? 0) + (nums[k + 2]?.value ?? 0);
					const v = parts + int(r, 0, 6);
					nums[k] = { text: String(v), value: v };
				}
			});
			let k = -1;
			return line.replace(SLOT, (whole, kind: string, id: string, _mod: string | undefined, offset: number) => {
				k++;
				const label = line.slice(0, offset).replace(SLOT, '（ ）').split(/[；;。，,]/).pop()!.trim() + '（ ）';
				if (kind === '?') {
					const { text, value } = answer(r, hand);
					if (value !== null) facts.push({ metric_id: id, label, value, text: '' });
					return text;
				}
				const { text, value } = nums[k]!;
				if (value !== null) facts.push({ metric_id: kind === '~' ? '' : id, label: kind === '~' ? id : label, value, text: '' });
				return inSlot(r, hand, slot, text);
			});
		});
		return { head: put(it.head), item: put(it.item), text: lines.join(hand.join), facts };
	});
}
