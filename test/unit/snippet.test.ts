import {describe, expect, it} from 'vitest';
import {snippet} from '../../source/present/components/SearchView.js';
import {textWidth} from '../../source/text/wrap.js';

// A search result's context: as much text around the match as the row has room for, cut only
// between words (or CJK characters), the match always shown.

const show = (parts: {before: string; match: string; after: string}) => parts.before + parts.match + parts.after;

describe('search snippets', () => {
	const latin = 'The forum brought together officials and scholars who argued that regional cooperation needs patient institution building across many borders and decades';

	it('cuts Latin text between words, with "…" at each cut end, never past the width', () => {
		const start = latin.indexOf('cooperation');
		for (let width = 20; width <= 90; width++) {
			const parts = snippet(latin, start, 'cooperation'.length, width);
			expect(parts.match).toBe('cooperation');
			expect(textWidth(show(parts)), `width ${width}`).toBeLessThanOrEqual(width);
			// Each kept fragment is made of whole words of the text.
			const before = parts.before.replace(/^…/, '');
			const after = parts.after.replace(/…$/, '');
			const words = new Set(latin.split(' '));
			for (const word of before.trim().split(' ').filter(Boolean)) expect(words, `"${word}" at width ${width}: ${show(parts)}`).toContain(word);
			for (const word of after.trim().split(' ').filter(Boolean)) expect(words, `"${word}" at width ${width}: ${show(parts)}`).toContain(word);
			expect(latin).toContain(before.trimStart());
			expect(latin).toContain(after.trimEnd());
		}
	});

	it('uses the room it has: no more than a word short of the width', () => {
		const start = latin.indexOf('cooperation');
		for (const width of [30, 45, 60, 75]) {
			const parts = snippet(latin, start, 'cooperation'.length, width);
			const longest = Math.max(...latin.split(' ').map(word => word.length));
			expect(textWidth(show(parts)), `width ${width}: ${show(parts)}`).toBeGreaterThan(width - 2 * (longest + 1));
		}
	});

	it('gives the text before the match the room the text after does not need', () => {
		const end = 'decades';
		const parts = snippet(latin, latin.indexOf(end), end.length, 60);
		expect(parts.after).toBe('');
		expect(textWidth(parts.before)).toBeGreaterThan(40);
		expect(parts.before.startsWith('…')).toBe(true);
	});

	it('cuts CJK text between any two characters and fills the row', () => {
		const text = '香港可從三個維度在一帶一路框架下發揮所長兼任超級聯繫人與超級增值人的角色並推動區域合作與人才交流';
		const start = text.indexOf('超級聯繫人');
		for (let width = 14; width <= 40; width++) {
			const parts = snippet(text, start, 5, width);
			expect(parts.match).toBe('超級聯繫人');
			const total = textWidth(show(parts));
			expect(total).toBeLessThanOrEqual(width);
			expect(total, `width ${width}: ${show(parts)}`).toBeGreaterThanOrEqual(width - 3); // a wide character and "…" at each end at most
			expect(text).toContain(parts.before.replace(/^…/, ''));
			expect(text).toContain(parts.after.replace(/…$/, ''));
		}
	});

	it('keeps the match where it is when the text has runs of spaces and line breaks', () => {
		const text = 'first  line\n\n   second   line with the   MATCH in it';
		const start = text.indexOf('MATCH');
		expect(snippet(text, start, 5, 80)).toEqual({before: 'first line second line with the ', match: 'MATCH', after: ' in it'});
	});

	it('shows the start of a match wider than the row', () => {
		const parts = snippet('x '.repeat(10) + 'a very long matching phrase indeed', 20, 34, 12);
		expect(parts.match).toBe('a very long…');
		expect(parts.before + parts.after).toBe('');
	});
});
