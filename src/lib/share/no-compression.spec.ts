// Browsers without CompressionStream/DecompressionStream (Safari before 16.4, Firefox before
// 113, Chrome before 103 for 'deflate-raw'): links must fail with a plain answer (issue 22).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRoutineJson } from '../routine/parse';
import { decodeRoutine, encodeRoutine, LINK_MESSAGES } from './codec';
import { canDeflate, canInflate } from './deflate';
import { SHARE } from '../text/share';

const parsed = parseRoutineJson(
	readFileSync(new URL('../../../routines/pelvic-tilts.json', import.meta.url), 'utf8')
);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const pelvic = parsed.routine;

async function validFragment(): Promise<string> {
	const result = await encodeRoutine(pelvic);
	if (!result.ok) throw new Error(result.message);
	return result.fragment;
}

afterEach(() => vi.unstubAllGlobals());

describe('feature detection', () => {
	it('finds the streams where they take deflate-raw, and only there', () => {
		expect(canDeflate()).toBe(true);
		expect(canInflate()).toBe(true);
		expect(canDeflate({})).toBe(false);
		expect(canInflate({ DecompressionStream: undefined })).toBe(false);
		// Chrome 80-102: the streams exist but refuse 'deflate-raw'.
		class GzipOnly {
			constructor(format: string) {
				if (format !== 'gzip') throw new TypeError(`Unsupported format ${format}`);
			}
		}
		expect(canDeflate({ CompressionStream: GzipOnly })).toBe(false);
		expect(canInflate({ DecompressionStream: GzipOnly })).toBe(false);
	});
});

describe('share links without the compression streams', () => {
	it('a valid link says this browser cannot open it, in plain words', async () => {
		const fragment = await validFragment();
		vi.stubGlobal('DecompressionStream', undefined);
		const result = await decodeRoutine(fragment);
		expect(result).toEqual({
			ok: false,
			problem: 'unsupported',
			message: 'This browser cannot open share links; update it or import the file instead.',
			errors: []
		});
		expect(LINK_MESSAGES.unsupported).toBe(SHARE.linkProblem.unsupported);
	});

	it('a cut link is still called cut: the check comes after what needs no decompression', async () => {
		const fragment = await validFragment();
		vi.stubGlobal('DecompressionStream', undefined);
		expect(await decodeRoutine(fragment.slice(0, 40))).toMatchObject({ problem: 'truncated' });
		expect(await decodeRoutine('r=banana')).toMatchObject({ problem: 'damaged' });
	});

	it('making a link says this browser cannot, instead of failing silently', async () => {
		vi.stubGlobal('CompressionStream', undefined);
		expect(await encodeRoutine(pelvic)).toEqual({
			ok: false,
			problem: 'unsupported',
			message: SHARE.sheet.noLinks,
			errors: []
		});
	});
});

describe('anything else that goes wrong', () => {
	it('ends in a plain "failed", never a rejection', async () => {
		const fragment = await validFragment();
		// Passes detection, then breaks when used (a broken polyfill, an engine bug).
		let calls = 0;
		class Flaky {
			constructor() {
				if (calls++ > 0) throw new Error('engine bug');
			}
		}
		vi.stubGlobal('DecompressionStream', Flaky);
		vi.stubGlobal('CompressionStream', Flaky);
		const decoded = await decodeRoutine(fragment);
		expect(decoded).toMatchObject({ ok: false, problem: 'failed' });
		expect(decoded.ok || decoded.message).toBe(SHARE.linkProblem.failed);
		calls = 0;
		expect(await encodeRoutine(pelvic)).toMatchObject({ ok: false, problem: 'failed' });
	});
});
