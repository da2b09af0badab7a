/**
 * Hands a file to the person: the system share sheet where it takes files (phones), a
 * download otherwise. Web Share needs a tap, so call these from a click handler.
 */

/** True when this browser can share this file through the system sheet. */
export function canShareFile(file: File): boolean {
	return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** A file of `parts` (text, a byte-order mark…) ready to download. */
export function textFile(name: string, type: string, parts: BlobPart[]): File {
	return new File(parts, name, { type });
}

/** A JSON file ready to share or download. */
export function jsonFile(name: string, text: string): File {
	return new File([text], name, { type: 'application/json' });
}

/** Downloads through a temporary object URL (no server involved): the one way Backbeat saves a file. */
export function download(file: File) {
	const url = URL.createObjectURL(file);
	const a = document.createElement('a');
	a.href = url;
	a.download = file.name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shares through the sheet, or downloads. Resolves to what happened; a person closing the
 * sheet is 'cancelled', not an error.
 */
export async function shareOrDownload(file: File, title: string) {
	if (!canShareFile(file)) {
		download(file);
		return 'downloaded' as const;
	}
	try {
		await navigator.share({ files: [file], title });
		return 'shared' as const;
	} catch (error) {
		if ((error as { name?: string }).name === 'AbortError') return 'cancelled' as const;
		download(file);
		return 'downloaded' as const;
	}
}

/** Copies text; false when the clipboard refused (the text stays selectable on the page). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
