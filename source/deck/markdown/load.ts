import type * as z from 'zod/mini';
import {chromeSchema, deckTextSchema, structureSchema, type Chrome, type DeckText} from '../deck-schema.js';
import type {SourceFile} from '../deck-source.js';
import type {Deck} from '../load-deck.js';
import type {Problem} from '../problem.js';
import {sanitizeDeep} from '../../text/sanitize.js';
import {readMarkdownSource} from './read.js';

// Until the one checker (check-source.ts) takes DeckSources: a Markdown deck's values through
// the deck schemas, each problem located in its Markdown file.

function parse<T>(file: SourceFile, schema: z.ZodMiniType<T>, problems: Problem[]): T | undefined {
	const parsed = schema.safeParse(sanitizeDeep(file.value));
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		const keyPath = issue.path.map(part => (typeof part === 'symbol' ? String(part) : part));
		problems.push({file: file.file, ...file.locate(keyPath), key: keyPath.join('.') || undefined, message: issue.message});
	}
	return undefined;
}

export function readMarkdownDeck(dir: string, builtInChrome: Record<string, Chrome>): {deck?: Deck; problems: Problem[]} {
	const source = readMarkdownSource(dir);
	const problems = [...source.problems];
	const structure = source.structure && parse(source.structure, structureSchema, problems);
	const text: Record<string, DeckText> = {};
	const chrome: Record<string, Chrome> = {};
	for (const [language, files] of Object.entries(source.languages)) {
		const languageText = files.text && parse(files.text, deckTextSchema, problems);
		if (languageText) text[language] = languageText;
		const own = files.chrome && parse(files.chrome, chromeSchema, problems);
		chrome[language] = own ? {...builtInChrome['en'], ...own} : (builtInChrome[language] ?? builtInChrome['en']!);
	}
	chrome['en'] ??= builtInChrome['en']!;
	if (!structure || problems.length > 0) return {problems};
	return {deck: {dir, structure, text, chrome}, problems};
}
