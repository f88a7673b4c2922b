import {chromeFor, deckTitle, type I18n} from '../deck/i18n.js';
import {layoutNotes, layoutParagraph, layoutSlide, lineText, spansOf, type Line} from './layout.js';
import type {Deck} from '../deck/load-deck.js';
import {slideContent, type SlideContent} from '../deck/slide-content.js';
import {isFullWidthPunctuation, joinText, separatorBetween} from './join.js';
import {looks, paint, spanLook} from './styles.js';
import {textWidth, wrap} from './wrap.js';

// --print: the whole deck as text or Markdown, for reading offline, piping and non-terminals.
// It uses the same layout as the screen but never loads Ink.

export type ExportOptions = {
	languages: readonly string[];
	format: 'text' | 'markdown';
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

/** Escapes what would make Markdown of one line of text: inline syntax (emphasis, code, links,
 * HTML, entities, tables) anywhere, and at the start what would begin a block (a heading, a
 * quote, a list item "- " or "1. ", a rule or setext underline "---", "==="). */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
		.replace(/^(\s*)([-+=])/, '$1\\$2')
		.replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Deck text as the inline content of one Markdown block: each of its lines trimmed (leading
 * spaces would make code) and escaped, joined by hard line breaks ("\\" at the end of a line)
 * continued under `indent` (the block's own: "  " in a list item, "> " in a quote), so that a
 * line break in the text never starts a block of its own. Blank lines are dropped: they would
 * end the block. */
function markdownText(text: string, indent = ''): string {
	const lines = text
		.split('\n')
		.map(line => line.trim())
		.filter(Boolean);
	return lines.map(escapeMarkdown).join(`\\\n${indent}`);
}

/** Deck text on one line (a heading cannot hold a line break): its lines joined by a space. */
const markdownLine = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, ' ').trim());

/** A label in bold, spaced as on screen ("**Notes:** …", but "**講者備註**：…" with no space). A
 * full-width colon stays outside the bold: "**講者備註：**林" would not close the bold in
 * CommonMark, whose closing ** may not follow punctuation unless a space or punctuation follows. */
function boldLabel(label: string): string {
	const core = isFullWidthPunctuation(label.at(-1)) ? label.slice(0, -1) : label;
	return `**${escapeMarkdown(core)}**${escapeMarkdown(label.slice(core.length))}`;
}

function markdownSlide(content: SlideContent, header: string, labels: {notes: string; source: string}): string[] {
	const {text} = content;
	const md = (body: string) => markdownText(body);
	const item = (body: string) => markdownText(body, '  ');
	const out = [`## ${joinText(header, ' ', markdownLine(content.heading))}`, ''];
	if (text.subtitle) out.push(`*${md(text.subtitle)}*`, '');
	if (text.speaker) out.push(`**${md(text.speaker)}**${text.role ? separatorBetween(text.speaker, ' — ', text.role) + md(text.role) : ''}`, '');
	if (text.thesis) out.push(md(text.thesis), '');
	const list = [...(text.points ?? []).map(point => `- ${item(point)}`), ...(text.entries ?? []).map(entry => `- **${item(entry.term)}**${separatorBetween(entry.term, ' — ', entry.text)}${item(entry.text)}`)];
	if (list.length > 0) out.push(...list, '');
	if (text.quote) out.push(`*${md(content.quoteMarks[0] + text.quote + content.quoteMarks[1])}*`, '');
	const labelled = (label: string, body: string) => `> ${boldLabel(label.trim())}${separatorBetween(label.trim(), ' ', body)}${markdownText(body, '> ')}`;
	if (text.notes) out.push(labelled(labels.notes, text.notes));
	if (content.sources.length > 0) {
		if (text.notes) out.push('>');
		out.push(labelled(labels.source, content.sources.join(' · ')));
	}
	if (text.notes || content.sources.length > 0) out.push('');
	return out;
}

/** The whole deck as one string, slide after slide; with several languages, each slide in each. */
export function exportDeck(deck: Deck, i18n: I18n, options: ExportOptions): string {
	const total = deck.structure.slides.length;
	const out: string[] = [];
	const titles = options.languages.map(language => deckTitle(i18n, language));
	if (options.format === 'markdown') out.push(`# ${markdownLine(titles.join(' / '))}`, '');
	else out.push(...textTitle(titles, options), '');

	deck.structure.slides.forEach((_, index) => {
		for (const language of options.languages) {
			const t = chromeFor(i18n, language);
			const labels = {notes: t('slide.notes'), source: t('slide.source')};
			const content = slideContent(deck, i18n, language, index);
			const position = t('status.position', {current: index + 1, total});
			const header = options.languages.length > 1 ? `${position} · ${t('language.name')}` : position;
			out.push(...(options.format === 'markdown' ? markdownSlide(content, `${index + 1}.`, labels) : textSlide(content, header, labels, options)));
		}
	});
	return out.join('\n');
}
