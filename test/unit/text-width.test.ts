import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import textWidth from '../../source/text/text-width.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {exampleDeckDir, root} from '../helpers.js';

// The bundle gives Ink our textWidth in place of string-width: they must agree, character by
// character, on everything a deck or the chrome can show.

function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

const samples = [
	'', 'abc', 'Hong Kong', '香港大講堂', '「一帶一路」', '，。、；：？！', '（AIFC）', 'Web3與數字資產',
	'US$1.65', '2,000噸', '—', '…', '•', '━─│╭╮', '→←↑↓', '❯', '0–9', 'é', 'e\u0301', 'ﾊﾝｶｸ', 'ＡＢＣ',
	'😀', '👍🏽', '👨‍👩‍👧', '🇭🇰', '1️⃣', '©', '©️', '❤️', '\u200B', '\u00AD', '\t', 'a\u0007b',
	'\u001B[31mred\u001B[39m', '한국어', 'Ελληνικά', 'Русский', 'עברית', 'العربية', 'ไทย',
];

describe('textWidth (the bundle’s string-width)', () => {
	it('agrees with string-width on samples of every kind', () => {
		for (const sample of samples) expect(textWidth(sample), JSON.stringify(sample)).toBe(stringWidth(sample));
	});

	it('agrees with string-width on every string of the decks and the chrome, per character', () => {
		for (const dir of [root, exampleDeckDir]) {
			const deck = loadDeck(dir);
			for (const text of strings([deck.text, deck.chrome])) {
				expect(textWidth(text), text).toBe(stringWidth(text));
				for (const char of new Set(text)) expect(textWidth(char), char).toBe(stringWidth(char));
			}
		}
	});

	it('honours the options', () => {
		expect(textWidth('\u001B[31mx\u001B[39m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\u001B[31mx\u001B[39m', {countAnsiEscapeCodes: true}));
		expect(textWidth('§±', {ambiguousIsNarrow: false})).toBe(stringWidth('§±', {ambiguousIsNarrow: false}));
	});
});
