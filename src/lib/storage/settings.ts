/** App settings: one record, validated field by field so one bad value never costs the rest. */
import * as v from 'valibot';
import { SETTINGS_KEY } from './db';
import { get, commit } from './store';
import { DEFAULT_SETTINGS, THEMES, VOICE_GUIDANCE, type Settings } from './settings-defaults';

export {
	DEFAULT_SETTINGS,
	THEMES,
	VOICE_GUIDANCE,
	type Settings,
	type Theme,
	type VoiceGuidance
} from './settings-defaults';

const between = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const wholeBetween = (min: number, max: number) => v.pipe(between(min, max), v.integer());

/** One schema per field: loading checks each on its own and falls back per field. */
const SETTINGS_FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
	soundOn: v.boolean(),
	volume: between(0, 1),
	voiceGuidance: v.picklist(VOICE_GUIDANCE),
	voiceURI: v.nullable(v.pipe(v.string(), v.maxLength(500))),
	voiceRate: between(0.5, 2),
	spokenCounts: v.boolean(),
	countdownSeconds: wholeBetween(0, 10),
	prepareSeconds: wholeBetween(0, 30),
	announceNext: v.boolean(),
	vibration: v.boolean(),
	theme: v.picklist(THEMES),
	painCheckins: v.boolean(),
	safetyAcknowledgedAt: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
	referralDismissedAt: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0)))
};

const FIELD_NAMES = Object.keys(SETTINGS_FIELDS) as (keyof Settings)[];

/**
 * Settings from any value (a stored record, a backup): each valid field is kept, anything
 * missing or invalid takes `base`'s value (the defaults unless given). Unknown fields are dropped.
 */
export function normalizeSettings(
	input: unknown,
	base: Readonly<Settings> = DEFAULT_SETTINGS
): Settings {
	const source =
		typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
	const out = { ...base } as Record<keyof Settings, unknown>;
	// Records and backups from before voice guidance had a `voiceOn` switch: on meant "speak".
	if (!('voiceGuidance' in source) && typeof source['voiceOn'] === 'boolean')
		out.voiceGuidance = source['voiceOn'] ? 'full' : 'off';
	for (const name of FIELD_NAMES) {
		if (!(name in source)) continue;
		const result = v.safeParse(SETTINGS_FIELDS[name], source[name]);
		if (result.success) out[name] = result.output;
	}
	return out as Settings;
}

/** The saved settings, with defaults for anything missing or broken. */
export async function loadSettings(): Promise<Settings> {
	return normalizeSettings(await get('settings', SETTINGS_KEY));
}

// Saves run one after another so two quick patches (two sliders) cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Merges `patch` into the saved settings and saves them. Invalid values in the patch are
 * ignored (the old value stays). Resolves to the settings as saved; never throws.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
	const next = queue.then(async () => {
		const merged = normalizeSettings(patch, await loadSettings());
		await commit([{ store: 'settings', put: { ...merged } }]);
		return merged;
	});
	queue = next.catch(() => undefined);
	return next;
}
