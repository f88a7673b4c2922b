import {afterEach, describe, expect, it, vi} from 'vitest';
import {echo, echoLimit, fail, messageLimit, oneLine} from '../../source/io/output.js';

// The helpers every message goes through: each one alone keeps control characters and line
// breaks out, and bounds what it lets through (the CLI tests see them together).

const hostile = 'ab\u001B[2Jcd\u001B]52;c;aGVsbG8=\u0007ef\u009B31mgh\u202Eij\nkl\r\nmn';
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

afterEach(() => vi.restoreAllMocks());

describe('message helpers', () => {
	it('oneLine: no escape sequence, control character or line break', () => {
		expect(oneLine(hostile)).toBe('abcdefghij kl mn');
	});

	it('echo: sanitised, and cut to the limit with "…"', () => {
		expect(echo(hostile)).toBe('abcdefghij kl mn');
		const long = echo(`${hostile}${'x'.repeat(100_000)}`);
		expect([...long]).toHaveLength(echoLimit);
		expect(long).toMatch(/^abcdefghij kl mnx+…$/);
		// Cut even when what is left after sanitising the start is short.
		expect(echo(`${'\u001B[2J'.repeat(50_000)}tail`)).toBe('…');
	});

	it('fail: one line on stderr, sanitised and cut in the middle; the code returned', () => {
		const written: string[] = [];
		vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string, callback?: () => void) => {
			written.push(chunk);
			callback?.();
			return true;
		}) as typeof process.stderr.write);
		expect(fail(`${hostile} ${'y'.repeat(10_000)} the end`, 3)).toBe(3);
		expect(written).toHaveLength(1);
		const line = written[0]!;
		expect(line).toMatch(/^bideck: abcdefghij kl mn y+…y+ the end\n$/);
		expect(line.slice(0, -1)).not.toMatch(control);
		expect(line.length).toBeLessThanOrEqual('bideck: \n'.length + messageLimit);
	});
});
