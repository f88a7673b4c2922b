import path from 'node:path';
import type {UsageError} from '../cli/options.js';
import type {TFunction} from '../deck/i18n.js';
import {readAnyDeck} from '../deck/open-deck.js';
import {own} from '../deck/own.js';
import {packageRoot} from '../deck/package-root.js';
import {cannotLoad} from '../deck/cannot-load.js';
import {isError} from '../deck/problem.js';
import {fail} from '../io/output.js';
import {deckFiles, deckFormats, writeDeckFolder, type DeckFormat} from './write-deck.js';

/** The starter deck `new` copies: a Markdown deck in English, Traditional Chinese and Japanese. */
export const starterDeckDir = path.join(packageRoot, 'templates', 'starter');

/** Languages `new` writes when --lang is not given. */
const defaultLanguages = 'en,zh-Hant';

/** "en, zh-hant" → ["en", "zh-Hant"] (canonical BCP 47 tags), or the first tag that is not one. */
function parseLanguages(list: string): {languages: string[]} | {bad: string} {
	const languages: string[] = [];
	for (const tag of list.split(',').map(part => part.trim())) {
		let canonical: string | undefined;
		try {
			canonical = Intl.getCanonicalLocales(tag)[0];
		} catch {
			canonical = undefined;
		}
		if (!canonical) return {bad: tag};
		if (!languages.includes(canonical)) languages.push(canonical);
	}
	return {languages};
}

/** `bideck new DIR [--lang en,zh-Hant] [--format markdown|json]`: a small starter deck in a new
 * folder, each language's text from the starter (English for a language it does not have). */
export async function newDeck(dir: string | undefined, options: {lang?: string; format?: string}, t: TFunction): Promise<number | UsageError> {
	if (dir === undefined) return {key: 'newDeck.missingFolder', values: {}};
	const format = options.format ?? 'markdown';
	if (!(deckFormats as readonly string[]).includes(format)) return {key: 'newDeck.badFormat', values: {value: format}};
	const parsed = parseLanguages(options.lang ?? defaultLanguages);
	if ('bad' in parsed) return {key: 'newDeck.badLanguage', values: {value: parsed.bad}};
	const {deck, problems} = await readAnyDeck(starterDeckDir);
	if (!deck) return fail(cannotLoad(problems.filter(isError), starterDeckDir, t), 1);
	const {languages} = parsed;
	const text = Object.fromEntries(languages.map(language => [language, own(deck.text, language) ?? deck.text['en']!]));
	return writeDeckFolder(dir, deckFiles({structure: {...deck.structure, languages}, text}, format as DeckFormat), t);
}
