import {describe, expect, it} from 'vitest';
import {textWidth, truncate, wrap, wrapPieces} from '../../source/text/wrap.js';

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

	it('carries opening punctuation to the next line with the character it opens', () => {
		// 「 would just fit at the end of the first line; it moves down with 四.
		expect(wrap('一二三「四五」', 8)).toEqual(['一二三', '「四五」']);
		expect(wrap('一二三（四）五', 8)).toEqual(['一二三', '（四）五']);
		const text = '香港可從三個維度在「一帶一路」框架下發揮所長，兼任『超級聯繫人』與（超級增值人）。';
		for (let width = 4; width <= 30; width++) {
			const lines = wrap(text, width);
			expect(lines.join('')).toBe(text);
			for (const line of lines) expect('「『（', `width ${width}: ${line}`).not.toContain(line.at(-1));
		}
	});

	it('mixes Latin words and CJK text', () => {
		const lines = wrap('推動Web3與數字資產監管 and the AIFC', 12);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
		expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('Web3');
	});

	it('keeps combining marks, emoji sequences and flags whole', () => {
		const graphemes = (text: string) => Array.from(new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text), ({segment}) => segment);
		for (const text of ['e\u0301e\u0301e\u0301e\u0301', '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', '🇭🇰🇭🇰🇭🇰', '한국어한국어', 'a😀b😀c😀d😀', '香\u0301xyz港']) {
			const lines = wrap(text, 3);
			expect(lines.length, text).toBeGreaterThan(1);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(3);
			// Each grapheme of the text lies whole within one line.
			expect(lines.flatMap(graphemes), text).toEqual(graphemes(text));
			for (const line of lines) {
				// No line starts with a mark, a joiner or the second half of a surrogate pair, nor ends
				// with a joiner or the first half of a pair; flags (pairs of regional indicators) stay pairs.
				expect(line, JSON.stringify(line)).not.toMatch(/^[\p{M}\u200D\uDC00-\uDFFF]/u);
				expect(line, JSON.stringify(line)).not.toMatch(/[\u200D\uD800-\uDBFF]$/u);
				expect((line.match(/\p{Regional_Indicator}/gu) ?? []).length % 2, JSON.stringify(line)).toBe(0);
			}
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

describe('truncate: one row, whatever the text holds', () => {
	it('turns line breaks and tabs into spaces', () => {
		expect(truncate('Title\nwith a break', 40)).toBe('Title with a break');
		expect(truncate('a\r\n\tb', 40)).toBe('a b');
		expect(truncate('香港\n'.repeat(40), 11)).toBe('香港 香港 …');
	});
});

describe('line breaking per script (issue #11)', () => {
	const neverFirst = [...'々〻ゝゞヽヾ・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶㇰㇱㇹㇿ'];

	it('never starts a line with a Japanese iteration mark, middle dot, prolonged sound mark or small kana', () => {
		for (const mark of neverFirst) {
			// At every width, the mark stays on the line of the character before it.
			const text = `あいうえお${mark}かきくけこ${mark}さしすせそ`;
			for (let width = 4; width <= 24; width++) {
				const lines = wrap(text, width);
				expect(lines.join('')).toBe(text);
				for (const line of lines.slice(1)) expect(line[0], `${mark} at width ${width}: ${lines.join('|')}`).not.toBe(mark);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
			}
		}
	});

	it('moves the character before a small kana down with it rather than break before it', () => {
		// ッ would fit nowhere but the start of line 2: ト comes down with it.
		expect(wrap('スタートッ', 8)).toEqual(['スター', 'トッ']);
		expect(wrap('日々の人々', 8)).toEqual(['日々の', '人々']);
		expect(wrap('コーヒー・ブレイク', 8)).toEqual(['コー', 'ヒー・ブ', 'レイク']);
	});

	it('never breaks at a no-break space, which shows as a space', () => {
		const text = 'distance of 10\u00A0km between the two cities';
		for (let width = 8; width <= 40; width++) {
			const lines = wrap(text, width);
			expect(lines.some(line => line.includes('10 km')), `width ${width}: ${lines.join('|')}`).toBe(true);
			expect(lines.join(' ')).not.toContain('\u00A0');
		}
		expect(wrap('中文\u00A0字', 6)).toEqual(['中', '文 字']);
	});

	it('never breaks at a word joiner, which shows as nothing', () => {
		for (let width = 4; width <= 12; width++) {
			const lines = wrap('一二三\u2060四五六', width);
			expect(lines.join('')).toBe('一二三四五六');
			expect(lines.some(line => line.includes('三四')), `width ${width}: ${lines.join('|')}`).toBe(true);
		}
		expect(wrap('Hong\u2060Kong', 40)).toEqual(['HongKong']);
	});
});

describe('wrapPieces: styled text across lines', () => {
	it('keeps each piece with its style, cut where the lines break, spaces at a break dropped', () => {
		const lines = wrapPieces(
			[
				{text: 'plain words then ', style: 'a'},
				{text: 'bold words here', style: 'b'},
				{text: ' and more', style: 'a'},
			],
			21,
		);
		expect(lines).toEqual([
			[
				{text: 'plain words then ', style: 'a'},
				{text: 'bold', style: 'b'},
			],
			[
				{text: 'words here', style: 'b'},
				{text: ' and more', style: 'a'},
			],
		]);
	});

	it('counts only what shows: the same breaks as the plain text', () => {
		const text = '香港可從三個維度在「一帶一路」框架下發揮所長，兼任超級聯繫人與超級增值人。';
		const pieces = [
			{text: text.slice(0, 9), style: 1},
			{text: text.slice(9, 15), style: 2},
			{text: text.slice(15), style: 1},
		];
		for (let width = 4; width <= 30; width++) {
			expect(wrapPieces(pieces, width).map(line => line.map(piece => piece.text).join(''))).toEqual(wrap(text, width));
		}
	});
});

describe('a word longer than the line', () => {
	const words = (text: string) => new Set(Array.from(new Intl.Segmenter('en', {granularity: 'word'}).segment(text), part => part.index));

	it('is cut where a word starts: Thai, written without spaces, keeps its words whole', () => {
		const thai = 'ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำในประโยค';
		const starts = words(thai);
		for (let width = 8; width <= 30; width++) {
			const lines = wrap(thai, width);
			expect(lines.join('')).toBe(thai);
			let at = 0;
			for (const line of lines) {
				expect(textWidth(line)).toBeLessThanOrEqual(width);
				expect(starts.has(at), `width ${width}: ${lines.join('|')}`).toBe(true);
				at += line.length;
			}
		}
	});

	it('cuts a long URL at its parts, and a word with no parts between characters', () => {
		expect(wrap('https://example.com/a/very/long/path/to/somewhere', 24)).toEqual(['https://example.com/a/', 'very/long/path/to/', 'somewhere']);
		expect(wrap('Donaudampfschifffahrtsgesellschaft', 10)).toEqual(['Donaudampf', 'schifffahr', 'tsgesellsc', 'haft']);
	});
});
