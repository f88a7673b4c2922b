import path from 'node:path';
import type {UsageError} from '../cli/options.js';
import type {Chrome} from '../deck/deck-schema.js';
import type {TFunction} from '../deck/i18n.js';
import {readAnyDeck} from '../deck/open-deck.js';
import {isMarkdownDeck} from '../deck/markdown/format.js';
import {packageRoot} from '../deck/package-root.js';
import {formatProblem} from '../deck/problem.js';
import {readJson} from '../deck/read-json.js';
import {fail} from '../io/output.js';
import {deckFiles, deckFormats, writeDeckFolder, type DeckFormat} from './write-deck.js';

/** The labels a deck changes itself (its ui.json, or its front matter's ui), by language; never
 * the program's own chrome, which the built-in deck's folder holds too. */
async function deckChrome(dir: string, languages: readonly string[]): Promise<Record<string, Chrome>> {
	const chrome: Record<string, Chrome> = {};
	if (isMarkdownDeck(dir)) {
		const source = (await import('../deck/markdown/read.js')).readMarkdownSource(dir);
		for (const language of languages) {
			const value = source.languages[language]?.chrome?.value;
			if (value) chrome[language] = value as Chrome;
		}
		return chrome;
	}
	for (const language of languages) {
		const file = path.join(dir, 'locales', language, 'ui.json');
		if (file === path.join(packageRoot, 'locales', language, 'ui.json')) continue;
		const read = readJson(file);
		if (read.ok) chrome[language] = read.value as Chrome;
	}
	return chrome;
}

/** `bideck convert DIR --to markdown|json OUT`: the deck in DIR, checked, written in the other
 * (or the same) format into OUT, a folder that must not exist yet or be empty. */
export async function convert(dir: string | undefined, out: string | undefined, to: string | undefined, t: TFunction): Promise<number | UsageError> {
	if (dir === undefined || out === undefined) return {key: 'convert.missingFolders', values: {}};
	if (to === undefined) return {key: 'convert.missingTo', values: {}};
	if (!(deckFormats as readonly string[]).includes(to)) return {key: 'convert.badTo', values: {value: to}};
	const {deck, problems} = await readAnyDeck(dir);
	if (!deck) return fail(t('cli.deckError', {problem: formatProblem(problems[0]!)}), 1);
	const values = {structure: deck.structure, text: deck.text, chrome: await deckChrome(dir, deck.structure.languages)};
	return writeDeckFolder(out, deckFiles(values, to as DeckFormat), t);
}
