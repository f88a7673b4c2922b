import {beforeAll, describe, expect, it} from 'vitest';
import {hasMarkers, inlineRuns, loadInlineParser, maxMarkers, plainText} from '../../source/text/inline.js';

beforeAll(loadInlineParser);

describe('inline emphasis in deck text', () => {
	it('splits bold, italic and code from plain text, without their markers', () => {
		expect(inlineRuns('a **bold** and *italic* and `code` end')).toEqual([
			{text: 'a '},
			{text: 'bold', emphasis: {bold: true}},
			{text: ' and '},
			{text: 'italic', emphasis: {italic: true}},
			{text: ' and '},
			{text: 'code', emphasis: {code: true}},
			{text: ' end'},
		]);
	});

	it('nests emphasis and reads underscores as CommonMark does', () => {
		expect(inlineRuns('***both*** _it_ snake_case_name')).toEqual([
			{text: 'both', emphasis: {bold: true, italic: true}},
			{text: ' '},
			{text: 'it', emphasis: {italic: true}},
			{text: ' snake_case_name'},
		]);
		expect(inlineRuns('*a `b` c*')).toEqual([
			{text: 'a ', emphasis: {italic: true}},
			{text: 'b', emphasis: {italic: true, code: true}},
			{text: ' c', emphasis: {italic: true}},
		]);
	});

	it('works inside CJK text', () => {
		expect(inlineRuns('香港**超級聯繫人**角色')).toEqual([{text: '香港'}, {text: '超級聯繫人', emphasis: {bold: true}}, {text: '角色'}]);
	});

	it('keeps markers that open nothing, and escaped ones, as text', () => {
		expect(plainText('2 * 3 * 4')).toBe('2 * 3 * 4');
		expect(plainText('\\*not italic\\*')).toBe('*not italic*');
		expect(plainText('C:\\path')).toBe('C:\\path');
		expect(plainText('`` a `tick` ``')).toBe('a `tick`');
		expect(inlineRuns('`` a `tick` ``')).toEqual([{text: 'a `tick`', emphasis: {code: true}}]);
	});

	it('never reads a string as a block: headings, lists, quotes, rules and code blocks stay text', () => {
		for (const text of ['# not a heading *x*', '- not a list *x*', '> not a quote *x*', '1. not a list *x*', '---', '    indented *x*', '[a link](http://x) *x*', '<b>html</b> *x*', 'AT&amp;T *x*']) {
			expect(plainText(text)).toBe(text.replace('*x*', 'x'));
		}
		// A fence is read as inline code, its line breaks as the padding CommonMark strips.
		expect(inlineRuns('```\nfence\n```')).toEqual([{text: 'fence', emphasis: {code: true}}]);
	});

	it('keeps spaces and line breaks exactly as written', () => {
		expect(plainText('line one  *a*\n   line two  \n\nthree')).toBe('line one  a\n   line two  \n\nthree');
	});

	it('parses only strings with a marker character', () => {
		expect(hasMarkers('plain text, 中文。')).toBe(false);
		for (const marker of ['*', '_', '`', '\\']) expect(hasMarkers(`a${marker}b`)).toBe(true);
		expect(inlineRuns('plain')).toEqual([{text: 'plain'}]);
	});
});

describe('hostile deck text', () => {
	it('shows a string with more markers than any slide needs as written, at once', () => {
		// Nested emphasis is quadratic for the parser: 2,000 characters of it, not parsed at all.
		const nested = `${'*'.repeat(1000)}a${'*'.repeat(999)}`;
		const alternating = `${'*_'.repeat(500)}a${'_*'.repeat(500)}`;
		const started = performance.now();
		for (const text of [nested, alternating]) expect(inlineRuns(text)).toEqual([{text}]);
		expect(performance.now() - started).toBeLessThan(50);
		expect(plainText(`${'*a* '.repeat(maxMarkers / 2)}`)).not.toContain('*');
		expect(plainText(`${'*a* '.repeat(maxMarkers / 2)}*`)).toContain('*a* ');
	});
});
