import {describe, expect, it} from 'vitest';
import {sanitize, sanitizeDeep} from '../../source/text/sanitize.js';

describe('sanitize', () => {
	it('removes CSI, OSC (window title, OSC 52 clipboard) and 8-bit CSI sequences whole', () => {
		expect(sanitize('a\u001B[2Jb')).toBe('ab');
		expect(sanitize('x\u001B]52;c;aGVsbG8=\u0007y')).toBe('xy');
		expect(sanitize('x\u001B]0;title\u001B\\y')).toBe('xy');
		expect(sanitize('p\u009B31mq')).toBe('pq');
	});

	it('removes C0/C1 controls, DEL and bidi overrides but keeps newlines and CJK', () => {
		expect(sanitize('a\u0000b\u0007c\u007Fd\u0085e')).toBe('abcde');
		expect(sanitize('abc\u202Edef\u2066g')).toBe('abcdefg');
		expect(sanitize('一\n二\t三')).toBe('一\n二 三');
	});

	it('cleans every string in nested data', () => {
		expect(sanitizeDeep({a: ['\u001B[31mred'], b: {c: 'ok\u009B'}})).toEqual({a: ['red'], b: {c: 'ok'}});
	});
});
