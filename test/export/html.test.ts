import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, exampleDeckDir, root} from '../helpers.js';
import {Browser, chromiumPath, type PageReport} from './chromium.js';

// The HTML handout as a reader sees it: opened in a real headless Chromium at a phone's and a
// desktop's width, with every request and console/CSP message recorded.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-html-'));
let browser: Browser;
beforeAll(async () => {
	browser = await Browser.launch();
}, 30_000);
afterAll(async () => {
	await browser?.close();
	fs.rmSync(work, {recursive: true, force: true});
});

function exportTo(name: string, args: string[]): string {
	const result = spawnSync(process.execPath, [cliPath, '--print', '--format', 'html', ...args], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8'}, timeout: 20_000});
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	const file = path.join(work, name);
	fs.writeFileSync(file, result.stdout);
	return file;
}

/** Every slide's title per language, read from the deck's own files (not through bideck). */
function deckTitles(dir: string): Record<string, string[]> {
	const structure = JSON.parse(fs.readFileSync(path.join(dir, 'slides', 'deck.json'), 'utf8')) as {languages: string[]; slides: Array<{id: string}>};
	return Object.fromEntries(
		structure.languages.map(language => {
			const text = JSON.parse(fs.readFileSync(path.join(dir, 'locales', language, 'deck.json'), 'utf8')) as {slides: Record<string, {title: string}>};
			return [language, structure.slides.map(slide => text.slides[slide.id]!.title)];
		}),
	);
}

async function open(file: string, width: number): Promise<PageReport> {
	return browser.open(pathToFileURL(file).href, width);
}

/** Nothing loaded but the page itself, nothing failed, nothing logged (no CSP violation). */
function expectSelfContained(page: PageReport, file: string) {
	expect(page.requests).toEqual([pathToFileURL(file).href]);
	expect(page.failed).toEqual([]);
	expect(page.log).toEqual([]);
}

// A deck whose words are longer than a phone is wide (a URL, a run of CJK without punctuation).
const longWords = path.join(work, 'long-words');
fs.cpSync(exampleDeckDir, longWords, {recursive: true});
for (const language of ['en', 'zh-Hant']) {
	const file = path.join(longWords, 'locales', language, 'deck.json');
	const deck = JSON.parse(fs.readFileSync(file, 'utf8'));
	deck.slides.structure.title = `https://example.org/${'a-very-long-path-segment'.repeat(8)}`;
	deck.slides.structure.points[0] = '香港'.repeat(120);
	deck.slides.structure.speaker = 'X'.repeat(150);
	fs.writeFileSync(file, JSON.stringify(deck));
}

const decks = [
	['the forum deck', root],
	['examples/minimal', exampleDeckDir],
	['a deck with very long words', longWords],
] as const;

describe.each(decks)('--format html of %s, in Chromium', (name, dir) => {
	const file = () => path.join(work, `${path.basename(dir)}-all.html`);
	beforeAll(() => {
		exportTo(path.basename(file()), ['--lang', 'all', '--deck', dir]);
	});

	it('every slide has its title in each language, tagged with that language, and a contents link', async () => {
		const page = await open(file(), 1280);
		expectSelfContained(page, file());
		const titles = deckTitles(dir);
		const languages = Object.keys(titles);
		const count = titles[languages[0]!]!.length;
		const shown = await page.evaluate<Record<string, string[]>>(`(() => {
			const out = {};
			for (const language of ${JSON.stringify(languages)}) out[language] = [...document.querySelectorAll('section.slide')].map(s => s.querySelector('h2[lang="' + language + '"]')?.textContent ?? '');
			return out;
		})()`);
		for (const language of languages) {
			expect(shown[language]).toHaveLength(count);
			shown[language]!.forEach((title, index) => expect(title).toContain(titles[language]![index]));
		}
		const links = await page.evaluate<string[]>(`[...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href'))`);
		expect(links).toEqual(Array.from({length: count}, (_, index) => `#slide-${index + 1}`));
		expect(await page.evaluate<number>(`document.querySelectorAll('script, img, iframe, object, embed, link').length`)).toBe(0);
	});

	it.each([375, 1280])('nothing overflows sideways at %i px', async width => {
		const page = await open(file(), width);
		const overflow = await page.evaluate<{scroll: number; client: number; wide: string[]}>(`({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
			wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(e => e.outerHTML.slice(0, 80)),
		})`);
		expect(overflow.client).toBe(width);
		expect(overflow.wide).toEqual([]);
		expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
	});

	it('languages stand side by side on a desktop and stack on a phone', async () => {
		const placement = `(() => {
			const [a, b] = document.querySelectorAll('#slide-2 .row.group-list')[0].children;
			const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
			return {sameRow: Math.abs(ra.top - rb.top) < 1, below: rb.top >= ra.bottom - 0.5};
		})()`;
		expect(await (await open(file(), 1280)).evaluate(placement)).toEqual({sameRow: true, below: false});
		expect(await (await open(file(), 375)).evaluate(placement)).toEqual({sameRow: false, below: true});
	});
});

describe('--format html details, in Chromium', () => {
	it('the appendix has a yellow border and a black-on-yellow marker; Chinese text uses a Traditional Chinese font', async () => {
		const file = exportTo('forum.html', ['--lang', 'all']);
		const page = await open(file, 1280);
		const looks = await page.evaluate<{border: string; normal: string; marker: {color: string; background: string}; font: string}>(`(() => {
			const appendix = document.querySelector('section.slide.appendix');
			const marker = getComputedStyle(appendix.querySelector('.s-marker'));
			return {
				border: getComputedStyle(appendix).borderTopColor,
				normal: getComputedStyle(document.querySelector('section.slide.speaker')).borderTopColor,
				marker: {color: marker.color, background: marker.backgroundColor},
				font: getComputedStyle(document.querySelector('h2[lang="zh-Hant"]')).fontFamily,
			};
		})()`);
		expect(looks.border).toBe('rgb(242, 194, 0)');
		expect(looks.normal).not.toBe(looks.border);
		expect(looks.marker).toEqual({color: 'rgb(0, 0, 0)', background: 'rgb(242, 194, 0)'});
		expect(looks.font.split(',')[0]).toMatch(/TC|HK/);
	});

	it('a speaker slide shows speaker, role, thesis, each point with its source, the quote and the notes', async () => {
		const file = exportTo('minimal-en.html', ['--lang', 'en', '--deck', exampleDeckDir]);
		const page = await open(file, 1280);
		const text = await page.evaluate<string>(`document.querySelector('#slide-2').innerText`);
		expect(text).toContain('The author — whoever writes the deck');
		expect(text).toContain('slides/deck.json lists the slides in order');
		expect(text).toMatch(/Each slide has an id and a kind[^\n]*\n↳ How a deck is laid out · paragraph 1/);
		expect(text).toMatch(/Optional references point each point[^\n]*\n↳ How a deck is laid out · paragraph 2/);
		expect(text).toContain('“Structure in one place, words in another”');
		expect(text).toContain('Notes: Point out that nothing in slides/ is translated.');
		expect(await page.evaluate(`document.documentElement.lang`)).toBe('en');
		expect(await page.evaluate(`document.querySelectorAll('[lang="zh-Hant"]').length`)).toBe(0);
	});

	it('a hostile deck: markup in its text is shown as text, nothing runs or loads', async () => {
		const payloads = ['<script>window.ran = 1</script>', '"><img src=x onerror="window.ran=2">', "'><iframe src=http://127.0.0.1:9/>", '<style>body{display:none}</style>', '&lt;b&gt;'];
		const dir = path.join(work, 'hostile');
		fs.cpSync(exampleDeckDir, dir, {recursive: true});
		for (const language of ['en', 'zh-Hant']) {
			const deckFile = path.join(dir, 'locales', language, 'deck.json');
			const deck = JSON.parse(fs.readFileSync(deckFile, 'utf8'));
			deck.title = `Deck ${payloads.join(' ')}`;
			deck.sections.format = payloads[1];
			for (const slide of Object.values<Record<string, unknown>>(deck.slides)) {
				slide['title'] = `Title ${payloads.join(' ')}`;
				slide['notes'] = payloads.join(' ');
				if (Array.isArray(slide['points'])) slide['points'] = (slide['points'] as string[]).map(point => `${point} ${payloads[0]}`);
			}
			fs.writeFileSync(deckFile, JSON.stringify(deck));
		}
		const file = exportTo('hostile.html', ['--lang', 'both', '--deck', dir]);
		const page = await open(file, 1280);
		expectSelfContained(page, file);
		expect(await page.evaluate(`window.ran === undefined`)).toBe(true);
		expect(await page.evaluate(`document.querySelectorAll('script, img, iframe').length`)).toBe(0);
		expect(await page.evaluate(`getComputedStyle(document.body).display`)).toBe('block');
		const title = await page.evaluate<string>(`document.querySelector('#slide-1 h2[lang="en"]').textContent`);
		expect(title).toBe(`Title ${payloads.join(' ')}`);
		expect(await page.evaluate(`document.title`)).toContain(payloads[0]);
		expect(await page.evaluate<string>(`document.querySelector('#slide-2 .refs').textContent`)).toContain(payloads[1]);
	});

	it('the Content-Security-Policy itself stops a script and a request that got into the page', async () => {
		// As if escaping had failed: raw markup after the real page's head.
		const html = fs.readFileSync(exportTo('clean.html', ['--deck', exampleDeckDir]), 'utf8').replace('<main>', '<main><script>window.ran = 1</script><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="http://127.0.0.1:9/x.css">');
		const file = path.join(work, 'injected.html');
		fs.writeFileSync(file, html);
		const page = await open(file, 1280);
		expect(await page.evaluate(`window.ran === undefined`)).toBe(true);
		expect(page.failed.sort()).toEqual(['http://127.0.0.1:9/x.css csp', 'http://127.0.0.1:9/x.png csp']);
		expect(page.log.join('\n')).toMatch(/Content Security Policy/);
		// The page's own stylesheet is allowed (by its hash).
		expect(await page.evaluate(`getComputedStyle(document.querySelector('.slide')).borderTopStyle`)).toBe('solid');
	});
});

it('Chromium is installed for these tests', () => {
	expect(chromiumPath, 'apt-get install chromium (see .ci/run)').toBeDefined();
});
