/**
 * Opens a shared link for the /shared page: the codec's answer, or a plain failure when it
 * throws or takes too long. A page that waits on it can never stay on "Opening…" for ever.
 */
import { decodeRoutine, linkFailure, type DecodeResult } from '../codec';

/** A routine link decodes in milliseconds; this long means a stream that will never end. */
export const OPEN_TIMEOUT_MS = 10_000;

export interface OpenLinkOptions {
	/** Default: the codec's `decodeRoutine`. */
	decode?: (fragment: string) => Promise<DecodeResult>;
	timeoutMs?: number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (id: unknown) => void;
}

/** Decodes `fragment`; resolves within `timeoutMs` whatever the browser does, and never rejects. */
export function openSharedLink(
	fragment: string,
	{
		decode = decodeRoutine,
		timeoutMs = OPEN_TIMEOUT_MS,
		setTimer = (fn, ms) => setTimeout(fn, ms),
		clearTimer = (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
	}: OpenLinkOptions = {}
): Promise<DecodeResult> {
	return new Promise((resolve) => {
		const timer = setTimer(() => resolve(linkFailure('failed')), timeoutMs);
		const settle = (result: DecodeResult) => {
			clearTimer(timer);
			resolve(result);
		};
		try {
			decode(fragment).then(settle, () => settle(linkFailure('failed')));
		} catch {
			settle(linkFailure('failed'));
		}
	});
}
