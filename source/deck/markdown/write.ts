import {Document, isScalar, visit} from 'yaml';
import type {Chrome, DeckText, SlideText, Structure} from '../deck-schema.js';
import {own} from '../own.js';
import {joinText, separatorBetween} from '../../text/join.js';
import {dash, frontMatterKeys, metaKeys, notesComment, slideKey, spacedDash} from './format.js';

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

/** What at the start of a line would begin a block of its own (CommonMark: a heading, quote,
 * list item, setext underline or rule, fence, HTML) instead of going on with the text. */
const blockStart = /^(#{1,6}(\s|$)|>|[-+*](\s|$)|[=-]+\s*$|([-*_])\s*(\3\s*){2,}$|`{3}|~{3}|<)/;

/** One line of deck text as Markdown that continues its block: a block start gets a backslash. */
function escapeBlockStart(line: string): string {
	const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
	if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
	return blockStart.test(line) ? `\\${line}` : line;
}

const lines = (text: string) =>
	text
		.split('\n')
		.map(line => line.trim())
		.filter(Boolean);

/** Deck text as the inline content of a block: its line breaks as hard breaks ("\\" at the end
 * of a line), the next line under `indent` (a list item's "  ", a quote's "> "). */
const block = (text: string, indent = '') =>
	lines(text)
		.map(escapeBlockStart)
		// A "\\" of the text's own at the end of a line would escape the break's: a space keeps them apart.
		.map((line, index, all) => (index < all.length - 1 && line.endsWith('\\') ? `${line} ` : line))
		.join(`\\\n${indent}`);

/** Deck text on one line, for a heading (which cannot hold a line break). */
const oneLine = (text: string) => escapeHeadingEnd(escapeBlockStart(lines(text).join(' ')));

/** A heading's closing "#"s would be dropped: "Stop ##" keeps them as "Stop #\\#". */
const escapeHeadingEnd = (text: string) => (/(^|\s)#+$/.test(text) ? `${text.slice(0, -1)}\\#` : text);

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
	const blocks = [`<!-- ${yaml(comment)}\n-->`, `# ${oneLine(slide.title)}`];
	if (slide.subtitle) blocks.push(`## ${oneLine(slide.subtitle)}`);
	if (slide.speaker || slide.role) {
		const speaker = oneLine(slide.speaker ?? '');
		const role = slide.role ? oneLine(slide.role) : '';
		blocks.push(`### ${role ? (speaker ? joinText(speaker, spacedDash, role) : `${dash} ${role}`) : speaker}`);
	}
	if (slide.thesis) blocks.push(block(slide.thesis));
	if (slide.points) blocks.push(slide.points.map(point => `- ${block(point, '  ')}`).join('\n'));
	// A second list right after the points needs another bullet, or Markdown joins the two.
	const bullet = slide.points ? '*' : '-';
	if (slide.entries) {
		blocks.push(slide.entries.map(({term, text}) => `${bullet} **${lines(term).join(' ')}**${separatorBetween(term, spacedDash, text)}${block(text, '  ')}`).join('\n'));
	}
	if (slide.quote) blocks.push(`> ${block(slide.quote, '> ')}`);
	// A comment ends at the first "-->": one in the notes is written "--\>".
	if (slide.notes) blocks.push(`<!-- ${notesComment} ${lines(slide.notes).join('\\\n').replaceAll('-->', '--\\>')} -->`);
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
