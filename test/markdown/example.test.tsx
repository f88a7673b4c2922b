import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadAnyDeck} from '../../source/deck/open-deck.js';
import {cleanupApps, keys, plain, renderApp, root, runCli} from '../helpers.js';
import {filesIn, markdownAgain} from './folders.js';

// examples/three-languages: a Markdown deck in English, Traditional Chinese and Japanese, written
// from the README's description. It validates clean, presents, searches and exports.

const dir = path.join(root, 'examples', 'three-languages');

afterEach(() => cleanupApps());

describe('examples/three-languages', () => {
	it('validates clean in one run', () => {
		const result = runCli(['validate', dir]);
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toMatch(/: 12 slides in en, zh-Hant, ja: no problems\n$/);
	});

	it('uses every kind, parts, a glossary and inline emphasis', async () => {
		const deck = await loadAnyDeck(dir);
		expect(new Set(deck.structure.slides.map(slide => slide.kind))).toEqual(new Set(['title', 'overview', 'section', 'speaker', 'content', 'synthesis', 'glossary', 'appendix']));
		expect(deck.structure.slides.filter(slide => slide.part !== undefined)).toHaveLength(4);
		expect(deck.text['ja']!.slides['glossary-1']!.entries![0]).toEqual({term: '運転間隔', text: '同じ路線の二本の電車の間の時間'});
		expect(JSON.stringify(deck.text['en'])).toMatch(/\*\*[^*]+\*\*.*\*[^*]+\*.*`[^`]+`/);
	});

	it('presents at 80×24: emphasis shown without its markers, t to Japanese, a search that finds a word', async () => {
		const app = renderApp({deck: await loadAnyDeck(dir), language: 'en', slide: 3});
		const slide = plain(app.frame()).join('\n');
		expect(slide).toContain('Mira Okafor — driver on Line 3 for twenty years');
		expect(slide).toContain('A tram carries three times as many riders as a bus');
		expect(slide).not.toContain('**');
		expect(plain(await app.press('tt')).join('\n')).toContain('ミラ・オカフォー');
		const found = plain(await app.press('/', 'catenary')).join('\n');
		expect(found).toContain('1 slide matches');
		// Shown in the language on screen (Japanese), the match in the language it was found in.
		expect(found).toContain('用語集 (1/2)');
		expect(found).toContain('catenary — the overhead wire that powers the tram');
		await app.press(keys.escape);
	});

	it('exports as text, Markdown (its own files again) and HTML', () => {
		const text = runCli(['--print', '--deck', dir, '--lang', 'zh-Hant']);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('一輛電車的載客量是巴士的三倍');
		const markdown = runCli(['--print', '--format', 'markdown', '--deck', dir, '--lang', 'all']);
		expect(markdown.code).toBe(0);
		const files = filesIn(dir);
		for (const language of ['en', 'zh-Hant', 'ja']) expect(markdown.stdout).toContain(files[`deck.${language}.md`]!);
		const html = runCli(['--print', '--format', 'html', '--deck', dir, '--lang', 'all']);
		expect(html.code).toBe(0);
		expect(html.stdout).toContain('<strong>三倍</strong>');
		expect(html.stdout).toContain('<code>7A</code>');
	});

	it('is written as the writer writes: Markdown → JSON → Markdown gives its files back', () => {
		expect(markdownAgain(dir)).toEqual(filesIn(dir));
	});
});
