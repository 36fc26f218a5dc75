/**
 * Forms made from one template repeat most of their .xlsx parts byte for byte; the CLI's lent
 * inflater (native-inflate.ts) inflates each such part once.
 */
import type { LentInflate } from '../lib/read/inflate';

/** Parts at most this big (compressed) are remembered; a form's theme, styles and relationships are a few KB. */
const REMEMBER_MAX_BYTES = 64 * 1024;
/** How many parts are remembered (the least recently used go first). */
const REMEMBER_PARTS = 256;

/**
 * inflate, remembering what it inflated: forms made from one template repeat most of their parts
 * byte for byte (theme, styles, relationships, content types: four in five of the bench's parts),
 * and the same compressed bytes under the same bound inflate to the same bytes, so each such part
 * is inflated once. Only successes are remembered; a part's bytes are compared whole (Buffer.equals)
 * before its output is given again. The output given is shared: the reader copies it (inflateRaw).
 */
export function rememberingInflater(inflate: LentInflate): LentInflate {
	const remembered = new Map<string, { src: Buffer; out: Uint8Array }>();
	return (src, maxOut) => {
		if (src.length > REMEMBER_MAX_BYTES) return inflate(src, maxOut);
		// The key names the part by its size, bound and a few bytes; equals() decides.
		const key = `${src.length} ${maxOut} ${src[0]} ${src[src.length >> 1]} ${src[src.length - 1]}`;
		const bytes = Buffer.from(src.buffer, src.byteOffset, src.length);
		const seen = remembered.get(key);
		if (seen && seen.src.equals(bytes)) {
			remembered.delete(key);
			remembered.set(key, seen);
			return seen.out;
		}
		const out = inflate(src, maxOut);
		if (remembered.size >= REMEMBER_PARTS) remembered.delete(remembered.keys().next().value as string);
		remembered.set(key, { src: Buffer.from(bytes), out });
		return out;
	};
}
