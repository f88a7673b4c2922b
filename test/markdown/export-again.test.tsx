import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/deck/load-deck.js';
import {loadAnyDeck} from '../../source/deck/open-deck.js';
import {cleanupApps, keys, plain, renderApp, root, runCli} from '../helpers.js';
import {tempFolder} from './folders.js';

// An export is a deck: `--print --format markdown`, saved as deck.<lang>.md, loads, and shows the
// same slides as the deck it came from.

afterEach(() => cleanupApps());

describe('the Markdown export, shown again', () => {
	it('saved as deck.en.md, it loads and presents every slide as the forum deck does', async () => {
		const result = runCli(['--print', '--format', 'markdown', '--lang', 'en']);
		expect(result.code).toBe(0);
		const dir = tempFolder();
		fs.writeFileSync(path.join(dir, 'deck.en.md'), result.stdout);
		const exported = await loadAnyDeck(dir);
		const forum = loadDeck(root);
		expect(exported.structure).toEqual({...forum.structure, languages: ['en']});
		expect(exported.text['en']).toEqual(forum.text['en']);

		const original = renderApp({deck: forum, language: 'en'});
		const shown = renderApp({deck: exported, language: 'en'});
		for (let slide = 0; slide < forum.structure.slides.length; slide++) {
			// The status bar names the deck's languages (the export has one): compare the slide itself.
			const body = (frame: string) => plain(frame).slice(0, -1);
			expect(body(shown.frame()), `slide ${slide + 1}`).toEqual(body(original.frame()));
			await original.press(keys.right);
			await shown.press(keys.right);
		}
	});
});
