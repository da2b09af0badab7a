/**
 * base64url without padding (RFC 4648 §5), the alphabet that survives a URL fragment, a chat
 * app and a QR code unchanged. btoa/atob exist in every browser and in Node 20.
 */

const VALID = /^[A-Za-z0-9_-]*$/;

/** Bytes → base64url text, no `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// Chunks keep String.fromCharCode's argument list short for large inputs.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** base64url text → bytes, or null when it holds a character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!VALID.test(text) || text.length % 4 === 1) return null;
	const padded = text.replaceAll('-', '+').replaceAll('_', '/');
	let binary: string;
	try {
		binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
