import {describe, expect, it} from 'vitest';
import {textWidth, truncate, wrap} from '../../source/text/wrap.js';

describe('wrap', () => {
	it('counts CJK characters as two columns', () => {
		expect(textWidth('香港')).toBe(4);
		expect(textWidth('HK香港')).toBe(6);
	});

	it('breaks Latin text at spaces within the width', () => {
		const lines = wrap('Hong Kong can act as a super-connector and a super value-adder', 20);
		expect(lines).toEqual(['Hong Kong can act as', 'a super-connector', 'and a super', 'value-adder']);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
	});

	it('breaks CJK text between characters, never past the width', () => {
		const text = '香港可從三個維度在「一帶一路」框架下發揮所長，兼任「超級聯繫人」與「超級增值人」。';
		for (const width of [10, 11, 17, 30]) {
			const lines = wrap(text, width);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.join('')).toBe(text);
		}
	});

	it('keeps closing punctuation off the start of a line and opening punctuation off the end', () => {
		const lines = wrap('一二三四「五六」，七八九十', 8);
		for (const line of lines) {
			expect('，。、」』）').not.toContain(line[0]);
			expect('「『（').not.toContain(line.at(-1));
		}
	});

	it('mixes Latin words and CJK text', () => {
		const lines = wrap('推動Web3與數字資產監管 and the AIFC', 12);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
		expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('Web3');
	});

	it('keeps combining marks, emoji sequences and flags whole', () => {
		for (const text of ['e\u0301e\u0301e\u0301e\u0301', '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', '🇭🇰🇭🇰🇭🇰', '한국어한국어']) {
			const lines = wrap(text, 4);
			expect(lines.join('')).toBe(text);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(4);
			for (const line of lines) expect(line.normalize()).toBe(line.normalize()); // no lone halves
			expect(lines.every(line => !/^[\u0301\u200D]|[\uD800-\uDBFF]$/.test(line))).toBe(true);
		}
	});

	it('splits a word longer than the line by graphemes', () => {
		expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('honours explicit newlines and keeps empty paragraphs', () => {
		expect(wrap('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
	});
});

describe('truncate', () => {
	it('shortens to the width with an ellipsis, never splitting a wide character', () => {
		expect(truncate('香港大講堂', 7)).toBe('香港大…');
		expect(textWidth(truncate('香港大講堂', 6))).toBeLessThanOrEqual(6);
		expect(truncate('short', 10)).toBe('short');
	});
});

describe('truncate on long text', () => {
	it('looks only at what can show: a 1 MB line of CJK and emoji is cut as fast as a short one', () => {
		const long = '香港🇭🇰中亞e\u0301'.repeat(150_000);
		const started = performance.now();
		for (let i = 0; i < 100; i++) expect(textWidth(truncate(long, 80))).toBeLessThanOrEqual(80);
		expect(performance.now() - started).toBeLessThan(200);
		expect(truncate(long, 9)).toBe('香港🇭🇰中…');
	});

	it('never ends in half a grapheme when the text is mostly zero-width', () => {
		// Past the measured start, a grapheme the slice cut short is dropped, not shown in part.
		const marks = `a${'\u0301'.repeat(500)}b`;
		expect(truncate(marks, 3)).toBe('…');
		expect(truncate(`xy${marks}`, 4)).toBe('xy…');
	});
});
