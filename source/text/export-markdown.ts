import {chromeFor, type I18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import {deckFileName} from '../deck/markdown/format.js';
import {writeMarkdownFile} from '../deck/markdown/write.js';

// --print --format markdown: the deck in the Markdown deck format, so that an export can be
// edited and shown again. One language: its deck.<lang>.md (listing only that language, so that
// it is a deck by itself). Several: each language's file in turn, under a heading naming the
// language and the file, where the files split.
// The labels a deck changes (front matter "ui") are not exported: the loaded deck no longer
// tells them from the program's own.

export function exportMarkdown(deck: Deck, i18n: I18n, languages: readonly string[]): string {
	// The front matter lists the languages exported: the export of one language is a deck of its own.
	const values = {structure: {...deck.structure, languages: [...languages]}, text: deck.text};
	if (languages.length === 1) return writeMarkdownFile(values, languages[0]!);
	return languages
		.map(language => {
			const t = chromeFor(i18n, language);
			return `# ${t('deckFiles.languageHeading', {language: t('language.name'), file: deckFileName(language)})}\n\n${writeMarkdownFile(values, language)}`;
		})
		.join('\n');
}
