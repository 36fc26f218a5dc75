import { describe, expect, it } from 'vitest';
import { moveFrom } from '../../src/lib/components/roving';

// Three file rows; the second has no 'replace' (a file that cannot be read again).
const rows = [
	{ id: 'a', cols: ['row', 'replace', 'remove', 'settings'] },
	{ id: 'b', cols: ['row', 'remove', 'settings'] },
	{ id: 'c', cols: ['row', 'replace', 'remove', 'settings'] }
];

describe('roving focus in a list of rows', () => {
	it('↑/↓ keep the control when the next row has it, else land on the row', () => {
		expect(moveFrom({ row: 'a', col: 'remove' }, 'ArrowDown', false, rows)).toEqual({ row: 'b', col: 'remove' });
		expect(moveFrom({ row: 'a', col: 'replace' }, 'ArrowDown', false, rows)).toEqual({ row: 'b', col: 'row' });
		expect(moveFrom({ row: 'c', col: 'settings' }, 'ArrowUp', false, rows)).toEqual({ row: 'b', col: 'settings' });
	});
	it('stops at the ends instead of wrapping', () => {
		expect(moveFrom({ row: 'c', col: 'row' }, 'ArrowDown', false, rows)).toEqual({ row: 'c', col: 'row' });
		expect(moveFrom({ row: 'a', col: 'row' }, 'ArrowUp', false, rows)).toEqual({ row: 'a', col: 'row' });
		expect(moveFrom({ row: 'b', col: 'settings' }, 'ArrowRight', false, rows)).toEqual({ row: 'b', col: 'settings' });
		expect(moveFrom({ row: 'b', col: 'row' }, 'ArrowLeft', false, rows)).toEqual({ row: 'b', col: 'row' });
	});
	it('←/→ along the row, Home/End to its ends, Ctrl+Home/End to the first/last row', () => {
		expect(moveFrom({ row: 'b', col: 'row' }, 'ArrowRight', false, rows)).toEqual({ row: 'b', col: 'remove' });
		expect(moveFrom({ row: 'a', col: 'remove' }, 'ArrowLeft', false, rows)).toEqual({ row: 'a', col: 'replace' });
		expect(moveFrom({ row: 'a', col: 'replace' }, 'End', false, rows)).toEqual({ row: 'a', col: 'settings' });
		expect(moveFrom({ row: 'a', col: 'settings' }, 'Home', false, rows)).toEqual({ row: 'a', col: 'row' });
		expect(moveFrom({ row: 'b', col: 'remove' }, 'End', true, rows)).toEqual({ row: 'c', col: 'row' });
		expect(moveFrom({ row: 'b', col: 'remove' }, 'Home', true, rows)).toEqual({ row: 'a', col: 'row' });
	});
	it('leaves other keys (and rows it does not know) alone', () => {
		expect(moveFrom({ row: 'a', col: 'row' }, 'Enter', false, rows)).toBeNull();
		expect(moveFrom({ row: 'a', col: 'row' }, 'Tab', false, rows)).toBeNull();
		expect(moveFrom({ row: 'x', col: 'row' }, 'ArrowDown', false, rows)).toBeNull();
	});
});
