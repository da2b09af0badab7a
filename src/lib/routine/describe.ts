import { DEFAULT_SWITCH_SECONDS } from './constants';
import type { SimpleStep, Step } from './schema';

/** How a step is timed, in words for the routine page: "Hold 10 s, relax 5 s · 10 times". */
export function describeTiming(step: Step): string {
	if (step.type === 'sets') {
		const rest = step.restBetween ? `, ${seconds(step.restBetween)} rest between sets` : '';
		return `${step.sets} ${step.sets === 1 ? 'set' : 'sets'}${rest}`;
	}
	const once = describeOnce(step);
	if ('perSide' in step && step.perSide) {
		return `Each side: ${once} · ${seconds(step.switchSeconds ?? DEFAULT_SWITCH_SECONDS)} to switch`;
	}
	return once;
}

function describeOnce(step: SimpleStep): string {
	switch (step.type) {
		case 'timed':
			return seconds(step.duration);
		case 'rest':
			return `Rest ${seconds(step.duration)}`;
		case 'hold':
			return `Hold ${seconds(step.hold)}, relax ${seconds(step.relax)} · ${times(step.reps)}`;
		case 'tempo':
			return `${seconds(step.up)} up, ${seconds(step.down)} down · ${times(step.reps)}`;
		case 'untimed':
			return 'Take your time, then tap Done';
	}
}

/** "10 s", "4 min", "1 min 30 s". */
export function seconds(total: number): string {
	if (total < 60) return `${total} s`;
	const m = Math.floor(total / 60);
	const s = total % 60;
	return s ? `${m} min ${s} s` : `${m} min`;
}

function times(n: number): string {
	return n === 1 ? 'once' : `${n} times`;
}
