import {chromeFor, deckTitle, type I18n} from '../deck/i18n.js';
import {layoutNotes, layoutParagraph, layoutSlide, spansOf, type Line} from './layout.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent, type SlideContent} from '../deck/slide-content.js';
import {looks, paint, spanLook} from './styles.js';
import {textWidth, wrap} from './wrap.js';

// --print: the whole deck as text, for reading offline, piping and non-terminals. It uses the
// same layout as the screen but never loads Ink. (Markdown: export-markdown.ts.)

export type ExportOptions = {
	languages: readonly string[];
	width: number;
	color: boolean;
};

function renderLine(line: Line, color: boolean): string {
	return line.map(span => (color ? paint(span.text, spanLook(span)) : span.text)).join('').trimEnd();
}

/** The deck's title in each language shown (" / " between them), wrapped to the width. */
function textTitle(titles: string[], options: ExportOptions): string[] {
	const spans = titles.flatMap((title, index) => [...(index > 0 ? [{text: ' / ', style: 'title' as const}] : []), ...spansOf(title, 'title')]);
	return layoutParagraph(spans, options.width).map(line => renderLine(line, options.color));
}

/** A slide's rule, "── 2/3 · English ───…" to the width; a header too wide for it wraps. */
function textRule(header: string, options: ExportOptions): string[] {
	const lines = wrap(`── ${header}`, options.width);
	const last = lines.length - 1;
	const fill = options.width - textWidth(lines[last]!) - 1;
	if (fill > 0) lines[last] += ` ${'─'.repeat(fill)}`;
	return lines.map(line => (options.color ? paint(line, looks.label) : line));
}

function textSlide(content: SlideContent, header: string, labels: {notes: string; source: string}, options: ExportOptions): string[] {
	const out = [...textRule(header, options), ''];
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
	const titles = options.languages.map(language => deckTitle(i18n, language));
	out.push(...textTitle(titles, options), '');

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
