import {limits} from './bounds.js';
import type {KeyPath, Position, SourceFile} from './deck-source.js';
import {pathKey, scanJson} from './json-error-offset.js';
import type {Problem} from './problem.js';
import {formatSize, readRegularFile, type ReadResult} from '../io/files.js';

/** Deck files larger than this are refused before they are read. */
export const maxFileBytes = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', {fatal: true});

export type JsonResult = {ok: true; value: unknown; source: SourceFile} | {ok: false; problem: Problem};

/** Line and column of an offset; `lineStarts` are the offsets where lines begin. */
export function position(lineStarts: readonly number[], offset: number): Position {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lineStarts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return {line: low + 1, column: offset - lineStarts[low]! + 1};
}

export function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** A character as an error message shows it: quoted if printable, else its code point. */
function describeCharacter(char: string): string {
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `'${char}'`;
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a file could not be read, as a problem message (chrome key where there is one). */
export function readProblem(file: string, read: Extract<ReadResult, {ok: false}>): Problem {
	const keys: Partial<Record<typeof read.code, string>> = {
		ENOENT: 'validate.problem.fileNotFound',
		EACCES: 'validate.problem.permissionDenied',
		EISDIR: 'validate.problem.isFolder',
		ENOTREG: 'validate.problem.notRegularFile',
	};
	if (read.code === 'ETOOBIG') return {file, message: 'validate.problem.tooLarge', values: {size: formatSize(read.size ?? 0, 1), limit: formatSize(maxFileBytes, 0)}};
	// Any other error (EIO, ELOOP…): its code, in a sentence of the reader's language.
	if (read.code === 'EIO') return {file, message: 'validate.problem.readError', values: {reason: read.reason ?? read.message}};
	return {file, message: keys[read.code] ?? read.message};
}

/** A parsed file whose positions are found when first asked for: the scan costs about what
 * parsing does, and a clean deck never needs it. */
export function jsonSourceFile(file: string, text: string, value: unknown): SourceFile {
	let positions: Map<string, number> | undefined;
	let lineStarts: number[] | undefined;
	return {
		file,
		value,
		locate(path: KeyPath) {
			if (!positions) {
				positions = new Map();
				scanJson(text, positions);
				lineStarts = lineStartsOf(text);
			}
			// The value itself, else the nearest enclosing one that is written (positions go no
			// deeper than limits.depth + 1, see scanJson).
			for (let length = Math.min(path.length, limits.depth + 1); length >= 0; length--) {
				const offset = positions.get(pathKey(path.slice(0, length)));
				if (offset !== undefined) return position(lineStarts!, offset);
			}
			return undefined;
		},
	};
}

/** Reads a JSON file defensively: a regular file within the size limit, strict UTF-8 (a BOM is
 * skipped), strict JSON (no comments, no trailing commas), syntax errors located by line and
 * column; the value comes with a way to locate any key path in it. */
export function readJson(file: string): JsonResult {
	const read = readRegularFile(file, maxFileBytes);
	if (!read.ok) return {ok: false, problem: readProblem(file, read)};
	const {bytes} = read;

	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {ok: false, problem: {file, message: 'validate.problem.notUtf8'}};
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// V8's own message quotes the text around the error; ours names the character instead.
		const offset = scanJson(text);
		const where = position(lineStartsOf(text), offset);
		const problem: Problem =
			offset < text.length
				? {file, ...where, message: 'validate.problem.invalidJson', values: {character: describeCharacter(String.fromCodePoint(text.codePointAt(offset)!))}}
				: {file, ...where, message: 'validate.problem.invalidJsonEnd'};
		return {ok: false, problem};
	}
	return {ok: true, value, source: jsonSourceFile(file, text, value)};
}
