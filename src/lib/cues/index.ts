// The cue adapters' public face: the player imports from '$lib/cues'.
export { createBeeper, type Beeper, type BeeperDeps } from './audio';
export { createRecordingCuePlayer, type CueCall, type RecordingCuePlayer } from './fake';
export {
	CUE_LOG_KEY,
	CUE_LOG_MAX,
	enableCueLog,
	enableCueLogFromStorage,
	logCue,
	type CueLogEntry
} from './log';
export { resumeOnReturn } from './resume-on-return';
export { SOUNDS, soundLength } from './sounds';
export { createSpeaker, type Speaker, type SpeakerDeps } from './speech';
export type { VoiceLike } from './speech-like';
export * from './types';
export { createVibrator, VIBRATION_PATTERNS, type Vibrator } from './vibration';
export { chooseVoice, sortVoices, splitForSpeech } from './voices';
export { createWakeLock, type WakeLockController } from './wake-lock';
export { createWebCuePlayer, type WebCuePlayer, type WebCuePlayerDeps } from './web-cue-player';
