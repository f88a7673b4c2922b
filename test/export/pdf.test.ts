import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath, exampleDeckDir, expectOneLineError, runCli, type CliResult} from '../helpers.js';

// --format pdf through the machine's Chromium, read back with poppler's pdfinfo/pdftotext.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-pdf-test-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

/** The CLI with a minute to print (Chromium takes seconds; runCli allows 10). */
const runSlow = (args: string[]): CliResult => {
	const result = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env: {...process.env, LANG: 'en_US.UTF-8', LC_ALL: ''}, timeout: 60_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
};
const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).stdout;
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [file], {encoding: 'utf8'}).stdout)?.[1]);

describe('bideck --print --format pdf', () => {
	it('--output: the contents page, then one page per slide, with page numbers and both languages', () => {
		const file = path.join(work, 'minimal.pdf');
		const result = runSlow(['--print', '--format', 'pdf', '--lang', 'all', '--deck', exampleDeckDir, '--output', file]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(pdfPages(file)).toBe(4);
		const pages = pdfText(file).split('\f');
		expect(pages[0]).toContain('Contents');
		expect(pages[0]).toContain('目錄');
		expect(pages[2]).toContain('Structure lives in slides/');
		expect(pages[2]).toContain('結構放在 slides/');
		expect(pages[2]!.trim().split('\n').at(-1)!.trim()).toMatch(/^3 ?\/ ?4$/);
	}, 60_000);

	it('to stdout when piped, the forum deck; --compact puts several slides on a page', () => {
		const run = (extra: string[]) => spawnSync(process.execPath, [cliPath, '--print', '--format', 'pdf', '--lang', 'both', ...extra], {timeout: 60_000, maxBuffer: 64 << 20});
		const plain = run([]);
		expect(plain.stderr.toString()).toBe('');
		expect(plain.stdout.subarray(0, 5).toString()).toBe('%PDF-');
		const file = path.join(work, 'forum.pdf');
		fs.writeFileSync(file, plain.stdout);
		const slides = JSON.parse(fs.readFileSync(path.join(cliPath, '..', '..', 'slides', 'deck.json'), 'utf8')).slides.length as number;
		expect(pdfPages(file)).toBe(slides + 1);
		expect(pdfText(file)).toContain('香港大講堂');

		const compact = path.join(work, 'compact.pdf');
		fs.writeFileSync(compact, run(['--compact']).stdout);
		expect(pdfPages(compact)).toBeLessThan(slides + 1);
	}, 120_000);

	it('without a Chromium it says so in one line and points at --format html', () => {
		const result = runCli(['--print', '--format', 'pdf', '--deck', exampleDeckDir], {env: {PATH: path.dirname(process.execPath)}});
		expectOneLineError(result, 2, /^bideck: --format pdf needs Chromium or Chrome and none was found \(.*--chromium PATH.*--format html/);
		expectOneLineError(runCli(['--print', '--format', 'pdf', '--chromium', '/nonexistent/chrome', '--deck', exampleDeckDir]), 2, /^bideck: --chromium \/nonexistent\/chrome: not an executable file$/);
	});

	it('a Chromium that fails is reported in one line, exit 1', () => {
		const fake = path.join(work, 'fake-chromium');
		fs.writeFileSync(fake, '#!/bin/sh\necho "something broke" >&2\nexit 3\n', {mode: 0o755});
		expectOneLineError(runCli(['--print', '--format', 'pdf', '--chromium', fake, '--deck', exampleDeckDir]), 1, /^bideck: .*fake-chromium could not print the PDF: exit 3: something broke$/);
	});

	it('refuses to write a PDF to a terminal', () => {
		// `script` gives the command a real terminal as stdout.
		const command = [process.execPath, cliPath, '--print', '--format', 'pdf', '--deck', exampleDeckDir].map(part => `'${part}'`).join(' ');
		const result = spawnSync('script', ['-qec', `${command}; echo "exit=$?"`, '/dev/null'], {encoding: 'utf8', env: {...process.env, LANG: 'en_US.UTF-8'}, timeout: 20_000});
		expect(result.stdout).toMatch(/bideck: --format pdf: not writing a PDF to a terminal \(redirect stdout or use --output FILE\)\r?\nexit=2/);
		expect(result.stdout).not.toContain('%PDF');
	});

	it('--output, --compact and --chromium need --print; an unwritable --output is one line', () => {
		expectOneLineError(runCli(['--output', 'x.pdf']), 2, /^bideck: --output only goes with --print/);
		expectOneLineError(runCli(['--compact']), 2, /^bideck: --compact only goes with --print/);
		expectOneLineError(runCli(['--chromium', '/usr/bin/chromium']), 2, /^bideck: --chromium only goes with --print/);
		expectOneLineError(runCli(['--print', '--format', 'html', '--deck', exampleDeckDir, '--output', path.join(work, 'missing', 'x.html')]), 1, /^bideck: cannot write .*x\.html: no such folder$/);
	});
});
