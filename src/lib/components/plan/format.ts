/** Times in the plan's zone, in the person's locale: "14:00" or "2:00 PM". */
export function clockTime(ms: number, timeZone: string): string {
	return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(ms);
}

/** Saves text as a file through a temporary link (no server involved). */
export function downloadFile(name: string, type: string, parts: BlobPart[]) {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
