/**
 * Backbeat's on-device storage: import from '$lib/storage'. Nothing here throws on a failed
 * save; watch `onStorageStatus` to tell the person when their data is only held in memory.
 */
export {
	onStorageStatus,
	getStorageStatus,
	STATUS_MESSAGES,
	type StorageState,
	type StorageStatus
} from './status';
export { closeDb, DB_VERSION } from './db';
export { flushPending, pendingWrites } from './store';
export {
	DEFAULT_SETTINGS,
	THEMES,
	loadSettings,
	saveSettings,
	type Settings,
	type Theme
} from './settings';
export {
	addSession,
	countSessions,
	deleteSession,
	getSession,
	listSessions,
	listSessionsForRoutine,
	restoreSession,
	type NewSession,
	type SessionRecord
} from './history';
export { clearCheckpoint, loadCheckpoint, saveCheckpoint, type Checkpoint } from './session';
export {
	addCheckin,
	deleteCheckin,
	listCheckins,
	listCheckinsForSession,
	type Checkin,
	type NewCheckin
} from './checkins';
export {
	deleteCustomRoutine,
	getCustomRoutine,
	listCustomRoutines,
	restoreCustomRoutine,
	saveCustomRoutine,
	type CustomRoutineRecord,
	type SaveRoutineResult
} from './custom-routines';
export {
	computeStats,
	type PainPoint,
	type RoutineCount,
	type Stats,
	type StatsInput
} from './stats';
export { dayKey, dayNumber, deviceUtcOffset, type UtcOffset } from './days';
export {
	BACKUP_VERSION,
	deleteAllData,
	exportBackup,
	parseBackup,
	sessionsCsv,
	type Backup
} from './backup';
export {
	importBackup,
	type ImportCounts,
	type ImportOptions,
	type ImportResult
} from './backup-import';
