import type {Chrome} from './deck-schema.js';
import type {KeyPath, SourceFile} from './deck-source.js';
import {didYouMean} from './did-you-mean.js';
import {own} from './own.js';
import type {Report} from './check-report.js';

// A deck's ui.json holds only the labels it changes; every other key falls back per key (to
// the program's chrome in that language, then English). So each key it has must be one the
// program's English chrome has (or a plural form of one), and each placeholder one English uses:
// a typo there would otherwise be shown as it is, or silently never used.

/** Groups of the program's own messages (CLI, validate): a deck cannot change them. */
export const programOnly = ['cli', 'validate'];

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholderPattern = /\{\{\s*([^},]+?)\s*(?:,[^}]*)?\}\}/g;

const placeholders = (text: string) => new Set(Array.from(text.matchAll(placeholderPattern), match => match[1]!));

/** English's value for `key` in `group`: itself, or for a plural form ("title_few") every
 * English form of the same key joined, so that all their placeholders count. */
function englishFor(group: Chrome, key: string): string | Chrome | undefined {
	const value = own(group, key);
	if (value !== undefined) return value;
	const base = key.replace(pluralSuffix, '');
	if (base === key) return undefined;
	const forms = Object.keys(group).filter(name => name.replace(pluralSuffix, '') === base && name !== base);
	const texts = forms.map(name => group[name]).filter((form): form is string => typeof form === 'string');
	return texts.length > 0 ? `${texts.join(' ')} {{count}}` : undefined;
}

/** Checks a deck's ui.json (bounded and sanitised) against the program's English chrome; returns
 * the labels that can be used (each a text where English has a text, a group where a group). */
export function checkChrome(report: Report, file: SourceFile, value: unknown, english: Chrome): Chrome {
	const walk = (group: Record<string, unknown>, reference: Chrome, path: KeyPath): Chrome => {
		const usable: Chrome = {};
		for (const [key, given] of Object.entries(group)) {
			const at = [...path, key];
			if (path.length === 0 && programOnly.includes(key)) {
				report.add(file, 'chrome', at, 'validate.problem.programMessages');
				continue;
			}
			const expected = englishFor(reference, key);
			if (expected === undefined) {
				const candidates = Object.keys(reference).filter(name => path.length > 0 || !programOnly.includes(name));
				report.add(file, 'chrome', at, 'validate.problem.unknownKey', {suggestion: didYouMean(key, candidates)});
			} else if (typeof expected === 'string') {
				if (typeof given !== 'string') report.add(file, 'chrome', at, 'validate.problem.expected.text');
				else if (given === '') report.add(file, 'chrome', at, 'validate.problem.emptyText');
				else {
					const known = placeholders(expected);
					const unknown = [...placeholders(given)].filter(name => !known.has(name));
					for (const name of unknown) {
						const close = didYouMean(name, known);
						report.add(file, 'chrome', at, 'validate.problem.unknownPlaceholder', {values: {placeholder: `{{${name}}}`}, suggestion: close && `{{${close}}}`});
					}
					if (unknown.length === 0) define(usable, key, given);
				}
			} else if (given === null || typeof given !== 'object' || Array.isArray(given)) report.add(file, 'chrome', at, 'validate.problem.expected.group');
			else define(usable, key, walk(given as Record<string, unknown>, expected, at));
		}
		return usable;
	};
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		report.add(file, 'chrome', [], 'validate.problem.expected.object');
		return {};
	}
	return walk(value as Record<string, unknown>, english, []);
}

/** Sets an own property: keys come from deck files, and only own properties count. */
function define(record: Chrome, key: string, value: string | Chrome): void {
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}

/** `over` laid over `base`, key by key. */
export function mergeChrome(base: Chrome, over: Chrome): Chrome {
	const merged: Chrome = {...base};
	for (const [key, value] of Object.entries(over)) {
		const under = own(base, key);
		define(merged, key, typeof value === 'object' && typeof under === 'object' ? mergeChrome(under, value) : value);
	}
	return merged;
}
