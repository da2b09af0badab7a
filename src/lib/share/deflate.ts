/**
 * Raw DEFLATE through the platform's CompressionStream (browsers and Node 20), so the share
 * link needs no compression library. Decompression stops at a size cap: a small crafted link
 * must not inflate into megabytes.
 */

/** Where the stream constructors are looked up: `globalThis` unless a test passes its own. */
export interface StreamScope {
	CompressionStream?: unknown;
	DecompressionStream?: unknown;
}

/** True when `Ctor` is a stream constructor that takes 'deflate-raw' (Chrome 80-102 lacks it). */
function takesDeflateRaw(Ctor: unknown): boolean {
	if (typeof Ctor !== 'function') return false;
	try {
		new (Ctor as new (format: string) => unknown)('deflate-raw');
		return true;
	} catch {
		return false;
	}
}

/**
 * True when this browser can make share links. Safari before 16.4 and Firefox before 113 have
 * no CompressionStream for 'deflate-raw': they must say so instead of failing silently.
 */
export function canDeflate(scope: StreamScope = globalThis): boolean {
	return takesDeflateRaw(scope.CompressionStream);
}

/** True when this browser can open share links (see `canDeflate`). */
export function canInflate(scope: StreamScope = globalThis): boolean {
	return takesDeflateRaw(scope.DecompressionStream);
}

/** Compresses bytes with 'deflate-raw' (no zlib header: 6 bytes shorter than 'deflate'). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateResult =
	{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Decompresses at most `maxBytes`. Corrupt and cut-short input both fail here as 'damaged':
 * engines word the two alike, so the codec tells them apart by a length it stores itself.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
	const reader = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'))
		.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > maxBytes) {
				await reader.cancel().catch(() => undefined);
				return { ok: false, reason: 'too-large' };
			}
			chunks.push(value);
		}
	} catch {
		return { ok: false, reason: 'damaged' };
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return { ok: true, bytes: out };
}
