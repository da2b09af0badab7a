/**
 * FNV-1a, 32 bits: a tiny checksum so a link with a changed character is refused instead of
 * opening a routine that differs from the one that was sent. Not a security measure: anyone
 * can recompute it; it catches copy-and-paste damage, which is what links suffer.
 */
export function fnv1a(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (const byte of bytes) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}
