import {Document, isScalar, visit} from 'yaml';
import type {Chrome, DeckText, SlideText, Structure} from '../deck-schema.js';
import {own} from '../own.js';
import {dash, frontMatterKeys, metaKeys, notesComment, slideKey} from './format.js';

// A deck → its Markdown files, one per language, in the format read.ts reads: what the reader
// gets back from these files is the deck written (test/markdown/round-trip.test.ts). Deck text
// holds inline Markdown already (**bold**, *italic*, `code`), so it is written as it is; only a
// text that would start another kind of block (a "# ", a "- ", a "1. ") gets a backslash.

/** What a deck is made of, in the shapes of its JSON files; `chrome` holds only what the deck
 * itself changes (its own ui.json), not the program's. */
export type DeckValues = {structure: Structure; text: Record<string, DeckText>; chrome?: Record<string, Chrome>};

/** YAML as the deck files show it: short lists ([a, b]) on one line, long strings never folded. */
function yaml(value: Record<string, unknown>): string {
	const document = new Document(value);
	visit(document, {
		Seq(_, node) {
			if (node.items.every(item => isScalar(item))) node.flow = true;
		},
	});
	return document.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd();
}

/** A text that Markdown would read as the start of another block, made plain text. */
function escapeBlockStart(text: string): string {
	if (/^(#{1,6}(\s|$)|>|[-+*](\s|$)|```|~~~|<)/.test(text) || /^([-*_])(\s*\1){2,}\s*$/.test(text)) return `\\${text}`;
	const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
	if (ordered) return `${ordered[1]}\\${text.slice(ordered[1]!.length)}`;
	return text;
}

function frontMatter(values: DeckValues, language: string): string {
	const text = values.text[language]!;
	const matter: Record<string, unknown> = {title: text.title, languages: values.structure.languages};
	if (values.structure.sections) {
		matter['sections'] = values.structure.sections.map(section => {
			const heading = own(text.sections, section.id);
			return heading === undefined ? {...section} : {...section, heading};
		});
	}
	const chrome = values.chrome && own(values.chrome, language);
	if (chrome && Object.keys(chrome).length > 0) matter['ui'] = chrome;
	const ordered = Object.fromEntries(frontMatterKeys.filter(key => key in matter).map(key => [key, matter[key]]));
	return `---\n${yaml(ordered)}\n---`;
}

function slideMarkdown(meta: Structure['slides'][number], slide: SlideText): string {
	const comment: Record<string, unknown> = {[slideKey]: meta.id};
	for (const key of metaKeys) if (meta[key] !== undefined) comment[key] = meta[key];
	const blocks = [`<!-- ${yaml(comment)}\n-->`, `# ${escapeBlockStart(slide.title)}`];
	if (slide.subtitle) blocks.push(`## ${escapeBlockStart(slide.subtitle)}`);
	if (slide.speaker || slide.role) {
		const speaker = slide.speaker ?? '';
		blocks.push(`### ${escapeBlockStart(slide.role ? `${speaker}${speaker ? dash : dash.trimStart()}${slide.role}` : speaker)}`);
	}
	if (slide.thesis) blocks.push(escapeBlockStart(slide.thesis));
	if (slide.points) blocks.push(slide.points.map(point => `- ${escapeBlockStart(point)}`).join('\n'));
	// A second list right after the points needs another bullet, or Markdown joins the two.
	const bullet = slide.points ? '*' : '-';
	if (slide.entries) blocks.push(slide.entries.map(entry => `${bullet} **${entry.term}**${dash}${entry.text}`).join('\n'));
	if (slide.quote) blocks.push(`> ${escapeBlockStart(slide.quote)}`);
	if (slide.notes) blocks.push(`<!-- ${notesComment} ${slide.notes} -->`);
	return blocks.join('\n\n');
}

/** One language's file of a deck. */
export function writeMarkdownFile(values: DeckValues, language: string): string {
	const text = values.text[language]!;
	const slides = values.structure.slides.map(meta => slideMarkdown(meta, own(text.slides, meta.id)!));
	return `${frontMatter(values, language)}\n\n${slides.join('\n\n---\n\n')}\n`;
}

/** Every language's file, by language, in the deck's order. */
export function writeMarkdownDeck(values: DeckValues): Map<string, string> {
	return new Map(values.structure.languages.map(language => [language, writeMarkdownFile(values, language)]));
}
