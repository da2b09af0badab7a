/**
 * How a step is timed, in words: one wording for the routine page and the player's "Next"
 * line ("Hold 10 s, relax 5 s · 8 times"). Pure.
 */
import { DEFAULT_SWITCH_SECONDS } from '../routine/constants';
import { getReadySeconds } from '../routine/duration';
import type { SimpleStep, Step } from '../routine/schema';
import { formatSeconds } from './format';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** One pass of a simple step: "Hold 10 s, relax 5 s · 8 times", "45 s", "Rest 30 s". */
function stepTiming(step: SimpleStep): string {
	switch (step.type) {
		case 'timed':
			return formatSeconds(step.duration);
		case 'rest':
			return `Rest ${formatSeconds(step.duration)}`;
		case 'hold':
			return `Hold ${formatSeconds(step.hold)}, relax ${formatSeconds(step.relax)} · ${times(step.reps)}`;
		case 'tempo':
			return `Up ${formatSeconds(step.up)}, down ${formatSeconds(step.down)} · ${times(step.reps)}`;
		case 'get-ready':
			return `${formatSeconds(getReadySeconds(step))} to get ready`;
		case 'untimed':
			return 'Take your time, then tap Done';
	}
}

const perSide = (step: Step): boolean => 'perSide' in step && step.perSide === true;

/** The player's "Next" line: "Hold 10 s, relax 5 s · 8 times, each side". */
export function nextTiming(step: SimpleStep): string {
	return perSide(step) ? `${stepTiming(step)}, each side` : stepTiming(step);
}

/** The routine page: "Each side: Hold 10 s, relax 5 s · 8 times · 5 s to switch", "3 sets". */
export function describeTiming(step: Step): string {
	if (step.type === 'sets') {
		const sets = step.sets === 1 ? '1 set' : `${step.sets} sets`;
		if (!step.restBetween) return sets;
		return `${sets}, ${formatSeconds(step.restBetween)} rest between sets`;
	}
	if (perSide(step)) {
		const switching = formatSeconds(
			('switchSeconds' in step && step.switchSeconds) || DEFAULT_SWITCH_SECONDS
		);
		return `Each side: ${stepTiming(step)} · ${switching} to switch`;
	}
	return stepTiming(step);
}
