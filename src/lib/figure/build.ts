import type { Arm, Leg, Pose } from './body';

/**
 * An arm: shoulder flexion (or abduction from the front), elbow flexion, and how long the
 * forearm looks when it lies across the body (1, full length, unless given).
 */
export const arm = (shoulder: number, elbow = 0, fore?: number): Arm =>
	fore === undefined ? { shoulder, elbow } : { shoulder, elbow, fore };

/** A leg: hip flexion (or abduction from the front), knee flexion, ankle dorsiflexion. */
export const leg = (hip: number, knee = 0, ankle = 0): Leg => ({ hip, knee, ankle });

/** A pose with the defaults filled in: side view, upright limbs, on the floor. */
export function pose(p: Partial<Pose> & Pick<Pose, 'pelvis'>): Pose {
	return {
		view: 'side',
		flip: false,
		anchor: 'hip',
		spine: 0,
		neck: 0,
		arms: [arm(0), arm(0)],
		legs: [leg(0), leg(0)],
		thighScale: 1,
		palms: false,
		turn: 0,
		twist: 0,
		roll: 0,
		shrug: 0,
		nod: 0,
		props: ['floor'],
		...p
	};
}

/** The same pose with some fields changed. */
export function tweak(base: Pose, p: Partial<Pose>): Pose {
	return { ...base, ...p };
}
