import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it, onTestFinished} from 'vitest';
import {cliPath, exampleDeckDir, generateDeck} from '../helpers.js';
import {textWidth} from '../../source/text/wrap.js';

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8', ...env}, timeout: 10_000});

describe('bideck --print', () => {
	it('writes the whole deck as text wrapped to 80 columns when piped, without colour', () => {
		const result = run(['--print', '--deck', exampleDeckDir, '--lang', 'en']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('A minimal deck');
		expect(result.stdout).toContain('── 3/3 ');
		expect(result.stdout).not.toContain('\u001B');
		for (const line of result.stdout.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});

	it('--lang both puts each slide in both languages, one after the other', () => {
		const result = run(['--print', '--deck', exampleDeckDir, '--lang', 'both']);
		const english = result.stdout.indexOf('Structure lives in slides/');
		const chinese = result.stdout.indexOf('結構放在 slides/');
		const next = result.stdout.indexOf('Words live in locales/');
		expect(english).toBeGreaterThan(0);
		expect(chinese).toBeGreaterThan(english);
		expect(next).toBeGreaterThan(chinese);
	});

	it('Markdown: a heading per slide, points as a list, notes as a quote', () => {
		const result = run(['--print', '--format', 'markdown', '--deck', exampleDeckDir, '--lang', 'zh']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^# 最簡單的 bideck 投影片$/m);
		expect(result.stdout).toMatch(/^## 2\. 結構放在 slides\/$/m);
		expect(result.stdout).toMatch(/^- 投影片聲明其語言；按 t 依此次序循環切換。$/m);
		// The full-width colon follows the bold (CommonMark closes ** before it) and needs no space.
		expect(result.stdout).toMatch(/^> \*\*講者備註\*\*：指出 slides\/ 中沒有需要翻譯的內容。$/m);
		expect(result.stdout).toMatch(/^- locales\/\\<語言\\>\/deck\.json/m);
	});

	it('a bad --format or --format without --print is a usage error', () => {
		expect(run(['--print', '--format', 'pdf2']).stderr).toMatch(/^bideck: --format pdf2: use text, markdown, html or pdf \(see bideck --help\)\n$/);
		expect(run(['--format', 'text']).status).toBe(2);
	});

	it('ends quietly when the reader stops early (EPIPE), with 141 as cat has there', async () => {
		// A deck far larger than a pipe's buffer, so the reader closes while bideck still writes.
		const dir = generateDeck(2000);
		const child = spawn(process.execPath, [cliPath, '--print', '--lang', 'both', '--deck', dir], {stdio: ['ignore', 'pipe', 'pipe']});
		let stderr = '';
		child.stderr.on('data', chunk => (stderr += chunk));
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise(resolve => child.on('close', resolve));
		fs.rmSync(dir, {recursive: true, force: true});
		expect(stderr).toBe('');
		expect(code).toBe(141); // 128 + SIGPIPE: output was lost, as io/output.ts explains
	});
});

describe('bideck validate', () => {
	it('the example deck is clean: exit 0 and a summary', () => {
		const result = run(['validate', exampleDeckDir]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/: 3 slides in en, zh-Hant: no problems\n$/);
	});

	it('the built-in deck passes validate', () => {
		const result = run(['validate']);
		expect(result.stdout).toMatch(/no problems\n$/);
		expect(result.status).toBe(0);
	});

	it('a missing folder: the problem and a summary, exit 1', () => {
		const result = run(['validate', '/nonexistent/deck']);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('/nonexistent/deck: deck folder not found\n/nonexistent/deck: 1 problem\n');
	});

	it('a slide too long for 80×24 is a problem, in each language it is too long in', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-long-'));
		onTestFinished(() => fs.rmSync(dir, {recursive: true, force: true}));
		fs.cpSync(exampleDeckDir, dir, {recursive: true});
		const lengthen = (language: string) => {
			const file = path.join(dir, 'locales', language, 'deck.json');
			const text = JSON.parse(fs.readFileSync(file, 'utf8'));
			text.slides.words.points[0] = 'A point far too long to fit. '.repeat(60);
			fs.writeFileSync(file, JSON.stringify(text));
		};
		lengthen('en');
		const one = run(['validate', dir]);
		expect(one.status).toBe(1);
		// (Not also a warning for the bilingual view: a slide too long alone is not laid out there.)
		expect(one.stdout).toMatch(/^.*locales\/en\/deck\.json:\d+:\d+: slide 3 "words": does not fit 80×24: needs \d+ rows, 20 available \(shorten it or split it into parts\)\n.*: 1 problem\n$/);
		lengthen('zh-Hant');
		const two = run(['validate', dir]);
		expect(two.stdout).toMatch(/zh-Hant\/deck\.json:\d+:\d+: slide 3 "words": does not fit 80×24/);
		expect(two.stdout).toMatch(/: 2 problems\n$/);
		expect(run(['validate', dir], {LANG: 'zh_TW.UTF-8'}).stdout).toMatch(/：2 個問題\n$/);
	});

	it('the summary counts slides in the singular and the plural', () => {
		const one = generateDeck(1);
		onTestFinished(() => fs.rmSync(one, {recursive: true, force: true}));
		expect(run(['validate', one]).stdout).toMatch(/: 1 slide in en, zh-Hant: no problems\n$/);
		expect(run(['validate', one], {LANG: 'zh_TW.UTF-8'}).stdout).toMatch(/：共 1 頁，語言 en, zh-Hant：沒有問題\n$/);
	});
});
