// A hand-made Web Audio fake for specs: the clock only moves when a test sets
// `currentTime`, and every node records what it was told.
import type {
	AudioContextLike,
	AudioNodeLike,
	AudioParamLike,
	GainLike,
	OscillatorLike
} from '../audio-like';

/** One automation call on a param. */
export interface ParamEvent {
	method: 'set' | 'linear' | 'exponential';
	value: number;
	time: number;
}

export class FakeParam implements AudioParamLike {
	events: ParamEvent[] = [];
	constructor(public value: number) {}
	setValueAtTime(value: number, time: number) {
		this.events.push({ method: 'set', value, time });
	}
	linearRampToValueAtTime(value: number, time: number) {
		this.events.push({ method: 'linear', value, time });
	}
	exponentialRampToValueAtTime(value: number, time: number) {
		this.events.push({ method: 'exponential', value, time });
	}
	/** Highest value the automation reaches. */
	get peak(): number {
		return Math.max(...this.events.map((e) => e.value));
	}
}

export class FakeNode implements AudioNodeLike {
	connections: AudioNodeLike[] = [];
	disconnected = false;
	connect(destination: AudioNodeLike) {
		this.connections.push(destination);
		return destination;
	}
	disconnect() {
		this.disconnected = true;
	}
}

export class FakeOscillator extends FakeNode implements OscillatorLike {
	type: OscillatorType = 'sine';
	frequency = new FakeParam(440);
	startAt: number | null = null;
	stopCalls: number[] = [];
	/** The gain node this oscillator feeds (its envelope). */
	get envelope(): FakeGain | undefined {
		return this.connections.find((n): n is FakeGain => n instanceof FakeGain);
	}
	start(when = 0) {
		this.startAt = when;
	}
	stop(when = 0) {
		this.stopCalls.push(when);
	}
}

export class FakeGain extends FakeNode implements GainLike {
	gain = new FakeParam(1);
}

/** Options for the fake context class. */
export interface FakeAudioOptions {
	/** State a new context starts in. Default 'running'. */
	initialState?: string;
	/** Whether resume() switches to 'running' (default) or stays put. */
	resumeWorks?: boolean;
	/** resume() returns a promise that never settles, as Chrome does without a gesture. */
	resumeHangs?: boolean;
}

export class FakeAudioContext implements AudioContextLike {
	currentTime = 0;
	state: string;
	destination = new FakeNode();
	oscillators: FakeOscillator[] = [];
	gains: FakeGain[] = [];
	resumeCalls = 0;
	closeCalls = 0;
	listeners = new Set<() => void>();
	constructor(private opts: FakeAudioOptions = {}) {
		this.state = opts.initialState ?? 'running';
	}
	createOscillator() {
		const o = new FakeOscillator();
		this.oscillators.push(o);
		return o;
	}
	createGain() {
		const g = new FakeGain();
		this.gains.push(g);
		return g;
	}
	resume() {
		this.resumeCalls++;
		if (this.opts.resumeHangs) return new Promise<void>(() => {});
		if (this.opts.resumeWorks !== false) this.setState('running');
		return Promise.resolve();
	}
	close() {
		this.closeCalls++;
		this.setState('closed');
		return Promise.resolve();
	}
	addEventListener(_type: 'statechange', l: () => void) {
		this.listeners.add(l);
	}
	removeEventListener(_type: 'statechange', l: () => void) {
		this.listeners.delete(l);
	}
	/** Change state and fire `statechange`, as the browser would. */
	setState(state: string) {
		if (state === this.state) return;
		this.state = state;
		for (const l of [...this.listeners]) l();
	}
	/** Oscillators that play sounds (the silent unlock one excluded). */
	get audible(): FakeOscillator[] {
		return this.oscillators.filter((o) => (o.envelope?.gain.peak ?? 0) > 0);
	}
}

/** A constructor for the beeper plus the list of contexts it made. */
export function fakeAudioContextClass(opts: FakeAudioOptions = {}) {
	const instances: FakeAudioContext[] = [];
	class Ctor extends FakeAudioContext {
		constructor() {
			super(opts);
			instances.push(this);
		}
	}
	return { Ctor, instances };
}
