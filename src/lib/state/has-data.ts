/**
 * Whether this browser holds any Backbeat data yet, asked without loading the storage code:
 * components reach storage through state/, and a first visit should fetch none of it.
 */
export { hasStoredData } from '../storage/stored';
