import {jsonErrorOffset} from './json-error-offset.js';
import type {Problem} from './problem.js';
import {readRegularFile} from '../io/files.js';

/** Deck files larger than this are refused before they are read. */
export const maxFileBytes = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', {fatal: true});

export type JsonResult = {ok: true; value: unknown} | {ok: false; problem: Problem};

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return {line, column};
}

/** A character as an error message shows it: quoted if printable, else its code point. */
function describeCharacter(char: string): string {
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `'${char}'`;
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Reads a JSON file defensively: a regular file within the size limit, strict UTF-8, syntax errors located by line and column. */
export function readJson(file: string): JsonResult {
	const read = readRegularFile(file, maxFileBytes);
	if (!read.ok) return {ok: false, problem: {file, message: read.message}};
	const {bytes} = read;

	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {ok: false, problem: {file, message: 'not valid UTF-8 text'}};
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

	try {
		return {ok: true, value: JSON.parse(text)};
	} catch {
		// V8's own message quotes the text around the error; ours names the character instead.
		const offset = jsonErrorOffset(text);
		const found = offset < text.length ? `unexpected ${describeCharacter(String.fromCodePoint(text.codePointAt(offset)!))}` : 'unexpected end of file';
		return {ok: false, problem: {file, ...lineAndColumn(text, offset), message: `invalid JSON: ${found}`}};
	}
}
