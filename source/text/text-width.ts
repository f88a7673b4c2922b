import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

// Terminal column width of a string: CJK and other wide characters count 2, combining marks and
// invisible characters 0, emoji 2. The same contract as the string-width package, which the
// bundle swaps for this module (Ink measures every line with it): string-width builds Unicode
// emoji-sequence regexes at load time and on first use, ~50 ms of every start-up; this keeps
// to plain code-point lookups. test/unit/text-width.test.ts checks that both agree.

const segmenter = new Intl.Segmenter();
const printableAscii = /^[\u0020-\u007E]*$/;
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
	for (const {segment} of segmenter.segment(text)) width += ambiguousAsWide ? clusterWidth(segment, true) : graphemeWidth(segment);
	return width;
}
