import type {Blockquote, Heading, Html, List, ListItem, Nodes, Paragraph, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {frontmatter} from 'micromark-extension-frontmatter';
import {isMap, isNode, isScalar, isSeq, parseDocument} from 'yaml';
import type {KeyPath, Position} from '../deck-source.js';
import type {Problem} from '../problem.js';
import textWidth from '../../text/text-width.js';
import {didYouMean} from '../did-you-mean.js';
import {lineStartsOf, position} from '../read-json.js';
import {dash, frontMatterKeys, notesComment, PositionMap, slideComment} from './format.js';

// One deck.<lang>.md file → the raw values of slides/deck.json, locales/<lang>/deck.json and
// ui.json, each value located. Markdown is parsed by mdast-util-from-markdown (micromark), YAML
// (front matter, slide comments) by the yaml package; both give offsets, nothing here re-parses
// Markdown by hand. Values are kept raw: the one checker (check-source.ts) judges them.

export type ParsedFile = {
	file: string;
	language: string;
	structure: {languages?: unknown; sections?: unknown; slides: unknown[]};
	text: {title?: unknown; sections?: Record<string, unknown>; slides: Record<string, Record<string, unknown>>};
	chrome?: unknown;
	structurePositions: PositionMap;
	textPositions: PositionMap;
	chromePositions: PositionMap;
	problems: Problem[];
};

/** Token types that are a container's part of a line (a "> ", a list item's indent), not text. */
const containerPrefixes = new Set(['linePrefix', 'blockQuotePrefix', 'listItemIndent']);
const hardBreakTokens = new Set(['hardBreakEscape', 'hardBreakTrailing']);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export function parseMarkdownFile(file: string, language: string, source: string): ParsedFile {
	const problems: Problem[] = [];
	const lineStarts = lineStartsOf(source);
	const at = (offset: number): Position => position(lineStarts, offset);
	/** A problem at `offset`: `message` a key under validate.problem.markdown. */
	const report = (offset: number | undefined, message: string, values?: Problem['values'], more: Partial<Problem> = {}) =>
		problems.push({file, ...(offset === undefined ? {} : at(offset)), message: `validate.problem.markdown.${message}`, ...(values ? {values} : {}), ...more});

	// Offsets the parser found: where a container's prefix starts (→ where it ends), and where a
	// hard line break ("\\" or two spaces at the end of a line) ends (→ where it starts).
	const prefixes = new Map<number, number>();
	const hardBreaks = new Map<number, number>();
	const tree = fromMarkdown(source, {
		extensions: [frontmatter(['yaml'])],
		mdastExtensions: [
			frontmatterFromMarkdown(['yaml']),
			{
				beforeEnter(token) {
					if (containerPrefixes.has(token.type)) prefixes.set(token.start.offset, token.end.offset);
					else if (hardBreakTokens.has(token.type)) hardBreaks.set(token.end.offset, token.start.offset);
				},
			},
		],
	});

	/** The text between two offsets as a deck string: inline Markdown kept verbatim, container
	 * prefixes dropped; a hard line break is a line break, other lines are joined by a space
	 * (none between two wide characters, as in CJK). */
	const inlineText = (start: number, end: number, raw = false): string => {
		const lines: Array<{text: string; hard: boolean}> = [];
		let line = '';
		for (let index = start; index < end; index++) {
			const prefixEnd = prefixes.get(index);
			if (prefixEnd !== undefined && prefixEnd > index) {
				index = prefixEnd - 1;
				continue;
			}
			const char = source[index]!;
			if (char !== '\n' && char !== '\r') {
				line += char;
				continue;
			}
			// In a comment (raw text) a "\\" at the end of a line is the line break.
			const breakStart = hardBreaks.get(index) ?? (raw && line.endsWith('\\') ? index - 1 : undefined);
			lines.push({text: (breakStart === undefined ? line : line.slice(0, line.length - (index - breakStart))).trim(), hard: breakStart !== undefined});
			line = '';
			if (char === '\r' && source[index + 1] === '\n') index++;
		}
		lines.push({text: line.trim(), hard: false});
		let text = '';
		let hard = false;
		for (const next of lines) {
			if (next.text === '') continue;
			if (text !== '') text += hard ? '\n' : textWidth(text.at(-1)!) === 2 && textWidth(next.text[0]!) === 2 ? '' : ' ';
			text += next.text;
			hard = next.hard;
		}
		return text;
	};
	const startOf = (node: Nodes) => node.position!.start.offset!;
	const endOf = (node: Nodes) => node.position!.end.offset!;
	/** A block's text: a heading's without its #s, a paragraph's whole. */
	const textOf = (node: Heading | Paragraph): {text: string; offset: number} => {
		const first = node.children[0];
		const last = node.children.at(-1);
		if (!first || !last) return {text: '', offset: startOf(node)};
		return {text: inlineText(startOf(first), endOf(last)), offset: startOf(first)};
	};

	/** Parses YAML found at `offset` in the file: its value and where each of its values is. */
	const parseYaml = (text: string, offset: number, what: 'frontMatter' | 'slideComment') => {
		const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true});
		const positions = new Map<string, number>();
		const keys = new Map<string, number>();
		const record = (node: unknown, path: KeyPath) => {
			if (isMap(node)) {
				for (const pair of node.items) {
					const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
					const where = isNode(pair.value) && pair.value.range ? pair.value.range[0] : isNode(pair.key) ? pair.key.range?.[0] : undefined;
					if (where !== undefined) positions.set(JSON.stringify([...path, key]), offset + where);
					if (isNode(pair.key) && pair.key.range) keys.set(JSON.stringify([...path, key]), offset + pair.key.range[0]);
					record(pair.value, [...path, key]);
				}
			} else if (isSeq(node)) {
				node.items.forEach((item, index) => {
					if (isNode(item) && item.range) positions.set(JSON.stringify([...path, index]), offset + item.range[0]);
					record(item, [...path, index]);
				});
			}
		};
		if (document.errors.length > 0) {
			for (const error of document.errors) report(offset + error.pos[0], `${what}Yaml`, {reason: error.code.toLowerCase().replace(/_/g, ' ')});
			return undefined;
		}
		let value: unknown;
		try {
			value = document.toJS({maxAliasCount: 0});
		} catch {
			report(offset, 'yamlAlias');
			return undefined;
		}
		record(document.contents, []);
		return {value, offset: (path: KeyPath) => positions.get(JSON.stringify(path)), keyOffset: (path: KeyPath) => keys.get(JSON.stringify(path))};
	};

	const structure: ParsedFile['structure'] = {slides: []};
	const text: ParsedFile['text'] = {slides: {}};
	const structurePositions = new PositionMap();
	const textPositions = new PositionMap();
	const chromePositions = new PositionMap();
	let chrome: unknown;
	for (const map of [structurePositions, textPositions, chromePositions]) map.set([], {line: 1, column: 1});

	// Front matter: the deck's title, languages, sections (with their headings) and chrome.
	const [first, ...rest] = tree.children;
	const body = first?.type === 'yaml' ? rest : tree.children;
	if (first?.type === 'yaml') {
		const contentOffset = lineStarts[first.position!.start.line] ?? source.length;
		const front = parseYaml(first.value, contentOffset, 'frontMatter');
		if (front && !isRecord(front.value)) report(contentOffset, 'frontMatterNotMapping');
		else if (front && isRecord(front.value)) {
			const value = front.value;
			const where = (path: KeyPath) => {
				const offset = front.offset(path);
				return offset === undefined ? undefined : at(offset);
			};
			for (const key of Object.keys(value)) {
				if ((frontMatterKeys as readonly string[]).includes(key)) continue;
				const suggestion = didYouMean(key, frontMatterKeys);
				report(front.keyOffset([key]), 'unknownFrontMatterKey', {key, keys: frontMatterKeys.join(', ')}, suggestion ? {suggestion} : {});
			}
			if ('title' in value) {
				text.title = value['title'];
				textPositions.set(['title'], where(['title']));
			}
			if ('languages' in value) {
				structure.languages = value['languages'];
				structurePositions.set(['languages'], where(['languages']));
				if (Array.isArray(value['languages'])) value['languages'].forEach((_, index) => structurePositions.set(['languages', index], where(['languages', index])));
			}
			if ('sections' in value) {
				const sections = value['sections'];
				structurePositions.set(['sections'], where(['sections']));
				textPositions.set(['sections'], where(['sections']));
				if (Array.isArray(sections)) {
					text.sections = {};
					structure.sections = sections.map((section: unknown, index) => {
						structurePositions.set(['sections', index], where(['sections', index]));
						if (!isRecord(section)) return section;
						const {heading, ...rest} = section;
						for (const key of Object.keys(rest)) structurePositions.set(['sections', index, key], where(['sections', index, key]));
						if (typeof rest['id'] === 'string' && heading !== undefined) {
							text.sections![rest['id']] = heading;
							textPositions.set(['sections', rest['id']], where(['sections', index, 'heading']));
						}
						return rest;
					});
				} else structure.sections = sections;
			}
			if ('ui' in value) {
				chrome = value['ui'];
				const record = (node: unknown, path: string[]) => {
					chromePositions.set(path, where(['ui', ...path]));
					if (isRecord(node)) for (const [key, child] of Object.entries(node)) record(child, [...path, key]);
				};
				record(chrome, []);
			}
		}
	} else {
		report(0, 'noFrontMatter');
	}

	// Slides: the body cut at thematic breaks.
	const chunks: RootContent[][] = [[]];
	for (const node of body) {
		if (node.type === 'thematicBreak') chunks.push([]);
		else chunks.at(-1)!.push(node);
	}
	for (const chunk of chunks) {
		if (chunk.length === 0) continue;
		readSlide(chunk);
	}

	function readSlide(nodes: RootContent[]): void {
		const slideText: Record<string, unknown> = {};
		const fieldPositions: Array<[KeyPath, Position]> = [];
		/** A slide comment that is there but not valid YAML: reported as such, not as missing. */
		let unreadable = false;
		let meta: {value: Record<string, unknown>; offset: (path: KeyPath) => number | undefined; at: number} | undefined;
		const set = (field: string, value: unknown, offset: number, node: Nodes) => {
			if (field in slideText) {
				report(offset, 'second', {block: blockOf(node)});
				return;
			}
			slideText[field] = value;
			fieldPositions.push([[field], at(offset)]);
		};
		const comment = (node: Html) => {
			const value = node.value;
			if (!value.startsWith('<!--')) {
				report(startOf(node), 'html');
				return;
			}
			const inner = value.slice(4, value.endsWith('-->') ? -3 : undefined);
			const trimmed = inner.trimStart();
			const innerOffset = startOf(node) + 4 + (inner.length - trimmed.length);
			if (trimmed.startsWith(slideComment)) {
				if (meta) {
					report(startOf(node), 'secondSlideComment');
					return;
				}
				const parsed = parseYaml(trimmed, innerOffset, 'slideComment');
				unreadable = !parsed;
				if (!parsed) return;
				if (!isRecord(parsed.value)) return; // cannot happen: the text starts with "slide:"
				meta = {value: parsed.value, offset: parsed.offset, at: startOf(node)};
			} else if (trimmed.startsWith(notesComment)) {
				const notesStart = innerOffset + notesComment.length;
				set('notes', inlineText(notesStart, notesStart + trimmed.length - notesComment.length, true), notesStart, node);
			}
			// Any other comment is the author's own.
		};
		const list = (node: List) => {
			const items = node.children.map(item => listItem(item));
			const entries = items.every(item => item.entry) ? items.map(item => item.entry!) : undefined;
			if (entries) {
				set('entries', entries.map(entry => ({term: entry.term, text: entry.text})), startOf(node), node);
				entries.forEach((entry, index) => {
					fieldPositions.push([['entries', index], at(entry.termOffset)], [['entries', index, 'term'], at(entry.termOffset)], [['entries', index, 'text'], at(entry.textOffset)]);
				});
			} else {
				set('points', items.map(item => item.text), startOf(node), node);
				items.forEach((item, index) => fieldPositions.push([['points', index], at(item.offset)]));
			}
		};
		const listItem = (item: ListItem) => {
			const [paragraph, ...more] = item.children;
			for (const extra of more) report(startOf(extra), 'onePointParagraph');
			if (paragraph?.type !== 'paragraph') {
				if (paragraph) report(startOf(paragraph), 'onePointParagraph');
				return {text: '', offset: startOf(item)};
			}
			const {text: itemText, offset} = textOf(paragraph);
			const strong = paragraph.children[0];
			let entry: {term: string; text: string; termOffset: number; textOffset: number} | undefined;
			if (strong?.type === 'strong') {
				const strongSource = source.slice(startOf(strong), endOf(strong));
				const after = itemText.slice(strongSource.length);
				const rest = after.trimStart();
				if (itemText.startsWith(strongSource) && rest.startsWith(dash)) {
					const entryText = rest.slice(dash.length).trimStart();
					entry = {term: strongSource.slice(2, -2), text: entryText, termOffset: startOf(strong) + 2, textOffset: endOf(strong) + after.length - entryText.length};
				}
			}
			return {text: itemText, offset, entry};
		};

		for (const node of nodes) {
			switch (node.type) {
				case 'html':
					comment(node);
					break;
				case 'heading': {
					const {text: headingText, offset} = textOf(node);
					const underline = source.slice(lineStarts[node.position!.end.line - 1]!, endOf(node)).trim();
					if (node.depth === 2 && underline.length > 0 && [...underline].every(char => char === '-')) {
						report(startOf(node), 'setextBreak');
					} else if (node.depth === 1) set('title', headingText, offset, node);
					else if (node.depth === 2) set('subtitle', headingText, offset, node);
					else if (node.depth === 3) {
						const split = headingText.indexOf(dash);
						const speaker = split === -1 ? headingText : headingText.slice(0, split).trimEnd();
						if (speaker) set('speaker', speaker, offset, node);
						if (split !== -1) {
							const role = headingText.slice(split + dash.length).trimStart();
							set('role', role, offset + headingText.length - role.length, node);
						}
					} else report(startOf(node), 'headingLevel');
					break;
				}
				case 'paragraph': {
					const {text: paragraphText, offset} = textOf(node);
					set('thesis', paragraphText, offset, node);
					break;
				}
				case 'list':
					list(node);
					break;
				case 'blockquote':
					quote(node);
					break;
				case 'definition':
					break; // a link reference definition, used by links in the text
				default:
					report(startOf(node), 'notPartOfSlide', {block: blockOf(node)});
			}
		}

		function quote(node: Blockquote) {
			const [paragraph, ...more] = node.children;
			for (const extra of more) report(startOf(extra), 'oneQuoteParagraph');
			if (paragraph?.type === 'paragraph') {
				const {text: quoteText, offset} = textOf(paragraph);
				set('quote', quoteText, offset, node);
			} else report(startOf(node), 'oneQuoteParagraph');
		}

		if (!meta) {
			if (!unreadable) report(startOf(nodes[0]!), 'noSlideComment');
			return;
		}
		const index = structure.slides.length;
		const {slide: id, ...rest} = meta.value;
		const slideMeta: Record<string, unknown> = {id, ...rest};
		structure.slides.push(slideMeta);
		structurePositions.set(['slides', index], at(meta.at));
		for (const key of Object.keys(slideMeta)) {
			const offset = meta.offset([key === 'id' ? 'slide' : key]);
			if (offset !== undefined) structurePositions.set(['slides', index, key], at(offset));
			const value = slideMeta[key];
			if (Array.isArray(value)) {
				value.forEach((_, item) => {
					const itemOffset = meta!.offset([key, item]);
					if (itemOffset !== undefined) structurePositions.set(['slides', index, key, item], at(itemOffset));
				});
			}
		}
		if (typeof id !== 'string' && typeof id !== 'number') return;
		text.slides[String(id)] = slideText;
		textPositions.set(['slides', String(id)], at(meta.at));
		for (const [path, position] of fieldPositions) textPositions.set(['slides', String(id), ...path], position);
	}

	return {file, language, structure, text, chrome, structurePositions, textPositions, chromePositions, problems};
}

/** What a Markdown node is, as a key under validate.problem.markdown.block. */
function blockOf(node: Nodes): string {
	switch (node.type) {
		case 'heading':
			return ['title', 'subtitle', 'speaker'][node.depth - 1] ?? 'heading';
		case 'paragraph':
			return 'thesis';
		case 'list':
			return 'list';
		case 'blockquote':
			return 'quote';
		case 'html':
			return 'notes';
		case 'code':
			return 'code';
		default:
			return 'other';
	}
}
