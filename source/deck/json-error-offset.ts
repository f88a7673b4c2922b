import {limits} from './bounds.js';
import {sanitize} from '../text/sanitize.js';

// JSON.parse's messages are V8's wording, not an interface, and some carry no position at all
// ("Unexpected end of JSON input"). This scanner walks the text by the JSON grammar and returns
// the offset of the first character that cannot belong there, so every syntax error gets a line
// and column. The same walk, asked to, records where each value is written (jsonPositions), so
// that every problem of a valid file gets one too.

const whitespace = new Set([' ', '\t', '\n', '\r']);
const numberPattern = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** A key path as one string, for maps of positions: "\u0000" cannot be in a sanitised key. */
export const pathKey = (path: ReadonlyArray<string | number>) => path.join('\u0000');

/** Keys as the checks see them: sanitised like the values (sanitizeDeep), so a key with an
 * escape sequence is found under its shown name. Only a key with a character other than a
 * letter, digit, "_" or "-" can change. */
const shownKey = (key: string) => (/[^\w-]/.test(key) ? sanitize(key) : key);

/** Walks `text` as JSON; returns the offset of the first character that cannot be there (the
 * text's length when it is valid). With `positions`, records the offset of every value by its
 * key path (pathKey): of the key for an object's member, of the value for an array's item; no
 * deeper than any problem can be (limits.depth), so that a path costs a bounded time to name. */
export function scanJson(text: string, positions?: Map<string, number>): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};
	const skip = () => {
		while (i < text.length && whitespace.has(text[i]!)) i++;
	};
	const literal = (word: string) => {
		for (const char of word) if (text[i++] !== char) (i--, fail());
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length && text[i] !== '"') {
			const code = text.charCodeAt(i);
			if (code < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) (i++, fail());
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const number = () => {
		numberPattern.lastIndex = i;
		const match = numberPattern.exec(text);
		if (!match || match[0] === '-' || match[0] === '') fail();
		i += match![0].length;
	};
	// Iterative, with the open brackets on a stack of our own: 20,000 unclosed "[" must not
	// exhaust the call stack. `path` holds, per open container, the current key or index.
	const open: Array<'{' | '['> = [];
	const path: Array<string | number> = [];
	const recorded = limits.depth + 1;
	const key = () => {
		skip();
		if (text[i] !== '"') fail();
		const start = i;
		string();
		if (positions && open.length <= recorded) {
			path[open.length - 1] = shownKey(JSON.parse(text.slice(start, i)) as string);
			positions.set(pathKey(path), start);
		}
		skip();
		if (text[i] !== ':') fail();
		i++;
	};
	/** An array's item (or the document) starts here: record where. */
	const item = () => {
		if (positions && open.length <= recorded && open.at(-1) !== '{') positions.set(pathKey(path), i);
	};
	const closer = {'{': '}', '[': ']'} as const;
	/** Reads one value; an opened container's first member too, so it returns after a scalar or
	 * an empty container, or with the innermost opened container on `open`. */
	const value = (): void => {
		for (;;) {
			skip();
			item();
			const char = text[i];
			if (char === '{' || char === '[') {
				i++;
				skip();
				if (text[i] === closer[char]) return void i++;
				open.push(char);
				path.push(0);
				if (char === '{') key();
				continue;
			}
			if (char === '"') return string();
			if (char === 't') return literal('true');
			if (char === 'f') return literal('false');
			if (char === 'n') return literal('null');
			if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
			fail();
		}
	};
	const document = () => {
		value();
		while (open.length > 0) {
			// After a member: a comma and the next member, or the container's close.
			skip();
			const container = open.at(-1)!;
			if (text[i] === ',') {
				i++;
				if (container === '{') key();
				else (path[open.length - 1] as number)++;
				value();
			} else if (text[i] === closer[container]) {
				i++;
				open.pop();
				path.pop();
			} else fail();
		}
	};
	try {
		document();
		skip();
		if (i < text.length) fail();
	} catch (offset) {
		if (typeof offset === 'number') return Math.min(offset, text.length);
		throw offset;
	}
	return text.length;
}

export function jsonErrorOffset(text: string): number {
	return scanJson(text);
}
