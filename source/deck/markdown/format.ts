import fs from 'node:fs';
import path from 'node:path';
import type {KeyPath, Position} from '../deck-source.js';

// The Markdown deck format, the parts its reader and writer share. A deck is a folder of
// deck.<lang>.md files, one per language, each the whole deck in that language:
// YAML front matter (title, languages, sections, ui), then slides separated by thematic breaks
// (---), each opened by a <!-- slide: id … --> comment holding its structure as YAML.
// README.md "Writing a deck" describes it for authors. This module loads no parser: it is what
// tells a Markdown deck from a JSON one.

export const deckFilePrefix = 'deck.';
export const deckFileSuffix = '.md';

export const deckFileName = (language: string) => `${deckFilePrefix}${language}${deckFileSuffix}`;

/** "deck.zh-Hant.md" → "zh-Hant"; undefined for any other name. */
export function languageOfFile(name: string): string | undefined {
	if (!name.startsWith(deckFilePrefix) || !name.endsWith(deckFileSuffix)) return undefined;
	const language = name.slice(deckFilePrefix.length, -deckFileSuffix.length);
	return language.length > 0 ? language : undefined;
}

/** The words that open the deck's own HTML comments: a slide's structure, its presenter notes. */
export const slideKey = 'slide';
export const slideComment = `${slideKey}:`;
export const notesComment = 'notes:';

/** Between a glossary term and its text ("- **term** — text"), and a speaker and their role
 * ("### Speaker — role"); the spaces around it are optional (none beside CJK punctuation). */
export const dash = '—';
export const spacedDash = ' — ';

/** The front matter's keys, in the order the writer puts them. */
export const frontMatterKeys = ['title', 'languages', 'sections', 'ui'] as const;

/** The slide comment's keys besides "slide" (the id), in the order the writer puts them. */
export const metaKeys = ['kind', 'part', 'parts', 'thesisRef', 'refs', 'quoteRef'] as const;

/** Positions by key path, the nearest enclosing one answering for a path never recorded. */
export class PositionMap {
	private readonly positions = new Map<string, Position>();

	set(path: KeyPath, position: Position | undefined): void {
		if (position) this.positions.set(pathKey(path), position);
	}

	locate(path: KeyPath): Position | undefined {
		for (let length = path.length; length >= 0; length--) {
			const found = this.positions.get(pathKey(path.slice(0, length)));
			if (found) return found;
		}
		return undefined;
	}
}

const pathKey = (path: KeyPath) => path.map(String).join('\u0000');

/** The deck.<lang>.md files of a folder, by language. */
export function markdownDeckFiles(dir: string): Array<{language: string; file: string}> {
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return [];
	}
	return names
		.sort()
		.flatMap(name => {
			const language = languageOfFile(name);
			return language ? [{language, file: path.join(dir, name)}] : [];
		});
}

/** Whether `dir` holds a Markdown deck: deck.<lang>.md files and no slides/ folder (a JSON deck). */
export const isMarkdownDeck = (dir: string): boolean => !fs.existsSync(path.join(dir, 'slides')) && markdownDeckFiles(dir).length > 0;
