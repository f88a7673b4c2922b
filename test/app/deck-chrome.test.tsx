import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, deckCopy, plain, renderApp} from '../helpers.js';

// The program's labels are neutral; a deck that wants its own (search examples from its subject,
// say) gives them in its locales/<lang>/ui.json, and the presenter shows the deck's.

afterEach(() => cleanupApps());

describe('a deck\'s own labels', () => {
	it('the program\'s search prompt is neutral; a deck\'s ui.json replaces it', async () => {
		const neutral = renderApp({deckDir: deckCopy()});
		expect(await neutral.press('/')).toContain('Type a word in any of the deck\'s languages');

		// The deck's ui.json holds only the label it changes; every other label stays the program's.
		const dir = deckCopy(d => fs.writeFileSync(path.join(d, 'locales', 'en', 'ui.json'), JSON.stringify({search: {prompt: 'Type a word: deck, slides, locales…'}})));
		const own = renderApp({deckDir: dir});
		const search = plain(await own.press('/')).join('\n');
		expect(search).toContain('Type a word: deck, slides, locales…');
		expect(search).toContain('↑/↓ move · Enter open · Esc clear/close');
	});
});
