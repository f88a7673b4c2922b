// Deck text may hold Markdown's inline emphasis and code: **bold**, *italic*, `code` (and a
// backslash escape for a literal marker, "\*"), in both deck formats. A string without any marker
// character is plain text as it stands, and costs nothing; one with a marker is parsed by micromark
// (inline-parse.ts), which is loaded only when a deck needs it: the built-in deck has no markers,
// so presenting it never loads the parser. Whoever reads a deck calls prepareInline() (or
// loadInlineParser()) before laying it out; inlineRuns() itself stays synchronous.

/** How a run of text is emphasised; several may hold at once ("***both***", "*a `b`*"). */
export type Emphasis = {bold?: true; italic?: true; code?: true};
/** A piece of displayed text (markers removed) and its emphasis, if any. */
export type InlineRun = {text: string; emphasis?: Emphasis};

type Parser = (text: string) => InlineRun[];
let parser: Parser | undefined;

/** Whether `text` holds a character that may start inline syntax: the gate before parsing. */
export const hasMarkers = (text: string): boolean => text.includes('*') || text.includes('_') || text.includes('`') || text.includes('\\');

/** Loads the parser (once). */
export async function loadInlineParser(): Promise<void> {
	parser ??= (await import('./inline-parse.js')).parseInline;
}

/** Loads the parser when any string inside `value` (deck text, as read) holds a marker. */
export async function prepareInline(value: unknown): Promise<void> {
	if (!parser && anyMarkers(value)) await loadInlineParser();
}

function anyMarkers(value: unknown): boolean {
	if (typeof value === 'string') return hasMarkers(value);
	if (Array.isArray(value)) return value.some(anyMarkers);
	if (value !== null && typeof value === 'object') return Object.values(value).some(anyMarkers);
	return false;
}

/** More marker characters than any slide needs: a string with more is shown as written, never
 * parsed. Deck text is untrusted, and micromark's time grows with the square of nested emphasis
 * ("*…*a*…*" of 2,000 characters, the most a deck string may hold, took 60–100 ms): a file of such
 * strings would stall validate for minutes. */
export const maxMarkers = 256;

function markerCount(text: string): number {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '*' || char === '_' || char === '`' || char === '\\') count++;
	}
	return count;
}

// Decks repeat few strings and lay each out at every width and frame: parsed once each.
const cache = new Map<string, InlineRun[]>();

/** `text` as displayed runs: the text without markers, each run with its emphasis. */
export function inlineRuns(text: string): InlineRun[] {
	if (!hasMarkers(text) || markerCount(text) > maxMarkers) return [{text}];
	let runs = cache.get(text);
	if (runs === undefined) {
		if (!parser) throw new Error('bideck: deck text with Markdown markers was laid out before loadInlineParser()');
		runs = parser(text);
		if (cache.size < 100_000) cache.set(text, runs);
	}
	return runs;
}

/** The text as displayed, without markers: what search matches and plain views show. */
export const plainText = (text: string): string => (hasMarkers(text) ? inlineRuns(text).map(run => run.text).join('') : text);
