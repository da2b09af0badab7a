/**
 * The pain check-ins a screen reads (the "meant for later" notice): components reach storage
 * through state/, and this module loads storage only with the component that imports it.
 */
export { listCheckins } from '../storage/checkins';
