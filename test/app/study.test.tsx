import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {afterEach, describe, expect, it, onTestFinished} from 'vitest';
import {snippet} from '../../source/present/components/SearchView.js';
import {formatElapsed} from '../../source/present/components/StatusBar.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {withSimplified} from '../../source/deck/simplified.js';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, cliPath, exampleDeckDir, generateDeck, keys, plain, renderApp} from '../helpers.js';

// The study features on the example deck, driven by keys: both languages, search, sources,
// index filter, notes and the timer.

afterEach(() => cleanupApps());
const deckDir = exampleDeckDir;

describe('bilingual view (b)', () => {
	it('puts the languages side by side at 100 columns, point beside point', async () => {
		const app = renderApp({deckDir, slide: 1, columns: 100, rows: 30});
		const lines = plain(await app.press('b'));
		const row = (text: string) => lines.find(line => line.includes(text)) ?? '';
		expect(row('Structure lives in slides/')).toContain('結構放在 slides/');
		expect(row('• The deck declares its languages')).toContain('• 投影片聲明其語言');
		expect(lines.at(-1)).toContain('English + 繁體中文');
		const back = await app.press('b');
		expect(back).not.toContain('結構放在');
	});

	it('stacks them below 100 columns, each point followed by its translation', async () => {
		const app = renderApp({deckDir, slide: 1, columns: 80, rows: 40, language: 'zh-Hant'});
		const lines = plain(await app.press('b'));
		const at = (text: string) => lines.findIndex(line => line.includes(text));
		expect(at('結構放在 slides/')).toBeLessThan(at('Structure lives in slides/'));
		expect(at('• 投影片聲明其語言')).toBeLessThan(at('• The deck declares its languages'));
		expect(at('• The deck declares its languages')).toBeLessThan(at('• 可選的出處'));
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});
});

describe('search (/)', () => {
	it('lists matching slides live, in any language, with the match in context', async () => {
		const app = renderApp({deckDir});
		await app.press('/');
		const typed = await app.press('語', '言');
		expect(typed).toContain('Search: 語言');
		expect(typed).toContain('3 slides match');
		const latin = await app.press(keys.escape, 'L', 'O', 'C', 'A', 'L', 'E', 'S');
		expect(latin).toContain('1 slide matches');
		expect(latin).toContain('Words live in locales/');
		const opened = await app.press(keys.enter);
		expect(opened).toContain('3/3');
		expect(opened).not.toContain('Search:');
	});

	it('↑/↓ choose among results; Esc cancels without moving', async () => {
		const app = renderApp({deckDir});
		await app.press('/', 'd', 'e', 'c', 'k');
		expect(await app.press(keys.down, keys.enter)).toContain('2/3');
		await app.press('/', 'x');
		expect(await app.press(keys.escape, keys.escape)).toContain('2/3');
	});

	it('a pasted CJK query works', async () => {
		const app = renderApp({deckDir});
		expect(await app.press('/', '結構放一處')).toContain('1 slide matches');
	});

	it('keeps the match visible in a long text', () => {
		const {before, match, after} = snippet('一二三四五六七八九十'.repeat(5) + 'AIFC' + ' tail words'.repeat(10), 50, 4, 30);
		expect(match).toBe('AIFC');
		expect(before.startsWith('…')).toBe(true);
		expect(textWidth(before + match + after)).toBeLessThanOrEqual(30);
	});
});

describe('sources (s), notes (n), the index filter and the timer', () => {
	it('s shows, for each point, the section and paragraph it comes from', async () => {
		const app = renderApp({deckDir, slide: 1});
		const sources = await app.press('s');
		expect(sources).toContain('Sources — Structure lives in slides/');
		expect(sources).toContain('↳ How a deck is laid out · paragraph 1');
		expect(sources).toContain('↳ How a deck is laid out · paragraph 2');
		const zh = await app.press('t');
		expect(zh).toContain('↳ 投影片的結構·第1段');
		expect(await app.press('s')).not.toContain('↳');
	});

	it('n shows presenter notes and the source under the slide', async () => {
		const app = renderApp({deckDir, slide: 1});
		const notes = await app.press('n');
		expect(notes).toContain('Notes: Point out that nothing in slides/ is translated.');
		expect(notes).toContain('Source: How a deck is laid out');
	});

	it('typing in the index filters it; Enter opens the one left', async () => {
		const app = renderApp({deckDir});
		await app.press('i');
		const filtered = await app.press('l', 'o', 'c');
		expect(filtered).toContain('Filter: loc');
		expect(filtered).toContain('3  Words live in locales/');
		expect(filtered).not.toContain('2  The author');
		expect(await app.press(keys.enter)).toContain('3/3');
	});

	it('typing a slide number in the index lists that slide, whose title has no digit', async () => {
		const app = renderApp({deckDir});
		await app.press('i');
		const filtered = await app.press('2');
		expect(filtered).toContain('Filter: 2');
		expect(filtered).toContain('2  The author — Structure lives in slides/');
		expect(filtered).not.toContain('Words live in locales/');
		expect(filtered).not.toContain('A minimal deck');
		expect(await app.press(keys.enter)).toContain('2/3');
	});

	it('counts in the chrome agree with the number: 1 slide, 3 slides', async () => {
		const one = generateDeck(1);
		onTestFinished(() => fs.rmSync(one, {recursive: true, force: true}));
		expect(await renderApp({deckDir: one}).press('i')).toContain('Index — 1 slide\u0020');
		expect(await renderApp({deckDir: one, language: 'zh-Hant'}).press('i')).toContain('目錄——共 1 頁');
		expect(await renderApp({deckDir}).press('i')).toContain('Index — 3 slides');
		expect(await renderApp({deckDir}).press('/', 'locales')).toContain('1 slide matches');
		expect(await renderApp({deckDir}).press('/', '語言')).toContain('3 slides match');
		expect(await renderApp({deckDir, language: 'zh-Hant'}).press('/', '語言')).toContain('3 頁相符');
	});

	it('on a 1,000-slide deck the index opens on the current slide and moves from there', async () => {
		const big = generateDeck(1000);
		onTestFinished(() => fs.rmSync(big, {recursive: true, force: true}));
		const app = renderApp({deckDir: big, slide: 749});
		const index = plain(await app.press('i'));
		expect(index.find(line => line.includes('❯'))).toContain('750  Slide number 750');
		const moved = plain(await app.press(keys.down, keys.down));
		expect(moved.find(line => line.includes('❯'))).toContain('752  Slide number 752');
		expect(await app.press(keys.enter)).toContain('752/1000');
	});

	it('the status bar shows the presenter timer', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_000)).toBe('1:05');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
		expect(plain(renderApp({deckDir}).frame()).at(-1)).toMatch(/ 0:0\d /);
	});
});

describe('Simplified Chinese (zh-Hans)', () => {
	it('is converted from the Traditional text with OpenCC', async () => {
		const deck = (await withSimplified(loadDeck(deckDir)))!;
		expect(deck.structure.languages).toEqual(['en', 'zh-Hans']);
		expect(deck.text['zh-Hans']!.slides['structure']!.title).toBe('结构放在 slides/');
		expect(deck.text['zh-Hans']!.slides['words']!.points![1]).toBe('每种语言的页数和要点数目都相同。');
		expect(deck.chrome['zh-Hans']!['language']).toMatchObject({name: '简体中文'});
	});

	it('--lang zh-Hans prints Simplified; 國→国 and 與→与', () => {
		const result = spawnSync(process.execPath, [cliPath, '--print', '--lang', 'zh-Hans'], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('与');
		expect(result.stdout).not.toContain('與');
		expect(result.stdout).not.toContain('國');
	});
});
