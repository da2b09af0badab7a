/**
 * The QR code of a link as one SVG path, from uqr's module matrix. Drawing the path ourselves
 * keeps markup out of `{@html}`. Pure; the page loads this module only when asked for a code.
 */
import { encode } from 'uqr';

export interface QrDrawing {
	/** Modules per side, quiet zone included. */
	size: number;
	/** One path: a 1×1 square per dark module. */
	path: string;
}

/** Low error correction keeps the code coarse: a long link still scans from a screen. */
export function qrDrawing(text: string): QrDrawing {
	const { size, data } = encode(text, { ecc: 'L', border: 4 });
	let path = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { size, path };
}
