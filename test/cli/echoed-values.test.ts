import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {exampleDeckDir, runCli, type CliResult} from '../helpers.js';

// Values the user typed (or a folder's name) come back in messages: none may carry an escape
// sequence, a C1 control, a bidi override or a line break to the terminal, and a huge one is cut.

// Clear screen, OSC 52 (set the clipboard), 8-bit CSI, a right-to-left override, line breaks.
const hostile = 'ab\u001B[2Jcd\u001B]52;c;aGVsbG8=\u0007ef\u009B31mgh\u202Eij\nkl\r\nmn';
const shown = 'abcdefghij kl mn';
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const made: string[] = [];
afterAll(() => {
	for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/** Exactly one line on stderr, with no control character in it; nothing on stdout. */
function oneCleanLine(result: CliResult, code: number): string {
	expect(result.code).toBe(code);
	expect(result.stdout).toBe('');
	expect(result.stderr.endsWith('\n')).toBe(true);
	const lines = result.stderr.slice(0, -1).split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).not.toMatch(control);
	return lines[0]!;
}

describe('values echoed in messages', () => {
	const deck = ['--deck', exampleDeckDir];
	const cases: Array<[name: string, args: string[], code: number, pattern: RegExp]> = [
		['--lang', ['--print', ...deck, '--lang', hostile], 2, /^bideck: --lang abcdefghij kl mn: not a language of this deck/],
		['--slide', ['--print', ...deck, '--slide', hostile], 2, /^bideck: --slide abcdefghij kl mn: not a slide number/],
		['--format', ['--print', ...deck, '--format', hostile], 2, /^bideck: --format abcdefghij kl mn: use text/],
		['--deck', ['--print', '--deck', path.join(os.tmpdir(), hostile)], 1, /^bideck: cannot load the deck: .*abcdefghij kl mn: deck folder not found$/],
		['--output', ['--print', ...deck, '--output', path.join(os.tmpdir(), hostile, 'out.txt')], 1, /^bideck: cannot write .*abcdefghij kl mn\/out\.txt: no such folder$/],
		['--chromium', ['--print', ...deck, '--format', 'pdf', '--output', '/dev/null', '--chromium', hostile], 2, /^bideck: --chromium abcdefghij kl mn: not an executable file$/],
		['an unknown option', [`--${hostile.replace('=', '')}`], 2, /^bideck: unknown option --abcdefghij kl mn \(see bideck --help\)$/],
		['an unexpected argument', [hostile], 2, /^bideck: unexpected argument "abcdefghij kl mn"/],
	];
	for (const [name, args, code, pattern] of cases) {
		it(`${name}: one line, sanitised`, () => {
			expect(oneCleanLine(runCli(args), code)).toMatch(pattern);
		});
	}

	it('a 100 KB value: a short excerpt ending in "…"', () => {
		const huge = `${hostile}${'x'.repeat(100_000)}`;
		const lang = oneCleanLine(runCli(['--print', ...deck, '--lang', huge]), 2);
		expect(lang).toMatch(new RegExp(`^bideck: --lang ${shown}x+…: not a language`));
		expect(lang.length).toBeLessThan(250);
		const folder = oneCleanLine(runCli(['--print', '--deck', `/${'d'.repeat(100_000)}`]), 1);
		expect(folder).toMatch(/^bideck: cannot load the deck: \/d+…d+: deck folder not found$/);
		expect(folder.length).toBeLessThan(450);
	});

	it('validate on a folder whose name holds escapes: every line sanitised', () => {
		const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-echo-'));
		made.push(parent);
		const dir = path.join(parent, hostile);
		fs.cpSync(exampleDeckDir, dir, {recursive: true});
		const clean = runCli(['validate', dir]);
		expect(clean.code).toBe(0);
		expect(clean.stdout).not.toMatch(control);
		expect(clean.stdout).toMatch(new RegExp(`^.*${shown}: 3 slides in en, zh-Hant: no problems\n$`));

		fs.writeFileSync(path.join(dir, 'locales', 'en', 'deck.json'), '{');
		const problems = runCli(['validate', dir]);
		expect(problems.code).toBe(1);
		const lines = problems.stdout.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThanOrEqual(2);
		for (const line of lines) expect(line).not.toMatch(control);
		expect(lines.at(-1)).toMatch(new RegExp(`${shown}: \\d+ problems?$`));
	});

	it('validate on a 100 KB folder name: every line short', () => {
		const result = runCli(['validate', `/${'d'.repeat(100_000)}`]);
		expect(result.code).toBe(1);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^\/d+…d+: deck folder not found$/);
		expect(lines[1]).toMatch(/^\/d+…: 1 problem$/);
		for (const line of lines) expect(line.length).toBeLessThan(450);
	});
});
