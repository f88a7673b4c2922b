import type {Problem} from './problem.js';
import {sanitize} from '../text/sanitize.js';

// Every value read from a deck file is bounded before anything else looks at it: the schema
// (whose chrome tree recurses), sanitising, layout. Lengths are read, never measured by width,
// so an over-long string costs nothing to find (Intl.Segmenter is quadratic on long non-ASCII
// text: an 80 KB point once took validate 14 s).

export const limits = {
	/** A string of a deck's text (locales/<lang>/deck.json): a slide must fit 80×24 anyway. */
	textLength: 2000,
	/** A string of the program's chrome (ui.json): labels, hints and help lines. */
	chromeLength: 500,
	/** A key, and every string of slides/deck.json (ids, kinds, references, language tags). */
	nameLength: 100,
	/** Levels of objects and arrays: deck text needs 5, ui.json 3, slides/deck.json 4. */
	depth: 16,
	/** Slides in a deck: 100,000 still validate and show in seconds. */
	slides: 100_000,
	/** Languages of a deck; sections of its source. */
	languages: 100,
	sections: 10_000,
	/** Points, entries or references on one slide (no slide shows more than ~20 on 80×24). */
	items: 100,
} as const;

/** "__proto__", as written or once sanitised ("__pro\u0007to__"); only keys with a character
 * other than a letter, digit, "_" or "-" can change when sanitised. */
const isProtoKey = (name: string) => name === '__proto__' || (/[^\w-]/.test(name) && sanitize(name) === '__proto__');

/** A problem of bounds, with the key path of the value it is about. */
export type BoundsProblem = Problem & {path: string[]};

/**
 * What is out of bounds in parsed JSON, one problem per place: a string longer than
 * `stringLength`, a key longer than limits.nameLength or named "__proto__" (which would become
 * an object's prototype, not a key, even once sanitised), nesting deeper than limits.depth. Walked with an explicit
 * stack, so no input can exhaust the call stack; nothing beyond a problem is looked into.
 */
export function boundsProblems(value: unknown, file: string, stringLength: number): BoundsProblem[] {
	const problems: BoundsProblem[] = [];
	// A node knows its parent, so that no path is built unless a problem names it.
	type Node = {value: unknown; name: string; parent: Node | undefined; depth: number};
	const at = (node: Node) => {
		const names: string[] = [];
		for (let at: Node | undefined = node; at?.parent; at = at.parent) names.push(at.name);
		names.reverse();
		return {key: names.join('.') || undefined, path: names};
	};
	const stack: Node[] = [{value, name: '', parent: undefined, depth: 0}];
	while (stack.length > 0) {
		const node = stack.pop()!;
		const {value} = node;
		if (typeof value === 'string') {
			if (value.length > stringLength) problems.push({file, ...at(node), message: 'validate.problem.tooLongText', values: {length: value.length, limit: stringLength}});
			continue;
		}
		if (value === null || typeof value !== 'object') continue;
		if (node.depth >= limits.depth) {
			problems.push({file, ...at(node), message: 'validate.problem.tooDeep', values: {limit: limits.depth}});
			continue;
		}
		const depth = node.depth + 1;
		// Children go onto the stack last first, so that problems come out in the file's order.
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) stack.push({value: value[i], name: String(i), parent: node, depth});
			continue;
		}
		const record = value as Record<string, unknown>;
		const names = Object.keys(record).filter(name => {
			if (name.length > limits.nameLength) problems.push({file, ...at(node), message: 'validate.problem.tooLongKey', values: {length: name.length, limit: limits.nameLength}});
			else if (isProtoKey(name)) problems.push({file, ...at(node), message: 'validate.problem.protoKey'});
			else return true;
			return false;
		});
		for (let i = names.length - 1; i >= 0; i--) stack.push({value: record[names[i]!], name: names[i]!, parent: node, depth});
	}
	return problems;
}
