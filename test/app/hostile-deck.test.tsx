import {spawnSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanupApps, cliPath, deckCopy, editJson, keys, renderApp} from '../helpers.js';

// A deck whose text carries terminal control sequences: none may reach the screen or an export.
const hostile = ['\u001B[2J', '\u001B]52;c;ZXZpbA==\u0007', '\u001B]0;pwned\u001B\\', '\u009B6n', '\u202E', '\u0007', '\u0000'];
const forbidden = ['\u001B[2J', '\u001B]', '\u009B', '\u202E', '\u0007', '\u0000', 'ZXZpbA', 'pwned'];

const dir = deckCopy(copy => {
	for (const language of ['en', 'zh-Hant']) {
		editJson(copy, `locales/${language}/deck.json`, deck => {
			for (const slide of Object.values<Record<string, unknown>>(deck.slides)) {
				slide['title'] = `Safe${hostile.join('')}Title`;
				slide['notes'] = `Notes ${hostile.join(' ')} end`;
				if (Array.isArray(slide['points'])) slide['points'] = (slide['points'] as string[]).map(point => `${hostile[0]}${point}${hostile[1]}`);
			}
			deck.title = `Deck${hostile.join('')}`;
		});
	}
});
afterEach(() => cleanupApps());

function expectClean(output: string) {
	for (const sequence of forbidden) expect(output, JSON.stringify(sequence)).not.toContain(sequence);
}

describe('untrusted deck text', () => {
	it('never reaches the TUI frame as control sequences', async () => {
		const app = renderApp({deckDir: dir});
		const frames = [app.frame()];
		for (const key of [keys.right, 'n', 't', keys.right, 'i']) frames.push(await app.press(key));
		for (const frame of frames) expectClean(frame);
		expect(frames[0]).toContain('SafeTitle');
	});

	it('never reaches a text or Markdown export', () => {
		for (const format of ['text', 'markdown']) {
			const result = spawnSync(process.execPath, [cliPath, '--print', '--lang', 'both', '--format', format, '--deck', dir], {encoding: 'utf8'});
			expect(result.status).toBe(0);
			expectClean(result.stdout);
			expect(result.stdout).toContain('SafeTitle');
			expect(result.stdout).not.toContain('\u001B'); // piped: no colour either
		}
	});
});
