/** 填报单位 as an identity: trimmed, inner whitespace (incl. full-width and zero-width) removed. */
export function normalizeUnit(name: string): string {
	return name.replace(/[\s\u3000\u00a0\u200b-\u200f\u2028\u2029\ufeff]+/g, '').replace(/[（(]盖章[)）]/g, '');
}
