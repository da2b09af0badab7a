/**
 * Finds words written straight into Svelte markup. Every word a user sees or hears must come
 * from src/lib/text/ (one module per area), so that changing a word means editing one file and
 * a translation is one folder. This walks a component's template (svelte/compiler `parse`) and
 * reports text nodes and user-facing attributes that hold a literal with letters in it.
 */
import { parse } from 'svelte/compiler';

/** Attributes of HTML elements that a user sees or a screen reader reads. */
const ELEMENT_ATTRIBUTES = new Set([
	'alt',
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'label',
	'placeholder',
	'title'
]);

/**
 * Props of our components that end up as words on screen: by name, since a component's props
 * are not typed as "text" anywhere a parser could see.
 */
const COMPONENT_PROP =
	/label|title|text|legend|hint|heading|placeholder|description|message|lead|caption|summary|help|unit/i;

/**
 * Literals with letters that are not words of a language, so no translator would touch them.
 * Keep this tiny: each entry says why.
 */
export const ALLOWED = new Set<string>([
	// The app's name is a brand, the same in every language (text/app.ts has it too).
	'Backbeat'
]);

const LETTER = /\p{L}/u;

export interface Finding {
	/** 1-based line in the .svelte file. */
	line: number;
	/** Where: "text" or the attribute's name. */
	where: string;
	text: string;
}

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Literal strings an expression evaluates to (its branches), not the ones it merely uses. */
function resultStrings(expression: Node): string[] {
	switch (expression.type) {
		case 'Literal':
			return typeof expression.value === 'string' ? [expression.value] : [];
		case 'TemplateLiteral':
			return (expression.quasis as Node[]).map((q) =>
				String((q.value as { cooked: string }).cooked)
			);
		case 'ConditionalExpression':
			return [
				...resultStrings(expression.consequent as Node),
				...resultStrings(expression.alternate as Node)
			];
		case 'LogicalExpression':
			return [
				...resultStrings(expression.left as Node),
				...resultStrings(expression.right as Node)
			];
		case 'BinaryExpression':
			return expression.operator === '+'
				? [...resultStrings(expression.left as Node), ...resultStrings(expression.right as Node)]
				: [];
		default:
			return [];
	}
}

const wordy = (text: string) => {
	const trimmed = text.replace(/\s+/g, ' ').trim();
	return LETTER.test(trimmed) && !ALLOWED.has(trimmed) ? trimmed : null;
};

/**
 * Every literal word in the template of one component's source. `skipSections` names elements
 * (by their `aria-labelledby`) whose words are not checked yet: see PENDING in the spec.
 */
export function findLiteralWords(source: string, skipSections: readonly string[] = []): Finding[] {
	const ast = parse(source, { modern: true });
	const findings: Finding[] = [];
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	const report = (node: Node, where: string, text: string) => {
		const word = wordy(text);
		if (word) findings.push({ line: lineOf(node.start), where, text: word });
	};

	const visit = (node: unknown, parent: Node | null): void => {
		if (Array.isArray(node)) {
			for (const child of node) visit(child, parent);
			return;
		}
		if (!isNode(node)) return;
		// Scripts and styles are not markup: a module's strings are checked by review, and the
		// text modules themselves are where words belong.
		if (node.type === 'Script' || node.type === 'StyleSheet') return;
		if (node.type === 'RegularElement' && skipSections.length) {
			const labelledBy = (node.attributes as Node[]).find(
				(a) => a.type === 'Attribute' && a.name === 'aria-labelledby'
			);
			const value = Array.isArray(labelledBy?.value) ? (labelledBy.value as Node[])[0] : null;
			if (value?.type === 'Text' && skipSections.includes(String(value.data))) return;
		}

		if (node.type === 'Text' && parent?.type === 'Fragment') {
			report(node, 'text', String(node.data));
		} else if (node.type === 'ExpressionTag' && parent?.type === 'Fragment') {
			for (const text of resultStrings(node.expression as Node)) report(node, 'text', text);
		} else if (node.type === 'Attribute' && parent && isUserFacing(parent, String(node.name))) {
			const values = Array.isArray(node.value) ? (node.value as Node[]) : [node.value as Node];
			for (const value of values) {
				if (!isNode(value)) continue;
				if (value.type === 'Text') report(value, String(node.name), String(value.data));
				else if (value.type === 'ExpressionTag')
					for (const text of resultStrings(value.expression as Node))
						report(value, String(node.name), text);
			}
			return;
		}

		for (const [key, child] of Object.entries(node)) {
			if (key === 'metadata' || key === 'parent') continue;
			if (typeof child === 'object' && child !== null) visit(child, node);
		}
	};

	visit(ast.fragment, null);
	return findings;
}

function isUserFacing(element: Node, attribute: string): boolean {
	if (element.type === 'Component' || element.type === 'SvelteComponent')
		return COMPONENT_PROP.test(attribute);
	return ELEMENT_ATTRIBUTES.has(attribute);
}
