import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

// Terminal column width of a string: CJK and other wide characters count 2, combining marks and
// invisible characters 0, emoji 2. The same contract as the string-width package, which the
// bundle swaps for this module (Ink measures every line with it): string-width builds Unicode
// emoji-sequence regexes at load time and on first use, ~50 ms of every start-up; this keeps
// to plain code-point lookups. test/unit/text-width.test.ts checks that both agree.

let segmenter: Intl.Segmenter | undefined;
/** The one grapheme segmenter, created on first use: the first Intl.Segmenter of a process loads
 * ICU's break rules, 10–30 ms of start-up, and text that cannot combine never needs it. */
export function graphemeSegmenter(): Intl.Segmenter {
	return (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));
}
const printableAscii = /^[\u0020-\u007E]*$/;
/** Characters that never join a neighbour into one grapheme cluster (no combining marks, joiners,
 * variation selectors, Hangul jamo, regional indicators, CR): text made only of these is one
 * cluster per code point, so it needs no Intl.Segmenter. ASCII, Latin-1 to IPA, punctuation,
 * arrows to box drawing and symbols, CJK (without U+302A–302F, U+3099–309A, U+FF9E–FF9F). */
const neverCombines = /^[\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205F\u2190-\u2BFF\u2E80-\u2FDF\u3000-\u3029\u3030-\u3098\u309B-\u30FF\u3105-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF01-\uFF9D\uFFE0-\uFFEE]*$/;
const invisible = /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Mark}\p{Surrogate}]+$/u;
const pictographic = /\p{Extended_Pictographic}/u;
const regionalIndicator = /\p{Regional_Indicator}/u;
const keycap = /^[\d#*]\uFE0F?\u20E3$/;

type Options = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

const narrowCache = new Map<string, number>();

/** Width of one grapheme cluster (ambiguous characters narrow), cached: decks reuse few. */
export function graphemeWidth(cluster: string): number {
	let width = narrowCache.get(cluster);
	if (width === undefined) {
		width = clusterWidth(cluster, false);
		if (narrowCache.size < 10_000) narrowCache.set(cluster, width);
	}
	return width;
}

function clusterWidth(cluster: string, ambiguousAsWide: boolean): number {
	if (cluster.length === 1) {
		const code = cluster.charCodeAt(0);
		if (code >= 0x20 && code <= 0x7e) return 1;
	}
	if (invisible.test(cluster)) return 0;
	// Emoji drawn as pictures: presentation selector, ZWJ sequences, flags, keycaps.
	if (keycap.test(cluster) || regionalIndicator.test(cluster)) return 2;
	if (pictographic.test(cluster) && (cluster.includes('\uFE0F') || cluster.includes('\u200D'))) return 2;
	// Otherwise the first visible code point decides; marks after it take no column.
	for (const char of cluster) {
		if (invisible.test(char)) continue;
		return eastAsianWidth(char.codePointAt(0)!, {ambiguousAsWide});
	}
	return 0;
}

export default function textWidth(input: string, options: Options = {}): number {
	if (typeof input !== 'string' || input.length === 0) return 0;
	const text = !options.countAnsiEscapeCodes && (input.includes('\u001B') || input.includes('\u009B')) ? stripAnsi(input) : input;
	if (printableAscii.test(text)) return text.length;
	const ambiguousAsWide = options.ambiguousIsNarrow === false;
	let width = 0;
	if (neverCombines.test(text)) {
		for (const char of text) width += ambiguousAsWide ? clusterWidth(char, true) : graphemeWidth(char);
		return width;
	}
	for (const {segment} of graphemeSegmenter().segment(text)) width += ambiguousAsWide ? clusterWidth(segment, true) : graphemeWidth(segment);
	return width;
}
