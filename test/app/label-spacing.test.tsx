import {afterEach, describe, expect, it} from 'vitest';
import {createI18n} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {exportDeck} from '../../source/text/export.js';
import {exportMarkdown} from '../../source/text/export-markdown.js';
import {isFullWidthPunctuation, joinText, separatorBetween} from '../../source/text/join.js';
import {contentWidth, layoutSlide, lineText} from '../../source/text/layout.js';
import {slideContent} from '../../source/deck/slide-content.js';
import {cleanupApps, keys, plain, renderApp, root} from '../helpers.js';

// Where a label meets text (title and part, speaker and role, term and gloss, a label and its
// value), a half-width space never stands beside full-width punctuation: 「詞彙表（1/2）」, not
// 「詞彙表 （1/2）」. English keeps its spaces: "Glossary (1/2)".

afterEach(() => cleanupApps());

const deck = loadDeck(root);
const i18n = createI18n(deck);
const glossary = deck.structure.slides.findIndex(slide => slide.id === 'glossary-1');

/** A half-width space between a character and full-width punctuation; indentation, the bullet
 * "• " and Markdown's list marker "- " are layout, not a join. */
const badSpace = /(?<=[^\s•│])[ ](?=[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65])|(?<=[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65])[ ](?=[^\s│])/;
const offending = (lines: string[]) => lines.filter(line => badSpace.test(line.replace(/^(\s*)- /, '$1  ')));

describe('joining a label to text', () => {
	it('drops the separator\'s space on a side that meets full-width punctuation, and only there', () => {
		expect(joinText('詞彙表', ' ', '（1/2）')).toBe('詞彙表（1/2）');
		expect(joinText('Glossary', ' ', '(1/2)')).toBe('Glossary (1/2)');
		expect(joinText('何力治', ' — ', '「一帶一路」專員')).toBe('何力治 —「一帶一路」專員');
		expect(joinText('數據沙箱（data sandbox）', ' — ', '數據')).toBe('數據沙箱（data sandbox）— 數據');
		expect(joinText('搜尋：', ' ', '黃金')).toBe('搜尋：黃金');
		expect(joinText('張國義', ' — ', '香港大公文匯傳媒集團')).toBe('張國義 — 香港大公文匯傳媒集團');
		expect(separatorBetween('Notes:', ' ', 'text')).toBe(' ');
		expect([...'「」（），。、：；！？／'].every(isFullWidthPunctuation)).toBe(true);
		expect([...'中a1Ａ１—…·'].some(isFullWidthPunctuation)).toBe(false);
	});

	it('a part slide\'s title: 「詞彙表（1/2）」 in Chinese, "Glossary (1/2)" in English', () => {
		const title = (language: string) => lineText(layoutSlide(slideContent(deck, i18n, language, glossary), contentWidth(80))[0]!);
		expect(title('zh-Hant')).toBe('詞彙表（1/2）');
		expect(title('en')).toBe('Glossary (1/2)');
	});

	it('the whole deck exported in Chinese, as text and as Markdown, has no such space', () => {
		const text = exportDeck(deck, i18n, {languages: ['zh-Hant'], width: 80, color: false});
		expect(offending(text.split('\n'))).toEqual([]);
		const markdown = exportMarkdown(deck, i18n, ['zh-Hant']);
		// Markdown's own marks ("# ", "- ", "> ", a comment's "<!-- notes: " and " -->") are syntax, not joins.
		const syntax = (line: string) => line.replace(/^(#{1,3} |[-*] |> |<!-- notes: )/, '').replace(/ -->$/, '');
		expect(offending(markdown.split('\n').map(syntax))).toEqual([]);
		expect(markdown).toContain('\n# 「樞紐對樞紐」，築數字護城河\n');
		expect(markdown).toContain('\n### 何力治 —「一帶一路」專員\n');
		expect(markdown).toContain('\n- **一帶一路（Belt and Road）**— ');
		expect(exportMarkdown(deck, i18n, ['en'])).toContain('\n<!-- notes: Zhang set the tone');
	});

	it('on screen in Chinese: slides, the index and the search line have no such space', async () => {
		const app = renderApp({language: 'zh-Hant', columns: 100, rows: 40});
		for (let index = 0; index < deck.structure.slides.length; index++) {
			expect(offending(plain(app.frame())), `slide ${index + 1}`).toEqual([]);
			await app.press(keys.right);
		}
		const index = plain(await app.press('i'));
		expect(index.join('\n')).toContain('吳傑莊 —「樞紐對樞紐」，築數字護城河');
		expect(offending(index)).toEqual([]);
		const search = plain(await app.press(keys.escape, keys.escape, '/', '黃金'));
		expect(search.join('\n')).toContain('搜尋：黃金');
		expect(offending(search)).toEqual([]);
	});

	it('the index tells the parts of a slide apart: 詞彙表（1/2） and 詞彙表（2/2）', async () => {
		const app = renderApp({language: 'zh-Hant', columns: 100, rows: 40});
		const index = plain(await app.press('i')).join('\n');
		expect(index).toContain('詞彙表（1/2）');
		expect(index).toContain('詞彙表（2/2）');
		await app.press(keys.escape, 't', 'i');
		const english = plain(app.frame()).join('\n');
		expect(english).toContain('Glossary (1/2)');
		expect(english).toContain('Glossary (2/2)');
	});
});

