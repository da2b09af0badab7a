/**
 * The built-in routines in routines/*.json: each must validate, be named after its id and
 * last exactly as long as the arithmetic written out below. The hand-computed totals guard
 * duration.ts as much as the files: if either changes, a number here stops matching.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routineSeconds, simpleStepSeconds, stepSeconds } from './duration';
import { FLARE_UP_HREF, FLARE_UP_ROUTINE } from '$lib/content/flare-up';
import { ROUTINE_RED_FLAG_LINE } from '$lib/content/safety';
import { FLARE_UP } from '$lib/text/flare-up';
import { parseRoutineJson } from './parse';
import {
	CONDITIONS,
	STAGES,
	STEP_TYPES,
	type Condition,
	type Routine,
	type SimpleStep,
	type Step
} from './schema';

const dir = new URL('../../../routines/', import.meta.url);
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.json') && name !== 'schema.json')
	.sort();
const texts = new Map(files.map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]));
const readme = readFileSync(new URL('README.md', dir), 'utf8');

function load(name: string): Routine {
	const result = parseRoutineJson(texts.get(name) ?? '');
	if (!result.ok) throw new Error(`${name}: ${result.errors.join('; ')}`);
	return result.routine;
}

const routines = new Map(files.map((name) => [name.replace(/\.json$/, ''), load(name)]));

function routine(id: string): Routine {
	const found = routines.get(id);
	if (!found) throw new Error(`routines/${id}.json is missing`);
	return found;
}

/** Every step, with the steps inside sets blocks listed after their block. */
function allSteps(r: Routine): Step[] {
	return r.steps.flatMap((step) => (step.type === 'sets' ? [step, ...step.steps] : [step]));
}

const STOP_RULE =
	'Stop if the pain gets sharper or spreads down a leg. Mild stretching discomfort is fine; pain is not.';

/** The tags the library shares, so the app's filters group routines (README lists them too). */
const TAG_VOCABULARY = [
	'lower-back',
	'core',
	'strength',
	'stretch',
	'mobility',
	'walking',
	'cold',
	'heat',
	'spasm',
	'breathing',
	'relaxation',
	'posture',
	'desk',
	'neck',
	'upper-back',
	'warm-up',
	'cool-down',
	'morning',
	'sleep'
];

describe('routine files', () => {
	it('has the required built-in routines and at least 22 in all', () => {
		expect(files.length).toBeGreaterThanOrEqual(22);
		for (const id of [
			'pelvic-tilts',
			'core-gentle',
			'lower-back-stretches',
			'walk-break',
			'cold-compress',
			'heat-compress',
			'spasm-relief',
			'breathing-relaxation',
			'desk-break',
			'neck-upper-back',
			'warm-up',
			'cool-down',
			'bridges',
			'bird-dog',
			'cat-cow',
			'prone-extension',
			'rest-positions',
			'figure-four-stretch',
			'hip-flexor-stretch',
			'cold-heat-alternating',
			'lift-with-legs'
		]) {
			expect(routines.has(id), id).toBe(true);
		}
	});

	it.each(files)('%s parses with no errors', (name) => {
		expect(parseRoutineJson(texts.get(name) ?? '')).toMatchObject({ ok: true });
	});

	it.each(files)('%s is named after its id', (name) => {
		expect(`${load(name).id}.json`).toBe(name);
	});

	it('uses each id once', () => {
		const ids = [...routines.values()].map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(files)('%s starts with the $schema key and format 3', (name) => {
		const raw = JSON.parse(texts.get(name) ?? '') as Record<string, unknown>;
		expect(Object.keys(raw).slice(0, 2)).toEqual(['$schema', 'formatVersion']);
		expect(raw.$schema).toBe('./schema.json');
		expect(raw.formatVersion).toBe(3);
	});
});

describe('routine content', () => {
	it.each(files)('%s carries the stop rule in its safety notes', (name) => {
		expect(load(name).safety).toContain(STOP_RULE);
	});

	it.each(files)('%s uses tags from the shared vocabulary', (name) => {
		const r = load(name);
		expect(r.tags.length).toBeGreaterThan(0);
		for (const tag of r.tags) expect(TAG_VOCABULARY, `${name}: ${tag}`).toContain(tag);
	});

	it.each(files)('%s keeps spoken cues under 80 characters', (name) => {
		for (const step of allSteps(load(name))) {
			if ('cue' in step && step.cue !== undefined) {
				expect(step.cue.length, step.cue).toBeLessThan(80);
			}
		}
	});

	it('uses every step type and per-side steps across the library', () => {
		const steps = [...routines.values()].flatMap(allSteps);
		const used = new Set(steps.map((s) => s.type));
		for (const type of STEP_TYPES) expect(used, type).toContain(type);
		expect(steps.some((s) => 'perSide' in s && s.perSide)).toBe(true);
		expect(steps.some((s) => s.type === 'sets' && (s.restBetween ?? 0) > 0)).toBe(true);
	});
});

describe('routine stages', () => {
	it.each(files)('%s says its stage in the file itself (not only by migration)', (name) => {
		const raw = JSON.parse(texts.get(name) ?? '') as Record<string, unknown>;
		expect(STAGES).toContain(raw.stage);
	});

	it('has at least five routines for each stage, so every filter shows a choice', () => {
		for (const stage of STAGES) {
			const count = [...routines.values()].filter((r) => r.stage === stage).length;
			expect(count, stage).toBeGreaterThanOrEqual(5);
		}
	});

	it('keeps first-days routines gentle and free of strengthening work', () => {
		for (const r of routines.values()) {
			if (r.stage !== 'spasm') continue;
			expect(r.level, r.id).toBe('gentle');
			expect(r.tags, r.id).not.toContain('strength');
		}
	});

	it('gives rest, cold, warmth, walking and the spasm routine the first-days stage', () => {
		// Warmth can ease pain early on too, once any swelling has settled (the facts' heat
		// note): it is not "meant for later".
		for (const id of [
			'spasm-relief',
			'rest-positions',
			'cold-compress',
			'heat-compress',
			'walk-break'
		]) {
			expect(routine(id).stage, id).toBe('spasm');
		}
		// Alternating waits for numb skin between packs and is longer: once the worst has eased.
		expect(routine('cold-heat-alternating').stage).not.toBe('spasm');
	});
});

describe('routine safety lines agree with the safety page', () => {
	// The app shows the shared red-flag line (ROUTINE_RED_FLAG_LINE) with every routine itself,
	// so a routine carrying its own copy would show it twice, or an old wording of it.
	it.each(files)('%s carries no copy of the red-flag text', (name) => {
		const safety = load(name).safety;
		expect(safety).not.toContain(ROUTINE_RED_FLAG_LINE);
		for (const line of safety) {
			expect(line, line).not.toMatch(/emergenc|bladder|bowel|numbness between/i);
		}
	});

	it.each(files)('%s calls nothing an emergency or urgent', (name) => {
		// Tiers live on /safety; a routine's own lines must not re-sort a sign into another tier.
		for (const line of load(name).safety) {
			expect(line, line).not.toMatch(/emergenc|urgent/i);
		}
	});

	it.each(files)('%s makes none of the over-claims the facts warn about', (name) => {
		const text = texts.get(name) ?? '';
		expect(text).not.toMatch(/raises? the risk of spasms/i);
		expect(text).not.toMatch(/eases? faster/i);
		expect(text).not.toMatch(/helps? (them|muscles) let go/i);
		expect(text).not.toMatch(/steadies the spine/i);
	});
});

/** Words that put a step in a posture, checked in order: the first match wins. */
const POSTURE_WORDS: [RegExp, 'standing' | 'kneeling' | 'lying' | 'sitting'][] = [
	[/\bhands and knees\b/i, 'kneeling'],
	[/\b(stand|standing|get up|walk|march|step)\b/i, 'standing'],
	[/\b(lie|lying|roll onto your side|calves on a chair)\b/i, 'lying'],
	[/\b(sit|sitting)\b/i, 'sitting']
];

function postureOf(text: string) {
	return POSTURE_WORDS.find(([re]) => re.test(text))?.[1];
}

/**
 * Steps done standing (walking, marching, standing moves) must come after a step that gets the
 * person up, and every posture a routine uses must be in its `position` list.
 */
describe('routine positions are true', () => {
	it.each(files)('%s has no standing step without getting up first', (name) => {
		const r = load(name);
		let posture: string | undefined = r.position[0];
		for (const step of allSteps(r)) {
			if (step.type === 'sets' || step.type === 'rest') continue;
			if (step.type === 'untimed' || step.type === 'get-ready') {
				posture = postureOf(step.name) ?? postureOf(step.instructions) ?? posture;
				continue;
			}
			const needs = /\b(walk|march|stand|standing|steps?)\b/i.test(step.name)
				? 'standing'
				: undefined;
			if (needs) expect(posture, `${name}: ${step.name}`).toBe(needs);
		}
	});

	it.each(files)('%s lists the postures its get-ready and untimed steps set up', (name) => {
		const r = load(name);
		for (const step of allSteps(r)) {
			if (step.type !== 'untimed' && step.type !== 'get-ready') continue;
			const posture = postureOf(step.name);
			// Getting up at the very end (to finish) is not a position the routine is done in.
			if (!posture || step === r.steps.at(-1)) continue;
			expect(r.position, `${name}: ${step.name}`).toContain(posture);
		}
	});

	it('uses the hands-and-knees position where a routine kneels', () => {
		for (const id of ['bird-dog', 'cat-cow', 'lower-back-stretches']) {
			expect(routine(id).position, id).toContain('kneeling');
		}
	});

	it('offers a chair only where no wall is needed', () => {
		for (const r of routines.values()) {
			const text = JSON.stringify(r.steps);
			if (/\bwall\b/i.test(text) && !/wall or (a )?chair|chair or (a )?wall/i.test(text)) {
				expect(r.position, r.id).not.toContain('sitting');
			}
		}
	});
});

/** Steps that bend, arch, twist or load the spine: each must show a stop line. */
const LOADS_SPINE =
	/bridge|bird|dead bug|cat|cow|elbow|prone|twist|knee to chest|knee hug|knees to chest|back bend|hinge|lift|squat|figure|hip.flexor|lunge|child|back of thigh|pelvic tilt|pelvic rock|knee rock/i;

describe('stop lines', () => {
	it.each(files)('%s has a stop line on every step that loads the spine', (name) => {
		for (const step of allSteps(load(name))) {
			if (step.type === 'sets' || step.type === 'rest' || step.type === 'untimed') continue;
			if (step.type === 'get-ready') continue;
			if (LOADS_SPINE.test(step.name)) expect(step.stopIf, `${name}: ${step.name}`).toBeDefined();
		}
	});

	it('finds such steps across the library (the pattern still matches real names)', () => {
		const loading = [...routines.values()]
			.flatMap(allSteps)
			.filter((s) => s.type !== 'sets' && 'name' in s && LOADS_SPINE.test(s.name ?? ''));
		expect(loading.length).toBeGreaterThanOrEqual(20);
	});
});

/** Poses lying on the back (every step whose figure starts or ends in one counts). */
const ON_THE_BACK = new Set([
	'lying-knees-bent',
	'lying-flat',
	'lying-cushion',
	'lying-breathing',
	'lying-pack',
	'pelvic-tilt',
	'tummy-brace',
	'knee-to-chest',
	'knees-to-chest',
	'figure-4-stretch',
	'bridge',
	'dead-bug',
	'dead-bug-reach',
	'heel-slide',
	'hamstring-towel',
	'rest-calves-on-chair',
	'lying-twist-start',
	'lying-twist',
	'knee-rock-left',
	'knee-rock-right',
	'lying-slider-bend',
	'lying-slider-straight',
	'lying-pillow-knees'
]);

/**
 * Poses that make a routine list a condition (routines/README.md gives the criteria): lying on
 * the front (pregnancy); knee hugs, rounding, twists and hinges (osteoporosis); deep hip bending
 * and crossed legs (a hip replacement). `prone-pack` is not here: the pack routines offer lying
 * on the side or sitting just as well.
 */
const CAUTION_POSES: Record<Condition, readonly string[]> = {
	pregnancy: ['prone', 'prone-on-elbows'],
	osteoporosis: ['knee-to-chest', 'knees-to-chest', 'lying-twist', 'cat', 'hip-hinge'],
	'hip-replacement': ['knee-to-chest', 'knees-to-chest', 'figure-4-stretch', 'childs-pose']
};

/**
 * The poses a step moves through or rests in. A get-ready or untimed step only shows where to
 * get to, and the pack routines offer lying on the side or sitting there just as well.
 */
const posesOf = (step: Step) =>
	step.type === 'sets' || step.type === 'get-ready' || step.type === 'untimed' || !step.figure
		? []
		: [step.figure.start, step.figure.end ?? ''];

/** Seconds spent in steps drawn lying on the back (a sets block's steps counted per set). */
function secondsOnTheBack(r: Routine): number {
	const onBack = (s: SimpleStep) => posesOf(s).some((pose) => ON_THE_BACK.has(pose));
	return r.steps.reduce((sum, step) => {
		if (step.type !== 'sets') return sum + (onBack(step) ? simpleStepSeconds(step) : 0);
		const inner = step.steps.filter(onBack).reduce((n, s) => n + simpleStepSeconds(s), 0);
		return sum + step.sets * inner;
	}, 0);
}

describe('routine cautions', () => {
	/** Clear cases, pinned: each for the reason in its comment. */
	const expected: Record<string, Condition[]> = {
		// Crossed legs (figure-4) and knee hugs, five minutes on the back.
		'figure-four-stretch': ['pregnancy', 'osteoporosis', 'hip-replacement'],
		// Lying on the front; the backward bend suits thin bones.
		'prone-extension': ['pregnancy'],
		// Rounding (cat) and child's pose.
		'cat-cow': ['osteoporosis', 'hip-replacement'],
		// Knee hugs, a lying twist, child's pose, four minutes on the back.
		'lower-back-stretches': ['pregnancy', 'osteoporosis', 'hip-replacement'],
		// Two and a half minutes on the back, the spine kept still.
		'pelvic-tilts': ['pregnancy'],
		// Hinging forward with a load.
		'lift-with-legs': ['osteoporosis'],
		// The rest sits back towards the heels (child's pose); the back stays flat.
		'bird-dog': ['hip-replacement'],
		// Standing or sitting, nothing loaded, deep or crossed.
		'walk-break': [],
		'warm-up': [],
		'neck-upper-back': [],
		'upper-back-strength': []
	};

	it.each(Object.entries(expected))('%s lists %j', (id, cautions) => {
		expect(routine(id).cautions ?? []).toEqual(cautions);
	});

	it.each(files)('%s lists the conditions its poses call for', (name) => {
		const r = load(name);
		const poses = new Set(allSteps(r).flatMap(posesOf));
		for (const condition of CONDITIONS) {
			const found = CAUTION_POSES[condition].filter((pose) => poses.has(pose));
			if (found.length) expect(r.cautions, `${name}: ${found.join(', ')}`).toContain(condition);
		}
		if (secondsOnTheBack(r) > 120)
			expect(r.cautions, `${name}: on the back`).toContain('pregnancy');
	});

	it.each(files)('%s lists its cautions in the format’s order', (name) => {
		const cautions = load(name).cautions ?? [];
		expect(cautions).toEqual(CONDITIONS.filter((c) => cautions.includes(c)));
	});

	it('tags a good part of the library, and leaves a choice for each condition', () => {
		const all = [...routines.values()];
		for (const condition of CONDITIONS) {
			const without = all.filter((r) => !r.cautions?.includes(condition));
			expect(without.length, condition).toBeGreaterThanOrEqual(5);
		}
		expect(all.filter((r) => r.cautions?.length).length).toBeGreaterThanOrEqual(10);
	});
});

describe('stop lines on every hold and tempo step', () => {
	const GENERIC = 'Stop if the pain gets sharper or spreads down a leg.';

	it.each(files)('%s gives each hold and tempo step its own short stop line', (name) => {
		for (const step of allSteps(load(name))) {
			if (step.type !== 'hold' && step.type !== 'tempo') continue;
			expect(step.stopIf, `${name}: ${step.name}`).toBeDefined();
			expect(step.stopIf?.length ?? 0, `${name}: ${step.name}`).toBeLessThanOrEqual(100);
			// Specific to the move: the general rule is in every routine's safety notes already.
			expect(step.stopIf, `${name}: ${step.name}`).not.toBe(GENERIC);
		}
	});
});

describe('getting down onto the floor', () => {
	/** A get-ready that puts someone on a mat, on hands and knees or lying down… */
	const GETS_DOWN = /\b(lie|lying|kneel|hands and knees|onto the mat)\b/i;
	/** …and not one that gets them up again. */
	const GETS_UP = /\b(stand|get up|sit up)\b/i;

	const gettingDown = [...routines.values()].flatMap((r) =>
		allSteps(r)
			.filter((s) => s.type === 'get-ready')
			.filter((s) => GETS_DOWN.test(`${s.name} ${s.instructions}`) && !GETS_UP.test(s.name))
			.map((s) => [r.id, s.name, s] as const)
	);

	it('finds such steps across the library', () => {
		expect(gettingDown.length).toBeGreaterThanOrEqual(15);
	});

	it.each(gettingDown)('%s: "%s" gives 30 s, not the default 15', (_id, _name, step) => {
		expect(step.seconds).toBe(30);
	});
});

describe('routine wording', () => {
	it.each(files)('%s speaks calmly about turning (no fear words about twisting)', (name) => {
		const text = texts.get(name) ?? '';
		expect(text).not.toMatch(/\b(never|not|no|rather than|instead of)( by)? twisting\b/i);
	});

	it('bird-dog says which arm and which leg', () => {
		const step = routine('bird-dog').steps.find(
			(s) => s.type === 'hold' && /bird-dog/i.test(s.name)
		);
		if (step?.type !== 'hold') throw new Error('bird-dog has no bird-dog hold');
		expect(step.instructions).toMatch(/right arm .* left leg/i);
		expect(step.instructions).toMatch(/left arm and right leg/i);
	});

	it('figure-four-stretch names the buttock and outer hip, no muscle names', () => {
		const text = texts.get('figure-four-stretch.json') ?? '';
		expect(text).not.toMatch(/piriformis/i);
		expect(text).toMatch(/buttock and outer hip/);
	});
});

describe('routine durations (hand-computed; untimed steps count 0)', () => {
	const expected: Record<string, [seconds: number, arithmetic: string]> = {
		'pelvic-tilts': [150, '10 × (10 + 5) = 150'],
		// One round: brace 5 × (10 + 5) = 75, dead bug 8 × (2 + 2) = 32,
		// heel slide per side 2 × 6 × (2 + 2) + 3 = 51; 75 + 32 + 51 = 158.
		'core-gentle': [564, '3 × 158 + 2 × 30 + rest 30 = 474 + 60 + 30 = 564'],
		'lower-back-stretches': [
			328,
			'knee to chest 2 × 3 × (20 + 10) + 5 = 185, twist 2 × 30 + 8 = 68, child 45, rest 30 = 328'
		],
		'walk-break': [270, 'walk 240 + stand 30 = 270'],
		'cold-compress': [720, 'cold 720 = 12 min'],
		'heat-compress': [900, 'heat 900 = 15 min'],
		'spasm-relief': [165, 'breathe 60 + knee hug 2 × 20 + 5 = 45 + steps 60 = 165'],
		'breathing-relaxation': [420, '60 + 120 + 90 + 120 + 30 = 420'],
		'desk-break': [
			231,
			'rock 6 × (3 + 3) = 36 + shoulders 30 + reach 2 × 15 + 5 = 35 + bend 5 × (5 + 5) = 50 + walk 60 + reach 20 = 231'
		],
		'neck-upper-back': [
			300,
			'rolls 8 × (2 + 2) = 32 + ear 2 × 20 + 5 = 45 + tuck 6 × (5 + 5) = 60 + turn 2 × 3 × (5 + 3) + 5 = 53 + squeeze 8 × (5 + 5) = 80 + drop 30 = 300'
		],
		'warm-up': [
			282,
			'march 60 + arms 30 + squat 8 × (2 + 2) = 32 + side steps 60 + heels 10 × (2 + 2) = 40 + march 60 = 282'
		],
		'cool-down': [
			605,
			'walk 90 + calf 65 + thigh 65 + chest 30 + knee 65 + hamstring 65 + twist 65 + tilt 6 × (5 + 5) = 60 + knees 40 + rest 60 = 605 (each per-side 30 s stretch is 2 × 30 + 5 = 65)'
		],
		'morning-mobility': [
			289,
			'breaths 30 + rocks 6 × (3 + 3) = 36 + tilts 8 × (3 + 3) = 48 + knee hug 2 × 2 × (15 + 5) + 5 = 85 + reach 5 × (3 + 3) = 30 + march 60 = 289'
		],
		'bedtime-unwind': [
			385,
			'tilt 5 × (5 + 5) = 50 + knee 2 × 30 + 5 = 65 + tense 90 + breathe 180 = 385'
		],
		// One round: squeeze 10 × (2 + 2) = 40, down 8 × (2 + 3) = 40, wall slide 6 × (3 + 3) = 36.
		'upper-back-strength': [307, '2 × 116 + 1 × 45 + chest 30 = 307'],
		// The routines added with stages (issue 11):
		bridges: [180, '2 × 6 × (5 + 5) + 1 × 30 + rest 30 = 120 + 30 + 30 = 180'],
		'bird-dog': [
			204,
			'arm reach 2 × 4 × (5 + 3) + 5 = 69 + bird-dog 2 × 5 × (5 + 5) + 5 = 105 + rest 30 = 204'
		],
		'cat-cow': [198, '2 × 8 × (4 + 4) + 1 × 20 = 148 + child 30 + rest 20 = 198'],
		'prone-extension': [240, 'prone 60 + elbows 5 × (20 + 10) = 150 + rest 30 = 240'],
		'rest-positions': [480, 'back 240 + side 240 = 480'],
		'figure-four-stretch': [
			320,
			'figure-4 2 × 2 × (30 + 10) + 5 = 165 + knee 2 × 2 × (20 + 10) + 5 = 125 + rest 30 = 320'
		],
		'hip-flexor-stretch': [225, 'stretch 2 × 2 × (30 + 10) + 5 = 165 + walk 60 = 225'],
		'cold-heat-alternating': [1200, 'cold 600 + warm 600 = 1200'],
		'lift-with-legs': [114, 'hinge 8 × (3 + 3) = 48 + lift 6 × (3 + 3) = 36 + turn 30 = 114'],
		// The longer walk a plan builds up to (issue 23): ten minutes in all.
		'walk-longer': [600, 'walk 570 + stand 30 = 600'],
		// Learn and recover (issue 24).
		'getting-up-safely': [
			165,
			'roll 15 + push up 15 + sit 20 + steps 30 + side 20 + hands and knees 20 + kneel 15 + stand 30 = 165'
		],
		'sciatica-friendly': [
			508,
			'seated slider 2 × 8 × (3 + 3) + 5 = 101 + lying slider 2 × 6 × (3 + 3) + 5 = 77 + walk 300 + stand 30 = 508'
		],
		'flare-up-first-aid': [276, 'breathe 90 + rocks 6 × (3 + 3) = 36 + walk 120 + stand 30 = 276'],
		'sleep-set-up': [300, 'side 150 + back 150 = 300'],
		// The graded walking plan's last weeks: fifteen minutes in all.
		'walk-steady': [900, 'walk 870 + stand 30 = 900']
	};

	it('keeps the durations of the first 15 routines (content changes did not touch timing)', () => {
		const before = {
			'pelvic-tilts': 150,
			'core-gentle': 564,
			'lower-back-stretches': 328,
			'walk-break': 270,
			'cold-compress': 720,
			'heat-compress': 900,
			'spasm-relief': 165,
			'breathing-relaxation': 420,
			'desk-break': 231,
			'neck-upper-back': 300,
			'warm-up': 282,
			'cool-down': 605,
			'morning-mobility': 289,
			'bedtime-unwind': 385,
			'upper-back-strength': 307
		};
		expect(
			Object.fromEntries(Object.keys(before).map((id) => [id, routineSeconds(routine(id))]))
		).toEqual(before);
	});

	it('covers every routine file', () => {
		expect(Object.keys(expected).sort()).toEqual([...routines.keys()].sort());
	});

	it.each(Object.entries(expected).map(([id, [seconds, sum]]) => [id, seconds, sum] as const))(
		'%s lasts %i s: %s',
		(id, seconds) => {
			expect(routineSeconds(routine(id))).toBe(seconds);
		}
	);

	it('walk-break walks for 3 to 5 minutes', () => {
		const walking = routine('walk-break')
			.steps.filter((s) => s.type === 'timed' && /walk/i.test(s.name))
			.reduce((sum, s) => sum + stepSeconds(s), 0);
		expect(walking).toBe(240);
		expect(walking).toBeGreaterThanOrEqual(180);
		expect(walking).toBeLessThanOrEqual(300);
	});

	it('cold-compress keeps the cold on for 10 to 15 minutes', () => {
		const seconds = routineSeconds(routine('cold-compress'));
		expect(seconds).toBeGreaterThanOrEqual(600);
		expect(seconds).toBeLessThanOrEqual(900);
	});

	it('cold-heat-alternating keeps each pack within its limits', () => {
		const timed = routine('cold-heat-alternating').steps.filter((s) => s.type === 'timed');
		const cold = timed.find((s) => /cold/i.test(s.name));
		const warm = timed.find((s) => /warm/i.test(s.name));
		expect(cold && stepSeconds(cold)).toBeGreaterThanOrEqual(600);
		expect(cold && stepSeconds(cold)).toBeLessThanOrEqual(900);
		expect(warm && stepSeconds(warm)).toBeLessThanOrEqual(1200);
	});

	it('rest-positions rests a few minutes in each of its two positions', () => {
		const timed = routine('rest-positions').steps.filter((s) => s.type === 'timed');
		expect(timed.map((s) => s.name)).toEqual(['Rest on your back', 'Rest on your side']);
		for (const s of timed) expect(stepSeconds(s)).toBeGreaterThanOrEqual(120);
	});

	it('heat-compress keeps the heat on for 20 minutes at most', () => {
		expect(routineSeconds(routine('heat-compress'))).toBeLessThanOrEqual(1200);
	});

	it('cool-down stretches for about 10 minutes', () => {
		const seconds = routineSeconds(routine('cool-down'));
		expect(seconds).toBeGreaterThanOrEqual(540);
		expect(seconds).toBeLessThanOrEqual(720);
	});

	it('pelvic-tilts is 10 holds of 10 s after a get-into-position step', () => {
		const [first, tilt] = routine('pelvic-tilts').steps;
		expect(first).toMatchObject({ type: 'get-ready', name: 'Get into position' });
		expect(tilt).toMatchObject({ type: 'hold', hold: 10, relax: 5, reps: 10 });
		if (tilt?.type !== 'hold') throw new Error('expected a hold step');
		expect(simpleStepSeconds(tilt)).toBe(150);
	});
});

describe('routines/README.md', () => {
	const block = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];

	it('has a full example that validates', () => {
		expect(block).toBeDefined();
		const result = parseRoutineJson(block ?? '');
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('example uses every step type and lasts the 423 s the README states', () => {
		const result = parseRoutineJson(block ?? '');
		if (!result.ok) throw new Error(result.errors.join('; '));
		const types = new Set(allSteps(result.routine).map((s) => s.type));
		expect([...types].sort()).toEqual([...STEP_TYPES].sort());
		expect(allSteps(result.routine).some((s) => 'perSide' in s && s.perSide)).toBe(true);
		expect(routineSeconds(result.routine)).toBe(423);
		expect(readme).toContain('= 423` seconds');
	});

	it('documents every step type', () => {
		for (const type of STEP_TYPES) expect(readme).toContain(`### \`${type}\``);
	});
});

describe('Learn and recover routines (issue 24)', () => {
	/** The poses a routine shows, step by step: each step's start, then its end if it has one. */
	const poses = (id: string) =>
		allSteps(routine(id)).flatMap((s) =>
			s.type === 'sets' || !s.figure ? [] : [s.figure.start, s.figure.end ?? s.figure.start]
		);
	/** True when `wanted` appear in this order among `list` (others may come between). */
	function inOrder(list: string[], wanted: string[]): boolean {
		let from = 0;
		for (const w of wanted) {
			from = list.indexOf(w, from) + 1;
			if (from === 0) return false;
		}
		return true;
	}

	const NEW = {
		'getting-up-safely': 'spasm',
		'sciatica-friendly': 'recovering',
		'flare-up-first-aid': 'spasm',
		'sleep-set-up': 'spasm'
	} as const;

	it.each(Object.entries(NEW))(
		'%s is a gentle %s routine with a figure and a spoken cue on every step',
		(id, stage) => {
			const r = routine(id);
			expect(r.stage).toBe(stage);
			expect(r.level).toBe('gentle');
			for (const step of allSteps(r)) {
				if (step.type === 'sets' || step.type === 'rest') continue;
				expect(step.figure, `${id}: ${step.name}`).toBeDefined();
				expect(step.cue, `${id}: ${step.name}`).toBeDefined();
			}
			// Hands-free and on the clock: nothing waits for a tap.
			expect(allSteps(r).some((s) => s.type === 'untimed')).toBe(false);
		}
	);

	it.each(Object.keys(NEW))('%s gives every step that moves the body its own stop line', (id) => {
		for (const step of allSteps(routine(id))) {
			if (step.type !== 'timed' && step.type !== 'hold' && step.type !== 'tempo') continue;
			// Breathing and standing still need none; everything else that moves does.
			if (step.breathing || step.figure?.end === undefined) continue;
			expect(step.stopIf, `${id}: ${step.name}`).toBeDefined();
		}
	});

	it('getting up: a log roll out of bed, then up from the floor through side-lying, hands and knees and half-kneeling', () => {
		const shown = poses('getting-up-safely');
		expect(
			inOrder(shown, [
				'lying-knees-bent',
				'side-lying',
				'side-push-up',
				'sitting-relaxed',
				'standing',
				'side-lying',
				'hands-knees',
				'half-kneeling',
				'half-kneeling-rise',
				'standing-tall'
			])
		).toBe(true);
		const text = JSON.stringify(routine('getting-up-safely').steps);
		expect(text).toMatch(/as one piece/);
		expect(text).toMatch(/legs (slide|go) over the edge/);
	});

	it('sciatica: sliders sitting and lying, then a walk; stop lines for spreading leg pain and tingling', () => {
		const r = routine('sciatica-friendly');
		const shown = poses('sciatica-friendly');
		expect(
			inOrder(shown, [
				'seated-slider-bend',
				'seated-slider-straight',
				'lying-slider-bend',
				'lying-slider-straight',
				'walk-near'
			])
		).toBe(true);
		const stops = allSteps(r).flatMap((s) => ('stopIf' in s && s.stopIf ? [s.stopIf] : []));
		const sliders = allSteps(r).filter((s) => s.type === 'tempo');
		expect(sliders).toHaveLength(2);
		for (const s of sliders) expect(s.stopIf).toMatch(/spreads further/);
		expect(stops.some((s) => /tingling/.test(s) && /numbness/.test(s))).toBe(true);
		const safety = r.safety.join('\n');
		// What to do when it spreads or tingles more, and the signs that cannot wait.
		expect(safety).toMatch(
			/spreads further down your leg, or tingling or numbness increases, stop/
		);
		expect(safety).toMatch(/both legs/);
		expect(safety).toMatch(/When to stop/);
	});

	it('flare-up first aid: a rest position, slow breathing, gentle movement and a short walk, in about five minutes', () => {
		const r = routine('flare-up-first-aid');
		expect(
			inOrder(poses(r.id), ['lying-cushion', 'lying-breathing', 'pelvic-tilt', 'walk-near'])
		).toBe(true);
		const breathing = allSteps(r).find((s) => s.type === 'timed' && s.breathing);
		expect(breathing?.name).toBe('Slow breathing');
		expect(routineSeconds(r)).toBeLessThanOrEqual(6 * 60);
	});

	it('the one-tap link to flare-up first aid opens that routine’s player and is named after it', () => {
		expect(routine(FLARE_UP_ROUTINE).title).toBe(FLARE_UP.link);
		expect(FLARE_UP_HREF).toBe('/play/flare-up-first-aid');
	});

	it('sleep set-up: on the side with a pillow between the knees, then on the back with one under them, breathing', () => {
		const r = routine('sleep-set-up');
		expect(inOrder(poses(r.id), ['side-lying-pillow', 'lying-pillow-knees'])).toBe(true);
		const timed = allSteps(r).filter((s) => s.type === 'timed');
		expect(timed.map((s) => s.type === 'timed' && s.breathing !== undefined)).toEqual([true, true]);
		expect(r.tags).toContain('sleep');
	});
});
