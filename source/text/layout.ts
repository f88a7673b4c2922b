import type {SlideContent} from '../deck/slide-content.js';
import {inlineRuns, plainText, type Emphasis} from './inline.js';
import {separatorBetween} from './join.js';
import {textWidth, wrapPieces} from './wrap.js';

// Lays a slide out as lines of styled spans for a given width. The TUI, the fit check and the
// text export all use this one layout, so what validate measures is what the screen shows.

export type Style = 'title' | 'subtitle' | 'marker' | 'speaker' | 'role' | 'thesis' | 'bullet' | 'point' | 'term' | 'quote' | 'label' | 'note' | 'match';
/** Text in one style; deck text may add inline emphasis (bold, italic, code) to a part of it. */
export type Span = {text: string; style: Style; emphasis?: Emphasis};
export type Line = Span[];

/** The frame around a slide: one spare row against flicker, the status bar, the box border. */
export const frame = {spareRows: 1, statusRows: 1, borderRows: 2, borderColumns: 2, paddingColumns: 2};

/** The smallest terminal that shows a slide; below it bideck asks for a larger one. */
export const minimumSize = {columns: 40, rows: 12};

export const contentWidth = (columns: number) => columns - frame.borderColumns - frame.paddingColumns;

/** The rows of `lines` that fit in `rows`: all of them, or the first rows - 1 and then `more`, so
 * that a cut is always visible and nothing overflows its box. */
export function clip<T>(lines: readonly T[], rows: number, more: NoInfer<T>): T[] {
	if (lines.length <= rows) return [...lines];
	return rows <= 0 ? [] : [...lines.slice(0, rows - 1), more];
}
export const bodyRows = (rows: number) => rows - frame.spareRows - frame.statusRows - frame.borderRows;

const bullet = '• ';
const hanging = textWidth(bullet);

/** Deck text as spans of one style, its inline emphasis parsed and its markers removed. */
export function spansOf(text: string, style: Style): Span[] {
	return inlineRuns(text).map(run => (run.emphasis ? {text: run.text, style, emphasis: run.emphasis} : {text: run.text, style}));
}

/** Spans wrapped as one paragraph (an empty line keeps its style). */
export function layoutParagraph(spans: Span[], width: number): Line[] {
	return wrapPieces(spans, width).map(line => (line.length > 0 ? line : [{text: '', style: spans[0]!.style}]));
}

/** A list item: bullet on the first line, continuation lines indented under the text. */
function item(spans: Span[], width: number): Line[] {
	return wrapPieces(spans, width - hanging).map((line, row) => [{text: row === 0 ? bullet : ' '.repeat(hanging), style: 'bullet'}, ...line]);
}

/** `left` and `right` spans with a separator between, spaced as their displayed text needs. */
function joined(left: Span[], separator: string, separatorStyle: Style, right: Span[], leftText: string, rightText: string): Span[] {
	return [...left, {text: separatorBetween(plainText(leftText), separator, plainText(rightText)), style: separatorStyle}, ...right];
}

/** A run of lines that belongs together (the title, the thesis, one point…); blocks of different
 * groups are separated by a blank line. Bilingual views pair block i with block i. */
export type Block = {group: 'header' | 'thesis' | 'list' | 'quote'; lines: Line[]};

export function layoutBlocks(content: SlideContent, width: number): Block[] {
	const {text, kind} = content;
	const blocks: Block[] = [{group: 'header', lines: layoutParagraph(spansOf(content.heading, 'title'), width)}];
	if (text.subtitle) blocks.push({group: 'header', lines: layoutParagraph(spansOf(text.subtitle, kind === 'appendix' ? 'marker' : 'subtitle'), width)});
	if (text.speaker) {
		const speaker = spansOf(text.speaker, 'speaker');
		const spans = text.role ? joined(speaker, ' — ', 'role', spansOf(text.role, 'role'), text.speaker, text.role) : speaker;
		blocks.push({group: 'header', lines: item(spans, width + hanging).map(line => line.slice(1))});
	}
	if (text.thesis) blocks.push({group: 'thesis', lines: layoutParagraph(spansOf(text.thesis, 'thesis'), width)});
	// A title slide's lines are centred facts (organisers, occasion), not an argument's points.
	for (const point of text.points ?? []) {
		blocks.push({group: 'list', lines: kind === 'title' ? layoutParagraph(spansOf(point, 'point'), width) : item(spansOf(point, 'point'), width)});
	}
	for (const entry of text.entries ?? []) {
		blocks.push({group: 'list', lines: item(joined(spansOf(entry.term, 'term'), ' — ', 'point', spansOf(entry.text, 'point'), entry.term, entry.text), width)});
	}
	if (text.quote) {
		const [open, close] = content.quoteMarks;
		const quote = [{text: open, style: 'quote' as const}, ...spansOf(text.quote, 'quote'), {text: close, style: 'quote' as const}];
		blocks.push({group: 'quote', lines: wrapPieces(quote, width - 2).map(line => [{text: '  ', style: 'quote'}, ...line])});
	}
	return blocks;
}

/** Joins blocks into lines, with a blank line wherever the group changes. */
export function joinBlocks<T extends {group: Block['group']; lines: Line[]}>(blocks: T[]): Line[] {
	return blocks.flatMap((block, index) => (index > 0 && blocks[index - 1]!.group !== block.group ? [[], ...block.lines] : block.lines));
}

export function layoutSlide(content: SlideContent, width: number): Line[] {
	return joinBlocks(layoutBlocks(content, width));
}

/** Two languages of one slide: side by side (block beside block), or one above the other with
 * each block followed by its translation. */
export function layoutBilingual(first: SlideContent, second: SlideContent, width: number, sideBySide: boolean): Line[] {
	if (!sideBySide) {
		const a = layoutBlocks(first, width);
		const b = layoutBlocks(second, width);
		const paired: Block[] = [];
		for (let index = 0; index < Math.max(a.length, b.length); index++) {
			const blockA = a[index];
			const blockB = b[index];
			const lines = [...(blockA?.lines ?? []), ...(blockB?.lines ?? [])];
			paired.push({group: (blockA ?? blockB)!.group, lines});
		}
		// In a list, a blank line between pairs keeps each point with its own translation.
		return paired.flatMap((block, index) => (index === 0 ? block.lines : [[], ...block.lines]));
	}
	const gutter = ' │ ';
	const column = Math.floor((width - textWidth(gutter)) / 2);
	const a = layoutBlocks(first, column);
	const b = layoutBlocks(second, column);
	const rows: Block[] = [];
	for (let index = 0; index < Math.max(a.length, b.length); index++) {
		const left = a[index]?.lines ?? [];
		const right = b[index]?.lines ?? [];
		const lines: Line[] = [];
		for (let row = 0; row < Math.max(left.length, right.length); row++) {
			const l = left[row] ?? [];
			const pad = column - textWidth(lineText(l));
			lines.push([...l, {text: ' '.repeat(pad), style: 'point'}, {text: gutter, style: 'bullet'}, ...(right[row] ?? [])]);
		}
		rows.push({group: (a[index] ?? b[index])!.group, lines});
	}
	// Blank lines between groups keep the gutter, so the two columns read as columns.
	const spacer: Line = [{text: ' '.repeat(column), style: 'point'}, {text: gutter.trimEnd(), style: 'bullet'}];
	return joinBlocks(rows).map(line => (line.length === 0 ? spacer : line));
}

/** The notes panel: presenter notes, then where in the article the slide comes from. */
export function layoutNotes(content: SlideContent, labels: {notes: string; source: string}, width: number): Line[] {
	const lines: Line[] = [];
	if (content.text.notes) lines.push(...item([{text: labels.notes, style: 'label'}, ...spansOf(content.text.notes, 'note')], width + hanging).map(line => line.slice(1)));
	if (content.sources.length > 0) {
		const sources = content.sources.flatMap((source, index) => [...(index > 0 ? [{text: ' · ', style: 'note' as const}] : []), ...spansOf(source, 'note')]);
		lines.push(...item([{text: labels.source, style: 'label'}, ...sources], width + hanging).map(line => line.slice(1)));
	}
	return lines;
}

export const lineText = (line: Line) => line.map(span => span.text).join('');
