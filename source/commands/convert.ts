import path from 'node:path';
import type {UsageError} from '../cli/options.js';
import {cannotLoad} from '../deck/cannot-load.js';
import {checkSource} from '../deck/check-source.js';
import type {Chrome} from '../deck/deck-schema.js';
import type {DeckSource} from '../deck/deck-source.js';
import type {TFunction} from '../deck/i18n.js';
import {readAnySource} from '../deck/open-deck.js';
import {packageRoot} from '../deck/package-root.js';
import {isError} from '../deck/problem.js';
import {fail} from '../io/output.js';
import {deckFiles, deckFormats, writeDeckFolder, type DeckFormat} from './write-deck.js';

/** The labels a deck changes itself (its ui.json, or its front matter's ui), by language; never
 * the program's own chrome, which the built-in deck's folder holds too. */
function deckChrome(source: DeckSource): Record<string, Chrome> {
	const chrome: Record<string, Chrome> = {};
	for (const [language, {chrome: file}] of Object.entries(source.languages)) {
		if (file && file.file !== path.join(packageRoot, 'locales', language, 'ui.json')) chrome[language] = file.value as Chrome;
	}
	return chrome;
}

/** `bideck convert DIR --to markdown|json OUT`: the deck in DIR, checked, written in the other
 * (or the same) format into OUT, a folder that must not exist yet or be empty. */
export async function convert(dir: string | undefined, out: string | undefined, to: string | undefined, t: TFunction): Promise<number | UsageError> {
	if (dir === undefined || out === undefined) return {key: 'convert.missingFolders', values: {}};
	if (to === undefined) return {key: 'convert.missingTo', values: {}};
	if (!(deckFormats as readonly string[]).includes(to)) return {key: 'convert.badTo', values: {value: to}};
	const source = await readAnySource(dir);
	const {deck, problems} = checkSource(source, {fit: false});
	if (!deck) return fail(cannotLoad(problems.filter(isError), dir, t), 1);
	const values = {structure: deck.structure, text: deck.text, chrome: deckChrome(source)};
	return writeDeckFolder(out, deckFiles(values, to as DeckFormat), t);
}
