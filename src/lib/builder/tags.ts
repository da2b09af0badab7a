/** Focus tags the built-in library uses (routines/README.md): offered first, so filters group well. */
export const FOCUS_TAGS = [
	'lower-back',
	'core',
	'strength',
	'stretch',
	'mobility',
	'walking',
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
] as const;
