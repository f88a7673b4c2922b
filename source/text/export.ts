import {chromeFor, deckTitle, type I18n} from '../deck/i18n.js';
import {layoutNotes, layoutSlide, type Line} from './layout.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent, type SlideContent} from '../deck/slide-content.js';
import {looks, paint} from './styles.js';
import {textWidth} from './wrap.js';

// --print: the whole deck as text, for reading offline, piping and non-terminals. It uses the
// same layout as the screen but never loads Ink. (Markdown: export-markdown.ts.)

export type ExportOptions = {
	languages: readonly string[];
	width: number;
	color: boolean;
};

function renderLine(line: Line, color: boolean): string {
	return line.map(span => (color ? paint(span.text, looks[span.style]) : span.text)).join('').trimEnd();
}

function textSlide(content: SlideContent, header: string, labels: {notes: string; source: string}, options: ExportOptions): string[] {
	const label = `── ${header} `;
	const rule = label + '─'.repeat(Math.max(0, options.width - textWidth(label)));
	const out = [options.color ? paint(rule, looks.label) : rule, ''];
	for (const line of layoutSlide(content, options.width)) out.push(renderLine(line, options.color));
	const notes = layoutNotes(content, labels, options.width);
	if (notes.length > 0) out.push('', ...notes.map(line => renderLine(line, options.color)));
	out.push('');
	return out;
}

/** The whole deck as text, slide after slide; with several languages, each slide in each. */
export function exportDeck(deck: Deck, i18n: I18n, options: ExportOptions): string {
	const total = deck.structure.slides.length;
	const out: string[] = [];
	const title = options.languages.map(language => deckTitle(i18n, language)).join(' / ');
	out.push(options.color ? paint(title, looks.title) : title, '');

	deck.structure.slides.forEach((_, index) => {
		for (const language of options.languages) {
			const t = chromeFor(i18n, language);
			const labels = {notes: t('slide.notes'), source: t('slide.source')};
			const content = slideContent(deck, i18n, language, index);
			const position = t('status.position', {current: index + 1, total});
			const header = options.languages.length > 1 ? `${position} · ${t('language.name')}` : position;
			out.push(...textSlide(content, header, labels, options));
		}
	});
	return out.join('\n');
}
