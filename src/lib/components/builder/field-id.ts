/** A DOM id for the field at a routine path: `steps[2].hold` → `f-steps-2-hold`. */
export function fieldId(path: string): string {
	return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
}
