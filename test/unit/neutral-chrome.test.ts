import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root} from '../helpers.js';

// The program's own labels (locales/<lang>/ui.json: UI chrome, hints, help, CLI messages) serve
// any deck: nothing in them may belong to the built-in forum deck (its subject, its speakers, its
// source article, its search terms). A deck that wants such wording, e.g. search examples, puts
// it in its own ui.json.

const chromeLanguages = ['en', 'zh-Hant'];
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown;

/** Every string of a parsed JSON value, with its key path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[at, value]];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => strings(child, at ? `${at}.${key}` : key));
	return [];
}

/** Words that only the forum deck gives a reason to say. */
const forumWords = [/\barticle\b/i, /\bspeakers?\b/i, /\bforum\b/i, /\bgold\b/i, /AIFC/, /Astana/i, /Central Asia/i, /Hong Kong/i, /文章/, /原文/, /研討會/, /論壇/, /黃金/, /數據/, /中亞/, /香港/];

describe('the program\'s chrome is neutral', () => {
	for (const language of chromeLanguages) {
		it(`${language}: no forum-specific word in any label`, () => {
			const found = strings(read(`locales/${language}/ui.json`)).filter(([, text]) => forumWords.some(word => word.test(text)));
			expect(found).toEqual([]);
		});
	}

	it('no speaker, section heading or deck title of the forum deck in the chrome', () => {
		const structure = read('slides/deck.json') as {languages: string[]};
		const names = structure.languages.flatMap(language => {
			const text = read(`locales/${language}/deck.json`) as {title: string; sections?: Record<string, string>; slides: Record<string, {speaker?: string}>};
			return [text.title, ...Object.values(text.sections ?? {}), ...Object.values(text.slides).flatMap(slide => (slide.speaker ? [slide.speaker] : []))];
		});
		expect(names.length).toBeGreaterThan(10);
		for (const language of chromeLanguages) {
			const chrome = strings(read(`locales/${language}/ui.json`)).map(([, text]) => text);
			for (const name of names) expect(chrome.filter(text => text.includes(name)), name).toEqual([]);
		}
	});

	it('the word lists catch what they are meant to (the old search prompt)', () => {
		for (const old of ['Type a word in any language: 黃金, gold, AIFC, 數據…', 'where each point comes from in the article', 'Type to filter by number, speaker or title']) {
			expect(forumWords.some(word => word.test(old)), old).toBe(true);
		}
	});
});
