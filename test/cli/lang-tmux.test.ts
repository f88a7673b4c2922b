import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, threeLanguagesDir} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// The built presenter in a real terminal (tmux) with the three-language deck: --lang ja,en limits
// t and b to those two, in that order; the place (slide and language) is remembered, and the next
// start without --lang cycles every language of the deck again, b choosing the second.

let session: TmuxSession;
beforeAll(() => {
	session = new TmuxSession(100, 30);
});
afterAll(() => session.close());
afterEach(() => session.endProgram());

const statusLine = (screen: string) => screen.split('\n').filter(Boolean).at(-1) ?? '';
const waitForStatus = (check: (status: string) => boolean, what: string) => session.waitFor(screen => check(statusLine(screen)), `the status bar to show ${what}`);

describe('languages in a real terminal (tmux)', () => {
	it('--lang ja,en: t and b offer only those; the place is kept; without --lang, every language', async () => {
		session.type(`${cliPath} --deck ${threeLanguagesDir} --lang ja,en --slide 2; echo "EXIT:$?"`);
		await session.waitFor(screen => screen.includes('雨庭の仕組み') && statusLine(screen).includes(' 2/5 '), 'slide 2 in Japanese');
		session.send('b');
		await waitForStatus(status => status.includes('日本語 + English'), 'Japanese + English');
		session.send('b');
		await waitForStatus(status => !status.includes('+'), 'one language');
		session.send('t');
		const english = await session.waitForText('How a rain garden works');
		expect(english).not.toContain('雨水花園');
		session.send('t');
		await session.waitFor(screen => screen.includes('雨庭の仕組み') && !screen.includes('How a rain garden works'), 'Japanese again, not Chinese');
		session.send('t');
		await session.waitForText('How a rain garden works');
		session.send('q');
		await session.waitForText('EXIT:0');

		session.type('clear');
		session.type(`${cliPath} --deck ${threeLanguagesDir}; echo "EXIT:$?"`);
		await session.waitFor(screen => screen.includes('How a rain garden works') && statusLine(screen).includes(' 2/5 '), 'the remembered slide, in English');
		session.send('b', 'b');
		const pair = await waitForStatus(status => status.includes('English + 日本語'), 'English + Japanese (b twice)');
		expect(pair).toContain('雨庭の仕組み');
		session.send('t');
		await waitForStatus(status => status.includes('繁體中文 + 日本語'), 'Chinese + Japanese after t');
		session.send('q');
		await session.waitForText('EXIT:0');
	});
});
