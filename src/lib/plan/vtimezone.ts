/**
 * A VTIMEZONE for an iCalendar file, built from Intl alone: the zone's offset at the start and
 * every change within the span, written as explicit onsets. RFC 5545 asks for one whenever a
 * TZID is used, and a calendar that does not know the IANA name can still place the times.
 */
import { offsetMinutes, zonedParts } from './zone';

const HOUR = 3_600_000;

/** The instants in [from, to) where the zone's offset changes, to the minute. */
export function offsetChanges(timeZone: string, from: number, to: number): number[] {
	const out: number[] = [];
	let previous = offsetMinutes(from, timeZone);
	for (let t = from + HOUR; t < to + HOUR; t += HOUR) {
		const offset = offsetMinutes(t, timeZone);
		if (offset === previous) continue;
		// Narrow the hour down to the minute the clocks changed.
		let lo = t - HOUR;
		let hi = t;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (offsetMinutes(mid, timeZone) === previous) lo = mid;
			else hi = mid;
		}
		out.push(hi);
		previous = offset;
	}
	return out;
}

/** "+0130" / "-0500". */
export function icsOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Local date-time as iCalendar "YYYYMMDDTHHMMSS" (no zone letter). */
export function icsLocal(ms: number, timeZone: string, offset?: number): string {
	const p =
		offset === undefined ? zonedParts(ms, timeZone) : zonedParts(ms + offset * 60_000, 'UTC');
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** The VTIMEZONE lines for `timeZone` covering [from, to). */
export function vtimezone(timeZone: string, from: number, to: number): string[] {
	const changes = offsetChanges(timeZone, from, to);
	const offsets = [
		offsetMinutes(from, timeZone),
		...changes.map((t) => offsetMinutes(t, timeZone))
	];
	const standard = Math.min(...offsets);
	const part = (kind: string, start: string, fromOffset: number, toOffset: number) => [
		`BEGIN:${kind}`,
		`DTSTART:${start}`,
		`TZOFFSETFROM:${icsOffset(fromOffset)}`,
		`TZOFFSETTO:${icsOffset(toOffset)}`,
		`END:${kind}`
	];
	const kindOf = (offset: number) => (offset > standard ? 'DAYLIGHT' : 'STANDARD');
	const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
	lines.push(...part(kindOf(offsets[0]!), '19700101T000000', offsets[0]!, offsets[0]!));
	changes.forEach((t, i) => {
		const before = offsets[i]!;
		// An onset is written in the local time that was in force just before it.
		lines.push(
			...part(kindOf(offsets[i + 1]!), icsLocal(t, timeZone, before), before, offsets[i + 1]!)
		);
	});
	lines.push('END:VTIMEZONE');
	return lines;
}
