import stringWidth, {graphemeSegmenter, graphemeWidth} from './text-width.js';

// Line breaking for mixed CJK and Latin text, measured in terminal columns (CJK = 2).
// Latin words break at spaces; CJK text may break between any two characters, except that
// closing punctuation never starts a line and opening punctuation never ends one (kinsoku).
// Nothing is ever cut inside a grapheme; a word longer than the line is split by graphemes.

const noLineStart = new Set([...'，。、；：？！）」』》〉】〕”’…,.;:?!)]}%']);
const noLineEnd = new Set([...'（「『《〈【〔“‘([{']);

type Token = {text: string; width: number; spaceBefore: boolean};

export function textWidth(text: string): number {
	return stringWidth(text);
}

// Characters that never combine with their neighbours (Latin, CJK, common punctuation, box
// drawing): text made only of them is one grapheme per UTF-16 unit, without Intl.Segmenter,
// which is the slow part of laying out a large deck.
const simpleText = /^[\u0000-\u000C\u000E-\u024F\u2010-\u205E\u2190-\u21FF\u2500-\u25FF\u3000-\u3098\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFF9D\uFFA0-\uFFEF]*$/;

function graphemes(text: string): string[] {
	if (simpleText.test(text)) return text.split('');
	return Array.from(graphemeSegmenter().segment(text), s => s.segment);
}

function tokenize(paragraph: string): Token[] {
	const tokens: Token[] = [];
	let word = '';
	let wordSpace = false;
	let pendingSpace = false;
	let glueNext = false; // previous token was opening punctuation

	let wordWidth = 0;
	const push = (text: string, width: number, spaceBefore: boolean) => {
		const previous = tokens.at(-1);
		if (previous && (glueNext || (noLineStart.has(text[0]!) && !spaceBefore))) {
			previous.text += (spaceBefore ? ' ' : '') + text;
			previous.width += (spaceBefore ? 1 : 0) + width;
		} else {
			tokens.push({text, width, spaceBefore});
		}
		glueNext = noLineEnd.has(text.at(-1)!);
	};
	const flushWord = () => {
		if (word) push(word, wordWidth, wordSpace);
		word = '';
		wordWidth = 0;
	};

	for (const g of graphemes(paragraph)) {
		if (/^\s+$/u.test(g)) {
			flushWord();
			pendingSpace = true;
			continue;
		}
		const width = graphemeWidth(g);
		const wide = width >= 2;
		if (wide || noLineStart.has(g) || noLineEnd.has(g)) {
			// Wide characters and punctuation are their own tokens; ASCII punctuation
			// stays attached to the word it follows.
			if (!wide && word && noLineStart.has(g)) {
				word += g;
				wordWidth += width;
				continue;
			}
			flushWord();
			push(g, width, pendingSpace);
		} else {
			if (!word) wordSpace = pendingSpace;
			word += g;
			wordWidth += width;
		}
		pendingSpace = false;
	}
	flushWord();
	return tokens;
}

function splitLong(text: string, width: number): string[] {
	const pieces: string[] = [];
	let current = '';
	let currentWidth = 0;
	for (const g of graphemes(text)) {
		const w = graphemeWidth(g);
		if (current && currentWidth + w > width) {
			pieces.push(current);
			current = '';
			currentWidth = 0;
		}
		current += g;
		currentWidth += w;
	}
	if (current) pieces.push(current);
	return pieces;
}

/** Wraps text to lines of at most `width` columns; "\n" forces a break. */
export function wrap(text: string, width: number): string[] {
	const limit = Math.max(1, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let lineWidth = 0;
		for (const token of tokenize(paragraph)) {
			const gap = line && token.spaceBefore ? 1 : 0;
			if (lineWidth + gap + token.width <= limit) {
				line += (gap ? ' ' : '') + token.text;
				lineWidth += gap + token.width;
				continue;
			}
			if (line) lines.push(line);
			if (token.width <= limit) {
				line = token.text;
				lineWidth = token.width;
				continue;
			}
			const pieces = splitLong(token.text, limit);
			lines.push(...pieces.slice(0, -1));
			line = pieces.at(-1)!;
			lineWidth = stringWidth(line);
		}
		lines.push(line);
	}
	return lines;
}

/** Wrapped lines cut to `rows`: when there are more, the last line kept ends in "…" (within
 * `width`), so a reader sees that the text goes on. Lines are never glued back together. */
export function clipWrapped(lines: readonly string[], rows: number, width: number): string[] {
	if (lines.length <= rows) return [...lines];
	if (rows <= 0) return [];
	const last = lines[rows - 1]!;
	const ended = stringWidth(last) + 1 <= width ? `${last}…` : truncate(`${last}…`, width);
	return [...lines.slice(0, rows - 1), ended];
}

/** The graphemes of `text` one at a time, so that a caller can stop early. */
function* eachGrapheme(text: string): Generator<string> {
	if (simpleText.test(text)) yield* text;
	else for (const {segment} of graphemeSegmenter().segment(text)) yield segment;
}

/** Shortens text to one line of at most `width` columns, ending in "…" when cut; never splits a
 * character; line breaks and tabs become spaces (a row is one row, whatever the deck holds).
 * Only the start of the text is measured, however long the text is: what cannot show is never
 * looked at (a 1 MB title costs what a short one does). */
export function truncate(line: string, width: number): string {
	if (width <= 0) return '';
	// Generous for `width` columns: no more code units than this can fit, save zero-width runs.
	const limit = width * 4 + 16;
	const cut = line.length > limit;
	const text = (cut ? line.slice(0, limit) : line).replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ');
	if (!cut && stringWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	let last = '';
	for (const g of eachGrapheme(text)) {
		used += graphemeWidth(g);
		if (used > width - 1) return out + '…';
		out += g;
		last = g;
	}
	// All that was measured fitted (zero-width characters): its last grapheme may be cut short.
	return (cut ? out.slice(0, out.length - last.length) : out) + '…';
}
