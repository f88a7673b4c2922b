import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, deckCopy, plain, renderApp, root} from '../helpers.js';

// The program's labels are neutral; a deck that wants its own (search examples from its subject,
// say) gives them in its locales/<lang>/ui.json, and the presenter shows the deck's.

afterEach(() => cleanupApps());

describe('a deck\'s own labels', () => {
	it('the program\'s search prompt is neutral; a deck\'s ui.json replaces it', async () => {
		const neutral = renderApp({deckDir: deckCopy()});
		expect(await neutral.press('/')).toContain('Type a word in any of the deck\'s languages');

		const dir = deckCopy(d => {
			const chrome = JSON.parse(fs.readFileSync(path.join(root, 'locales', 'en', 'ui.json'), 'utf8')) as {search: {prompt: string}};
			chrome.search.prompt = 'Type a word: deck, slides, locales…';
			fs.writeFileSync(path.join(d, 'locales', 'en', 'ui.json'), JSON.stringify(chrome));
		});
		const own = renderApp({deckDir: dir});
		expect(plain(await own.press('/')).join('\n')).toContain('Type a word: deck, slides, locales…');
	});
});
