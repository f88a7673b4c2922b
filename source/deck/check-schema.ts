import type * as z from 'zod/mini';
import {deckTextSchema, slideKinds, slideMetaSchema, slideTextSchema, structureSchema} from './deck-schema.js';
import type {KeyPath, SourceFile} from './deck-source.js';
import {didYouMean} from './did-you-mean.js';
import type {FileKind, Report} from './check-report.js';

// zod's issues as an author's problems: each code mapped to a message of our own (a chrome key),
// never the library's wording; an unknown key or kind gets "did you mean …".

const keysOf = (schema: {shape: object}) => Object.keys(schema.shape);

/** The keys an object may have at `path` of a file, for "did you mean". */
export function knownKeys(kind: FileKind, path: KeyPath): string[] {
	if (kind === 'structure') {
		if (path.length === 0) return keysOf(structureSchema);
		if (path[0] === 'slides' && path.length === 2) return keysOf(slideMetaSchema);
		if (path[0] === 'sections' && path.length === 2) return ['id', 'paragraphs'];
	}
	if (kind === 'text') {
		if (path.length === 0) return keysOf(deckTextSchema);
		if (path[0] === 'slides' && path.length === 2) return keysOf(slideTextSchema);
		if (path[0] === 'slides' && path[2] === 'entries' && path.length === 4) return ['term', 'text'];
	}
	return [];
}

/** The value at `path` in `value`, own properties only. */
export function valueAt(value: unknown, path: KeyPath): unknown {
	let at = value;
	for (const part of path) {
		if (at === null || typeof at !== 'object' || !Object.hasOwn(at, part)) return undefined;
		at = (at as Record<string | number, unknown>)[part];
	}
	return at;
}

/** What zod expected, as one of the kinds of value an author writes. */
const expectedKind = (expected: string) =>
	({string: 'text', number: 'number', int: 'number', array: 'list', object: 'object', record: 'object'})[expected] ?? 'other';

function issueMessage(issue: z.core.$ZodIssue, value: unknown): {message: string; values?: Record<string, string | number>; suggestion?: string} {
	const ours = issue.message.startsWith('validate.');
	switch (issue.code) {
		case 'invalid_type':
			return {message: `validate.problem.${valueAt(value, issue.path as KeyPath) === undefined ? 'missing' : 'expected'}.${expectedKind(issue.expected)}`};
		case 'too_small':
			if (ours) return {message: issue.message, values: {count: Number(issue.minimum)}};
			return {message: issue.inclusive ? 'validate.problem.atLeast' : 'validate.problem.above', values: {minimum: Number(issue.minimum)}};
		case 'too_big':
			if (ours) return {message: issue.message, values: {count: Number(issue.maximum)}};
			return {message: 'validate.problem.atMost', values: {maximum: Number(issue.maximum)}};
		case 'invalid_value': {
			const given = valueAt(value, issue.path as KeyPath);
			if (given === undefined) return {message: 'validate.problem.missing.choice', values: {allowed: issue.values.map(String).join(', ')}};
			const isKind = issue.values.every(option => (slideKinds as readonly unknown[]).includes(option));
			return {
				message: isKind ? 'validate.problem.unknownKind' : 'validate.problem.notAllowed',
				values: {value: String(given), allowed: issue.values.map(String).join(', ')},
				suggestion: typeof given === 'string' ? didYouMean(given, issue.values.map(String)) : undefined,
			};
		}
		case 'invalid_union':
			return {message: 'validate.problem.textOrGroup'};
		default:
			return {message: ours ? issue.message : 'validate.problem.invalid'};
	}
}

/** Every issue of a schema check, located in `file`; `value` is what was checked. */
export function reportSchemaIssues(report: Report, file: SourceFile, kind: FileKind, value: unknown, error: z.core.$ZodError): void {
	for (const issue of error.issues) {
		const path = issue.path as Array<string | number>;
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeys(kind, path);
			for (const key of issue.keys) report.add(file, kind, [...path, key], 'validate.problem.unknownKey', {values: {key}, suggestion: didYouMean(key, known)});
			continue;
		}
		const {message, values, suggestion} = issueMessage(issue, value);
		report.add(file, kind, path, message, {values, suggestion});
	}
}
