import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it, onTestFinished} from 'vitest';
import {textWidth} from '../../source/text/wrap.js';
import {cliPath, deckCopy, editJson, runCli, withEmphasis} from '../helpers.js';

// --print of a deck whose text holds inline Markdown, and --print's wrapping of everything it
// writes (the deck's title and each slide's rule included), through the built CLI.

/** The deck with emphasis, a title too long for one line in both languages, and a long slide title. */
const deck = deckCopy(dir => {
	withEmphasis(dir);
	editJson(dir, 'locales/en/deck.json', text => {
		text.title = 'A **minimal** deck that shows how every part of a bideck deck is written, in two languages, from its title to its notes';
		text.slides.words.title = 'Words live in locales/, one folder for each language the deck is written in, with a deck.json each';
	});
	editJson(dir, 'locales/zh-Hant/deck.json', text => {
		text.title = '最簡單的 bideck 投影片，示範一份投影片由標題到講者備註的每一部分怎樣以兩種語言寫成';
	});
});

// eslint-disable-next-line no-control-regex
const sgr = /\u001B\[[0-9;]*m/g;

/** Runs the CLI in a pseudo-terminal of `columns` columns (util-linux script), as a user's terminal. */
function inTerminal(args: string[], columns: number): string {
	const command = [process.execPath, cliPath, ...args].map(word => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
	const result = spawnSync('script', ['-qfec', `stty cols ${columns} rows 40 && exec ${command}`, '/dev/null'], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8', TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: ''}, timeout: 20_000});
	expect(result.status, result.stderr).toBe(0);
	return result.stdout.replace(/\r\n/g, '\n');
}

describe('--print text of inline emphasis', () => {
	it('piped: the text as it shows, markers removed, every line (title and rules too) within 80 columns', () => {
		const result = runCli(['--print', '--lang', 'both', '--deck', deck]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(80);
		expect(result.stdout).not.toMatch(sgr);
		expect(result.stdout).toContain('slides/deck.json lists the slides in order, with no words in it.');
		expect(result.stdout).toContain('Each slide has an id and a kind:');
		expect(result.stdout.replace(/\s+/g, ' ')).toContain('a literal * stays');
		expect(result.stdout).not.toMatch(/\*\*|`|\\\*/);
		// The title, wrapped, is all there: both languages, word for word.
		const title = lines.slice(0, lines.indexOf('')).join(' ');
		expect(title.replace(/ /g, '')).toBe('A minimal deck that shows how every part of a bideck deck is written, in two languages, from its title to its notes / 最簡單的 bideck 投影片，示範一份投影片由標題到講者備註的每一部分怎樣以兩種語言寫成'.replace(/ /g, ''));
		expect(lines[0]!.length).toBeGreaterThan(60);
	});

	it('in a terminal 50 columns wide: every line within 50, the rules too, emphasis drawn in bold, italic and on grey', () => {
		const out = inTerminal(['--print', '--lang', 'both', '--deck', deck], 50);
		const lines = out.split('\n');
		for (const line of lines) expect(textWidth(line.replace(sgr, '')), line).toBeLessThanOrEqual(50);
		const rules = lines.map(line => line.replace(sgr, '')).filter(line => line.startsWith('── '));
		expect(rules).toHaveLength(6);
		for (const rule of rules) expect(textWidth(rule)).toBe(50);
		expect(out).toMatch(/\u001B\[1[;0-9]*min order\u001B\[0m/);
		expect(out).toMatch(/\u001B\[3[;0-9]*mno words\u001B\[0m/);
		expect(out).toMatch(/\u001B\[100mid\u001B\[0m/);
		expect(out).not.toMatch(/\*\*|`/);
	});

	it('--no-color in a terminal: plain text, no code at all', () => {
		const out = inTerminal(['--print', '--no-color', '--deck', deck], 60);
		expect(out).not.toMatch(sgr);
		expect(out).toContain('lists the slides in order, with no words');
	});

	it('a rule whose header is wider than a narrow terminal wraps, never overflows', () => {
		const out = inTerminal(['--print', '--lang', 'both', '--deck', deck], 12).replace(sgr, '');
		for (const line of out.split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(12);
		expect(out).toContain('── 1/3 ·');
	});
});

describe('--print --format html of inline emphasis', () => {
	const hostile = deckCopy(dir => {
		withEmphasis(dir);
		editJson(dir, 'locales/en/deck.json', text => {
			text.title = 'A **minimal** deck';
			text.slides.words.points[1] = 'Tags stay text: **<b>bold</b>** and `<script>alert(1)</script>` & *"quotes"*';
		});
	});

	it('renders bold, italic and code as <strong>, <em> and <code>, their text escaped', () => {
		const result = runCli(['--print', '--format', 'html', '--lang', 'both', '--deck', hostile]);
		expect(result.stderr).toBe('');
		// Each run is a span of its style: looked at without them.
		const html = result.stdout.replace(/<\/?span[^>]*>/g, '');
		expect(html).toContain('<strong>in order</strong>');
		expect(html).toContain('<em>no words</em>');
		expect(html).toContain('<code>id</code>');
		expect(html).toContain('<strong><em>every word</em></strong>');
		expect(html).toContain('<strong>按次序</strong>');
		expect(html).toContain('<strong>&#60;b&#62;bold&#60;/b&#62;</strong> and <code>&#60;script&#62;alert(1)&#60;/script&#62;</code> &#38; <em>&#34;quotes&#34;</em>');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		// The notes and the title of the page too; the <title> is text only.
		expect(html).toContain('<em>nothing</em> in <code>slides/</code> is translated');
		expect(html).toContain('<title>A minimal deck · 最簡單的 bideck 投影片</title>');
		expect(html).toContain('<h1>A <strong>minimal</strong> deck');
		expect(html).not.toMatch(/\*\*|`/);
	});
});

describe('validate: the fit check counts what shows', () => {
	// 17 lines of 74 columns as shown: with the title, its blank line and the second point, the
	// words slide fills the 20 rows of 80×24 exactly. Each line holds four marker characters more;
	// counted, they would make every line wrap.
	const line = (bold: string) => `${bold}${'a'.repeat(20)}${bold} ${'b'.repeat(53)}`;
	const withPoint = (bold: string) =>
		deckCopy(dir =>
			editJson(dir, 'locales/en/deck.json', text => {
				text.slides.words.points[0] = Array.from({length: 17}, () => line(bold)).join('\n');
			}),
		);

	it('a slide that fits once its markers are gone is clean', () => {
		const result = runCli(['validate', withPoint('**')]);
		expect(result.stdout).toMatch(/no problems/);
		expect(result.code).toBe(0);
	});

	it('the same slide with the stars shown (escaped) does not fit', () => {
		const result = runCli(['validate', withPoint('\\*\\*')]);
		expect(result.stdout).toMatch(/does not fit 80×24/);
		expect(result.code).toBe(1);
	});
});

describe('inline emphasis in a Markdown deck', () => {
	it("the starter's **Bold**, *italic* and `code` print without markers and become tags in HTML", () => {
		const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-md-inline-')), 'deck');
		onTestFinished(() => fs.rmSync(path.dirname(dir), {recursive: true, force: true}));
		expect(runCli(['new', dir, '--lang', 'en,zh-Hant']).code).toBe(0);
		const text = runCli(['--print', '--lang', 'en', '--deck', dir]);
		expect(text.stderr).toBe('');
		expect(text.stdout).toContain('• Bold, italic and code work inside any text');
		expect(text.stdout).toContain('• deck — a folder with one file per language');
		expect(text.stdout).not.toMatch(/\*\*|`/);
		const html = runCli(['--print', '--format', 'html', '--lang', 'en', '--deck', dir]).stdout.replace(/<\/?span[^>]*>/g, '');
		expect(html).toContain('<strong>Bold</strong>, <em>italic</em> and <code>code</code> work inside any text');
	});
});
