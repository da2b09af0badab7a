/**
 * A routine in a URL fragment: `#r=1.<base64url>`. The fragment never leaves the browser, so
 * a shared routine reaches no server and opens offline. Pure: no DOM, no clock.
 *
 * `1` is the link format. The bytes are a 4-byte FNV-1a checksum of the JSON (with short keys,
 * compact.ts), the length of
 * the compressed data (varint), then the JSON compressed with raw DEFLATE. The length tells a
 * link cut short (truncated) from one with changed characters (damaged, or a checksum that no
 * longer matches); the checksum catches changes that still decompress.
 */
import { parseRoutine } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { fromBase64Url, toBase64Url } from './base64url';
import { fnv1a } from './checksum';
import { compactKeys, expandKeys } from './compact';
import { canDeflate, canInflate, deflateRaw, inflateRaw } from './deflate';
import { checkOutsideText } from './outside';
import { SHARE } from '../text/share';

/** The newest link format this app writes and reads. */
export const LINK_VERSION = 1;
/** Longest fragment we write or read; a QR code holds under 3,000 characters anyway. */
export const MAX_FRAGMENT_LENGTH = 8000;
/** Largest routine JSON a link may inflate to, so a crafted link cannot eat memory. */
export const MAX_JSON_BYTES = 256 * 1024;
/** The fragment's key: `#r=…`. */
export const FRAGMENT_KEY = 'r';

export type LinkProblem =
	| 'not-a-link'
	| 'too-long'
	| 'truncated'
	| 'damaged'
	| 'newer'
	| 'invalid'
	/** This browser has no DecompressionStream for 'deflate-raw'. */
	| 'unsupported'
	/** Anything unforeseen (an engine's stream threw): still an answer, never a hang. */
	| 'failed';

export type DecodeResult =
	| { ok: true; routine: Routine }
	| { ok: false; problem: LinkProblem; message: string; errors: string[] };

export type EncodeResult =
	| { ok: true; fragment: string }
	| {
			ok: false;
			problem: 'too-long' | 'invalid' | 'unsupported' | 'failed';
			message: string;
			errors: string[];
	  };

/** What a person reads for each problem (text/share.ts); `errors` adds the path-named details for 'invalid'. */
export const LINK_MESSAGES: Record<LinkProblem, string> = {
	...SHARE.linkProblem,
	'too-long': SHARE.linkProblem['too-long'](MAX_FRAGMENT_LENGTH)
};

/** The failed DecodeResult for `problem`, with its message. */
export const linkFailure = (problem: LinkProblem, errors: string[] = []): DecodeResult => ({
	ok: false,
	problem,
	message: LINK_MESSAGES[problem],
	errors
});

/**
 * The fragment (without `#`) for a valid routine, or why it cannot be shared as a link:
 * also 'unsupported' where the browser cannot compress. Never throws.
 */
export async function encodeRoutine(routine: Routine): Promise<EncodeResult> {
	if (!canDeflate())
		return { ok: false, problem: 'unsupported', message: SHARE.sheet.noLinks, errors: [] };
	try {
		return await encode(routine);
	} catch {
		return { ok: false, problem: 'failed', message: SHARE.sheet.linkFailed, errors: [] };
	}
}

async function encode(routine: Routine): Promise<EncodeResult> {
	const outside = checkOutsideText(routine);
	const parsed = parseRoutine(routine);
	if (!parsed.ok || outside.length) {
		const errors = [...(parsed.ok ? [] : parsed.errors), ...outside];
		return { ok: false, problem: 'invalid', message: LINK_MESSAGES.invalid, errors };
	}
	// $schema only helps editors; the link is shorter without it.
	const { $schema: _schema, ...rest } = parsed.routine;
	const json = new TextEncoder().encode(JSON.stringify(compactKeys(rest)));
	const packed = await deflateRaw(json);
	const bytes = concat(u32(fnv1a(json)), varint(packed.length), packed);
	const fragment = `${FRAGMENT_KEY}=${LINK_VERSION}.${toBase64Url(bytes)}`;
	if (fragment.length > MAX_FRAGMENT_LENGTH) {
		return { ok: false, problem: 'too-long', message: LINK_MESSAGES['too-long'], errors: [] };
	}
	return { ok: true, fragment };
}

/**
 * Reads a fragment (with or without `#`) back into a validated routine, or says what is wrong.
 * Never throws: a browser without DecompressionStream gets 'unsupported', anything unforeseen
 * 'failed', so a page waiting on it always gets an answer to show.
 */
export async function decodeRoutine(fragment: string): Promise<DecodeResult> {
	try {
		return await decode(fragment);
	} catch {
		return linkFailure('failed');
	}
}

async function decode(fragment: string): Promise<DecodeResult> {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (text.length > MAX_FRAGMENT_LENGTH) return linkFailure('too-long');
	const value = new URLSearchParams(text).get(FRAGMENT_KEY)?.trim();
	if (!value) return linkFailure('not-a-link');
	const match = /^(\d{1,6})\.(.*)$/s.exec(value);
	if (!match) return linkFailure('damaged');
	const version = Number(match[1]);
	if (version > LINK_VERSION) return linkFailure('newer');
	if (version < 1) return linkFailure('damaged');

	let data64 = match[2] ?? '';
	// One dangling character cannot be base64: a link cut there is short, not changed.
	if (data64.length % 4 === 1) data64 = data64.slice(0, -1);
	const bytes = fromBase64Url(data64);
	if (!bytes) return linkFailure('damaged');
	const header = readHeader(bytes);
	if (!header) return linkFailure('truncated');
	const available = bytes.length - header.offset;
	if (available < header.length) return linkFailure('truncated');
	if (available > header.length) return linkFailure('damaged');

	// Checked here, not first: a cut or changed link says so on any browser.
	if (!canInflate()) return linkFailure('unsupported');
	const inflated = await inflateRaw(bytes.subarray(header.offset), MAX_JSON_BYTES);
	if (!inflated.ok) return linkFailure(inflated.reason === 'too-large' ? 'too-long' : 'damaged');
	if (fnv1a(inflated.bytes) !== header.checksum) return linkFailure('damaged');

	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return linkFailure('damaged');
	}
	const parsed = parseRoutine(expandKeys(data));
	if (!parsed.ok) {
		const newer = parsed.errors.some((e) => /reads up to format/.test(e));
		return linkFailure(newer ? 'newer' : 'invalid', parsed.errors);
	}
	const outside = checkOutsideText(parsed.routine);
	if (outside.length) return linkFailure('invalid', outside);
	return { ok: true, routine: parsed.routine };
}

function readHeader(bytes: Uint8Array) {
	if (bytes.length < 5) return null;
	const checksum = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
	let length = 0;
	let shift = 0;
	for (let i = 4; i < Math.min(bytes.length, 8); i++) {
		const byte = bytes[i]!;
		length += (byte & 0x7f) * 2 ** shift;
		shift += 7;
		if ((byte & 0x80) === 0) return { checksum, length, offset: i + 1 };
	}
	return null;
}

function u32(n: number): Uint8Array {
	return new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

function varint(n: number): Uint8Array {
	const out: number[] = [];
	do {
		out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
		n = Math.floor(n / 128);
	} while (n > 0);
	return new Uint8Array(out);
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** The page that previews a shared routine. */
export const SHARED_PATH = '/shared';

/** The full link to share: `https://host/shared#r=1.…`. */
export function shareUrl(origin: string, fragment: string): string {
	return `${origin}${SHARED_PATH}#${fragment}`;
}
