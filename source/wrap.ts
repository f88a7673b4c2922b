import stringWidth from './text-width.js';

// Line breaking for mixed CJK and Latin text, measured in terminal columns (CJK = 2).
// Latin words break at spaces; CJK text may break between any two characters, except that
// closing punctuation never starts a line and opening punctuation never ends one (kinsoku).
// Nothing is ever cut inside a grapheme; a word longer than the line is split by graphemes.

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const noLineStart = new Set([...'，。、；：？！）」』》〉】〕”’…,.;:?!)]}%']);
const noLineEnd = new Set([...'（「『《〈【〔“‘([{']);

type Token = {text: string; width: number; spaceBefore: boolean};

export function textWidth(text: string): number {
	return stringWidth(text);
}

function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), s => s.segment);
}

function tokenize(paragraph: string): Token[] {
	const tokens: Token[] = [];
	let word = '';
	let wordSpace = false;
	let pendingSpace = false;
	let glueNext = false; // previous token was opening punctuation

	const push = (text: string, spaceBefore: boolean) => {
		const previous = tokens.at(-1);
		if (previous && (glueNext || (noLineStart.has([...text][0]!) && !spaceBefore))) {
			previous.text += (spaceBefore ? ' ' : '') + text;
			previous.width = stringWidth(previous.text);
		} else {
			tokens.push({text, width: stringWidth(text), spaceBefore});
		}
		glueNext = noLineEnd.has([...text].at(-1)!);
	};
	const flushWord = () => {
		if (word) push(word, wordSpace);
		word = '';
	};

	for (const g of graphemes(paragraph)) {
		if (/^\s+$/u.test(g)) {
			flushWord();
			pendingSpace = true;
			continue;
		}
		const wide = stringWidth(g) >= 2;
		if (wide || noLineStart.has(g) || noLineEnd.has(g)) {
			// Wide characters and punctuation are their own tokens; ASCII punctuation
			// stays attached to the word it follows.
			if (!wide && word && noLineStart.has(g)) {
				word += g;
				continue;
			}
			flushWord();
			push(g, pendingSpace);
		} else {
			if (!word) wordSpace = pendingSpace;
			word += g;
		}
		pendingSpace = false;
	}
	flushWord();
	return tokens;
}

function splitLong(text: string, width: number): string[] {
	const pieces: string[] = [];
	let current = '';
	for (const g of graphemes(text)) {
		if (current && stringWidth(current + g) > width) {
			pieces.push(current);
			current = '';
		}
		current += g;
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

/** Shortens text to at most `width` columns, ending in "…" when cut; never splits a character. */
export function truncate(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	if (width <= 0) return '';
	let out = '';
	for (const g of graphemes(text)) {
		if (stringWidth(out + g) > width - 1) break;
		out += g;
	}
	return out + '…';
}
