import {afterEach, describe, expect, it} from 'vitest';
import {chromeFor, slideText} from '../../source/deck/i18n.js';
import {helpRows} from '../../source/present/components/HelpView.js';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, keys, plain, renderApp} from '../helpers.js';
import {createI18n} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {root} from '../helpers.js';

// The built-in forum deck, driven by real key sequences; expected text comes from its locale files.
const deck = loadDeck(root);
const i18n = createI18n(deck);
const ids = deck.structure.slides.map(slide => slide.id);
const text = (language: string, index: number) => slideText(i18n, language, ids[index]!);
/** The first wrapped words of a slide's title: enough to recognise it in a frame. */
const titleStart = (language: string, index: number) => [...text(language, index).title].slice(0, 8).join('');

afterEach(() => cleanupApps());

describe('the presenter, driven by keys', () => {
	it('→ and ← change the slide; Home and End go to the ends', async () => {
		const app = renderApp({language: 'en'});
		expect(app.frame()).toContain(titleStart('en', 0));
		expect(app.frame()).toContain(`1/${ids.length}`);
		expect(await app.press(keys.right)).toContain(titleStart('en', 1));
		expect(app.frame()).toContain(`2/${ids.length}`);
		expect(await app.press(keys.right, keys.left)).toContain(titleStart('en', 1));
		expect(await app.press(keys.end)).toContain(`${ids.length}/${ids.length}`);
		expect(app.frame()).toContain(titleStart('en', ids.length - 1));
		expect(await app.press(keys.home)).toContain(titleStart('en', 0));
	});

	it('t shows the same slide in Chinese, and t again in English', async () => {
		const app = renderApp({language: 'en'});
		await app.press(keys.right, keys.right);
		const chinese = await app.press('t');
		expect(chinese).toContain(titleStart('zh-Hant', 2));
		expect(chinese).toContain('繁體中文');
		expect(chinese).toContain(`3/${ids.length}`);
		const english = await app.press('t');
		expect(english).toContain(titleStart('en', 2));
		expect(english).toContain('English');
	});

	it('the index opens on the current slide; Enter on another entry shows that slide', async () => {
		const app = renderApp({language: 'en'});
		await app.press(keys.right);
		const index = await app.press('i');
		expect(index).toContain('Index');
		const pointer = plain(index).find(line => line.includes('❯'));
		expect(pointer).toContain(`2  `);
		await app.press(keys.down, keys.down);
		const shown = await app.press(keys.enter);
		expect(shown).toContain(`4/${ids.length}`);
		expect(shown).toContain(titleStart('en', 3));
		expect(shown).not.toContain('Index');
	});

	it('Esc closes the index without moving', async () => {
		const app = renderApp({language: 'zh-Hant', slide: 2});
		expect(await app.press('i')).toContain('目錄');
		await app.press(keys.down);
		const closed = await app.press(keys.escape);
		expect(closed).not.toContain('目錄——');
		expect(closed).toContain(`3/${ids.length}`);
	});

	it('? lists the keys in the current language; Esc closes it', async () => {
		const app = renderApp({language: 'zh-Hant'});
		const help = await app.press('?');
		expect(help).toContain('按鍵');
		expect(help).toContain('切換語言');
		const english = await app.press('t');
		expect(english).toContain('switch language');
		expect(await app.press(keys.escape)).toContain(titleStart('en', 0));
	});

	it('help lists every key at 80×24, in both languages', async () => {
		for (const language of ['en', 'zh-Hant']) {
			const app = renderApp({language});
			const help = await app.press('?');
			for (const [keys, description] of helpRows(chromeFor(i18n, language))) {
				expect(help).toContain(keys);
				expect(help).toContain(description);
			}
			app.unmount();
		}
	});

	it('digits then Enter jump to a slide number', async () => {
		const app = renderApp({language: 'en'});
		const typing = await app.press('5');
		expect(typing).toContain('Go to slide: 5');
		expect(await app.press(keys.enter)).toContain(`5/${ids.length}`);
	});

	it('n shows presenter notes under the slide', async () => {
		const index = deck.structure.slides.findIndex(slide => slide.kind === 'speaker');
		const app = renderApp({language: 'en', slide: index});
		const notes = await app.press('n');
		expect(notes).toContain('Notes:');
		expect(notes).toContain([...text('en', index).notes!].slice(0, 20).join(''));
	});

	it('below 40×12 asks for a larger terminal, in the current language', async () => {
		expect(renderApp({language: 'en', columns: 39, rows: 20}).frame()).toContain('Terminal too small');
		expect(renderApp({language: 'zh-Hant', columns: 60, rows: 11}).frame()).toContain('終端機視窗太小');
	});

	it('too small, q quits as the message says, even over the index (it is not typed into the filter)', async () => {
		const app = renderApp({language: 'en', columns: 80, rows: 24});
		await app.press('i');
		app.stdout.resize(30, 10);
		await app.waitFor('Press q to quit');
		await app.press('q');
		await app.waitForExit();
		expect(app.frame()).toContain('Terminal too small');
	});

	it('a resized terminal is redrawn at its new size', async () => {
		const app = renderApp({language: 'en', columns: 160, rows: 45});
		const fits = (columns: number, rows: number) => (frame: string) => {
			const lines = plain(frame);
			return lines.length <= rows - 1 && lines.every(line => textWidth(line) <= columns) && lines.some(line => textWidth(line) === columns);
		};
		await app.waitFor(fits(160, 45));
		app.stdout.resize(57, 19);
		expect(await app.waitFor(fits(57, 19))).toContain(`1/${ids.length}`);
		app.stdout.resize(39, 19);
		await app.waitFor('Terminal too small');
	});

	it('the presenter timer counts the seconds without a key being pressed', async () => {
		const app = renderApp({language: 'en'});
		expect(plain(app.frame()).at(-1)).toMatch(/ 0:00 /);
		await app.waitFor(frame => / 0:01 /.test(plain(frame).at(-1) ?? ''), 3000);
	});

	it('no frame is wider than the terminal, at any size, in either language', async () => {
		for (const [columns, rows] of [[80, 24], [40, 12], [57, 19], [160, 45]] as const) {
			for (const language of ['en', 'zh-Hant']) {
				const app = renderApp({language, columns, rows});
				for (let slide = 0; slide < ids.length; slide++) {
					const lines = plain(app.frame());
					expect(lines.length, `${language} ${columns}×${rows} slide ${slide + 1}`).toBeLessThanOrEqual(rows - 1);
					for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
					await app.press(keys.right);
				}
				app.unmount();
			}
		}
	});
});

describe('several keys in one read (fast typing, key repeat)', () => {
	it('two Backspaces erase two digits, and two characters of the index filter', async () => {
		const app = renderApp({language: 'en'});
		expect(await app.press('1', '2')).toContain('Go to slide: 12');
		const erased = await app.press(keys.backspace.repeat(2));
		expect(erased).not.toContain('Go to slide');
		expect(erased).toContain(`1/${ids.length}`);
		await app.press('i', 'a', 'b', 'c');
		expect(await app.press(keys.backspace.repeat(2))).toContain('Filter: a▏');
	});

	it('two Escs close two levels: the filter is cleared, then the index closes', async () => {
		const app = renderApp({language: 'en', slide: 2});
		expect(await app.press('i', 'x')).toContain('Filter: x');
		const closed = await app.press(keys.escape.repeat(2));
		expect(closed).not.toContain('Index —');
		expect(closed).toContain(`3/${ids.length}`);
		await app.press('/', 'x');
		expect(await app.press(keys.escape.repeat(2))).not.toContain('Search:');
	});

	it('t t switches the language twice, and → → → moves three slides', async () => {
		const app = renderApp({language: 'en'});
		// The status bar names the language shown after its rule: "1/19 ─── English  0:00 …".
		const shown = (frame: string) => /─ (\S+) /.exec(plain(frame).at(-1) ?? '')?.[1];
		expect(shown(await app.press('tt'))).toBe('English');
		expect(shown(await app.press('ttt'))).toBe('繁體中文');
		expect(await app.press(keys.right.repeat(3))).toContain(`4/${ids.length}`);
	});
});
