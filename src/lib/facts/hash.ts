/**
 * Content hash of a file's bytes, for "same file imported twice". Not
 * crypto.subtle: that exists only in secure contexts, and an intranet server
 * on plain http:// is not one. Two independent 32-bit FNV-1a/murmur-mixed
 * lanes plus the length make accidental collisions negligible for this use.
 */
export function contentHash(bytes: Uint8Array): string {
	let h1 = 0x811c9dc5 ^ bytes.length;
	let h2 = 0x9747b28c ^ bytes.length;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		h1 = Math.imul(h1 ^ b, 0x01000193);
		h2 = Math.imul(h2 ^ b, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
	h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
	h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
	const hex = (n: number) => ((n ^ (n >>> 16)) >>> 0).toString(16).padStart(8, '0');
	return hex(h1) + hex(h2) + bytes.length.toString(16);
}
