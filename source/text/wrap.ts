import stringWidth, {graphemeSegmenter, graphemeWidth} from './text-width.js';

// Line breaking for mixed CJK and Latin text, measured in terminal columns (CJK = 2).
// Latin words break at spaces; CJK text may break between any two characters, except that
// closing punctuation, Japanese iteration and prolonged sound marks, middle dots and small kana
// never start a line and opening punctuation never ends one (kinsoku). A no-break space never
// breaks (shown as a space), nor does a word joiner (shown as nothing). Nothing is ever cut
// inside a grapheme; a word longer than the line is split by graphemes.

const noLineStart = new Set([
	...'，。、；：？！）」』》〉】〕”’…,.;:?!)]}%',
	// Japanese: iteration marks, middle dots, the prolonged sound mark, small kana (full and half width).
	...'々〻ゝゞヽヾ・･ーｰぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶｧｨｩｪｫｯｬｭｮ',
	...Array.from({length: 16}, (_, index) => String.fromCharCode(0x31f0 + index)), // ㇰ–ㇿ
]);
const noLineEnd = new Set([...'（「『《〈【〔“‘([{']);
/** Spaces that never break: shown as a plain space. */
const noBreakSpace = new Set(['\u00A0', '\u2007', '\u202F']);
/** Joiners that forbid a break and take no room: not shown at all. */
const joiner = new Set(['\u2060', '\uFEFF']);

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

/** A piece of text to wrap with whatever else it carries (a style); wrapped lines are made of
 * copies of the pieces, cut where the lines break. */
type Piece = {text: string};

/** What a grapheme is to line breaking, worked out once per grapheme: text; a space where a
 * line may break (a run of them shows as one space); a no-break space (shown as a space); a
 * joiner (shown as nothing). */
// A const enum: esbuild writes its values in as numbers, which the loops below read per grapheme.
const enum Kind {
	Text,
	Space,
	NoBreakSpace,
	Joiner,
}

function kindOf(g: string): Kind {
	if (g === ' ') return Kind.Space;
	if (g.length === 1 && g > ' ' && g < '\u007F') return Kind.Text;
	if (noBreakSpace.has(g)) return Kind.NoBreakSpace;
	if (joiner.has(g)) return Kind.Joiner;
	return /^\s+$/u.test(g) ? Kind.Space : Kind.Text;
}

/** The text being wrapped (its pieces one after the other), one grapheme at a time: its kind,
 * the columns it takes as shown (a no-break space 1, a joiner 0), and, unless each grapheme is
 * one code unit of one piece (most text: then neither is needed), where it starts in the text
 * (and, past the last, the text's length) and which piece it came from. */
type Stream = {text: string; count: number; graphemes: string[]; kinds: number[]; widths: number[]; starts?: number[]; owners?: number[]};

function stream(pieces: readonly Piece[]): Stream {
	if (pieces.length === 1 && simpleText.test(pieces[0]!.text)) {
		const {text} = pieces[0]!;
		const graphemes = text.split('');
		const kinds: number[] = [];
		const widths: number[] = [];
		for (let index = 0; index < graphemes.length; index++) {
			const g = graphemes[index]!;
			const kind = kindOf(g);
			kinds.push(kind);
			widths.push(kind === Kind.Text ? graphemeWidth(g) : kind === Kind.Joiner ? 0 : 1);
		}
		return {text, count: graphemes.length, graphemes, kinds, widths};
	}
	const out: Required<Stream> = {text: pieces.map(piece => piece.text).join(''), count: 0, graphemes: [], kinds: [], widths: [], starts: [], owners: []};
	let at = 0;
	for (let owner = 0; owner < pieces.length; owner++) {
		for (const g of graphemes(pieces[owner]!.text)) {
			const kind = kindOf(g);
			out.graphemes.push(g);
			out.starts.push(at);
			out.owners.push(owner);
			out.kinds.push(kind);
			out.widths.push(kind === Kind.NoBreakSpace ? 1 : kind === Kind.Joiner ? 0 : graphemeWidth(g));
			at += g.length;
		}
	}
	out.starts.push(at);
	out.count = out.graphemes.length;
	return out;
}

const noBreak = (kind: number) => kind === Kind.NoBreakSpace || kind === Kind.Joiner;

/** A run of graphemes [start, end) that stays on one line; spaces inside it (where punctuation
 * was glued to a word) show as one space. `space` is the breaking space before it, if any. */
type Token = {start: number; end: number; width: number; space: number | undefined};

function tokenize(text: Stream, from: number, to: number): Token[] {
	const {graphemes: gs, kinds, widths} = text;
	const tokens: Token[] = [];
	let word: Token | undefined;
	let pending: number | undefined; // the first breaking space since the last token

	const push = (token: Token) => {
		const previous = tokens.at(-1);
		if (previous) {
			const last = previous.end - 1;
			const startsGlued = token.space === undefined && (noLineStart.has(gs[token.start]![0]!) || noBreak(kinds[token.start]!));
			if (noLineEnd.has(gs[last]!) || noBreak(kinds[last]!) || startsGlued) {
				previous.width += (token.space === undefined ? 0 : 1) + token.width;
				previous.end = token.end;
				return;
			}
		}
		tokens.push(token);
	};
	const flushWord = () => {
		if (word) push(word);
		word = undefined;
	};

	for (let index = from; index < to; index++) {
		if (kinds[index] === Kind.Space) {
			flushWord();
			pending ??= index;
			continue;
		}
		const g = gs[index]!;
		const width = widths[index]!;
		const wide = width >= 2;
		if (wide || noLineStart.has(g) || noLineEnd.has(g)) {
			// Wide characters and punctuation are their own tokens; ASCII punctuation
			// stays attached to the word it follows.
			if (!wide && word && noLineStart.has(g)) {
				word.end = index + 1;
				word.width += width;
				continue;
			}
			flushWord();
			push({start: index, end: index + 1, width, space: pending});
		} else if (word) {
			word.end = index + 1;
			word.width += width;
		} else {
			word = {start: index, end: index + 1, width, space: pending};
		}
		pending = undefined;
	}
	flushWord();
	return tokens;
}

/** The graphemes [start, end) as shown, in pieces by owner: a run of spaces as one space, a
 * no-break space as a space, a joiner as nothing; plain text is cut from the text whole. */
type Shown = Array<{text: string; owner: number}>;

function append(out: Shown, shown: string, owner: number): void {
	const last = out.at(-1);
	if (last && last.owner === owner) last.text += shown;
	else out.push({text: shown, owner});
}

function render(text: Stream, start: number, end: number, out: Shown): void {
	const {kinds, owners, starts} = text;
	let index = start;
	while (index < end) {
		const kind = kinds[index]!;
		const owner = owners ? owners[index]! : 0;
		if (kind === Kind.Text) {
			let stop = index + 1;
			while (stop < end && kinds[stop] === Kind.Text && (owners ? owners[stop] : 0) === owner) stop++;
			append(out, starts ? text.text.slice(starts[index], starts[stop]) : text.text.slice(index, stop), owner);
			index = stop;
			continue;
		}
		if (kind === Kind.NoBreakSpace || (kind === Kind.Space && !(index > start && kinds[index - 1] === Kind.Space))) append(out, ' ', owner);
		index++;
	}
}

let wordSegmenter: Intl.Segmenter | undefined;

/** Where words start inside a token (as grapheme indices): Intl.Segmenter finds the words of Thai,
 * Lao, Khmer or Burmese, which no space separates, and the parts of a URL or a path. */
function wordStarts(text: Stream, token: Token): Set<number> {
	const graphemeAt = new Map<number, number>();
	let joined = '';
	for (let index = token.start; index < token.end; index++) {
		graphemeAt.set(joined.length, index);
		joined += text.graphemes[index];
	}
	const starts = new Set<number>();
	for (const {index} of (wordSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'word'})).segment(joined)) {
		const at = graphemeAt.get(index);
		if (at !== undefined && at > token.start) starts.add(at);
	}
	return starts;
}

/** Splits a token too wide for any line into pieces of at most `width` columns: where a word
 * starts when one does on the line, else between two graphemes. Only such tokens (a long URL, a
 * sentence of Thai) pay for finding words. */
function splitLong(text: Stream, token: Token, width: number): Token[] {
	const starts = wordStarts(text, token);
	const pieces: Token[] = [];
	let start = token.start;
	let used = 0;
	let cut = -1; // the last word start on this line, and the columns before it
	let usedAtCut = 0;
	for (let index = token.start; index < token.end; index++) {
		const w = text.kinds[index] === Kind.Space ? (index > token.start && text.kinds[index - 1] === Kind.Space ? 0 : 1) : text.widths[index]!;
		while (index > start && used + w > width) {
			const end = cut > start ? cut : index;
			pieces.push({start, end, width: end === index ? used : usedAtCut, space: undefined});
			used = end === index ? 0 : used - usedAtCut;
			start = end;
			cut = -1;
		}
		if (index > start && starts.has(index)) {
			cut = index;
			usedAtCut = used;
		}
		used += w;
	}
	if (token.end > start) pieces.push({start, end: token.end, width: used, space: undefined});
	return pieces;
}

/** Wraps pieces of text (each with its own style) to lines of at most `width` columns; "\n"
 * forces a break. Each line is a list of copies of the pieces it shows, cut to what it shows
 * (an empty line is an empty list). */
export function wrapPieces<T extends Piece>(pieces: readonly T[], width: number): T[][] {
	const limit = Math.max(1, width);
	const text = stream(pieces);
	const lines: T[][] = [];
	let line: Shown = [];
	let lineWidth = 0;
	const finish = () => {
		lines.push(line.map(({text: shown, owner}) => ({...pieces[owner]!, text: shown})));
		line = [];
		lineWidth = 0;
	};
	const place = (token: Token, gap: boolean) => {
		if (gap) render(text, token.space!, token.space! + 1, line);
		render(text, token.start, token.end, line);
		lineWidth += (gap ? 1 : 0) + token.width;
	};
	let from = 0;
	while (from <= text.count) {
		let to = text.graphemes.indexOf('\n', from);
		if (to === -1) to = text.count;
		for (const token of tokenize(text, from, to)) {
			const gap = line.length > 0 && token.space !== undefined;
			if (lineWidth + (gap ? 1 : 0) + token.width <= limit) {
				place(token, gap);
				continue;
			}
			if (line.length > 0) finish();
			if (token.width <= limit) {
				place(token, false);
				continue;
			}
			const parts = splitLong(text, token, limit);
			for (const part of parts.slice(0, -1)) {
				place(part, false);
				finish();
			}
			place(parts.at(-1)!, false);
		}
		finish();
		from = to + 1;
	}
	return lines;
}

/** Wraps text to lines of at most `width` columns; "\n" forces a break. */
export function wrap(text: string, width: number): string[] {
	return wrapPieces([{text}], width).map(line => line.map(piece => piece.text).join(''));
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
