import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../source/text/wrap.js';
import {cleanupApps, deckCopy, editJson, plain, renderApp} from '../helpers.js';

// Titles and speakers are shown on one row in the index, search and sources: line breaks and
// tabs in the deck's text must not break those rows (the prompt row would scroll away).

const dir = deckCopy(copy => {
	for (const language of ['en', 'zh-Hant']) {
		editJson(copy, `locales/${language}/deck.json`, deck => {
			for (const slide of Object.values<Record<string, unknown>>(deck.slides)) {
				slide['title'] = `First\nsecond\r\nthird\tfourth ${String(slide['title'])}`;
				if (slide['speaker']) slide['speaker'] = `Name\nbroken`;
			}
		});
	}
});
afterEach(() => cleanupApps());

describe('rows of one line', () => {
	it('the index, search and sources keep their prompt and hint rows, within the terminal', async () => {
		for (const language of ['en', 'zh-Hant']) {
			const app = renderApp({deckDir: dir, language, columns: 80, rows: 24});
			for (const [open, prompt] of [['i', /Filter|Type to filter|篩選|輸入/], ['/', /Search|搜尋/], ['s', /Source|出處/]] as const) {
				const lines = plain(await app.press(open));
				expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(23);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
				expect(lines.slice(1, 3).join('\n'), lines.join('\n')).toMatch(prompt);
				if (open === 'i') expect(lines.join('\n')).toContain('First second third fourth');
				await app.press('\u001B');
			}
			app.unmount();
		}
	});
});
