import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, exampleDeckDir} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// NO_COLOR and --no-color in a real terminal: the screen tmux holds has no colour at all, but the
// status bar's position is still in reverse video. Without them, the same screen has colours.

let session: TmuxSession;
beforeAll(() => {
	session = new TmuxSession(100, 30);
});
afterAll(() => session.close());
afterEach(() => session.endProgram());

/** The screen with its attributes, as SGR sequences (tmux capture-pane -e). */
const styledScreen = () => session.tmux('capture-pane', '-p', '-e', '-t', 'main');

/** Every SGR parameter on the screen; 38 and 48 (256 and true colour) count with their values. */
function sgrCodes(screen: string): number[] {
	// eslint-disable-next-line no-control-regex
	return [...screen.matchAll(/\u001B\[([0-9;]*)m/g)].flatMap(([, codes]) => (codes || '0').split(';').map(Number));
}
/** Codes that set a colour (30–38, 40–48, bright 90–107); 39 and 49, "default colour", tmux
 * writes after every reset. */
const colourCodes = (screen: string) => sgrCodes(screen).filter(code => (code >= 30 && code <= 48 && code !== 39) || (code >= 90 && code <= 107));

/** Starts the presenter with `prefix` (environment) and `args`, and returns the first screen. */
async function firstScreen(prefix: string, args: string): Promise<string> {
	session.type(`${prefix} ${cliPath} --fresh --lang en --deck ${exampleDeckDir} ${args}; echo "EXIT:$?"`);
	await session.waitFor(screen => screen.includes(' 1/3 ') && screen.includes('A minimal deck'), 'the first slide');
	await session.waitForPaneState('1 0');
	const screen = styledScreen();
	session.send('q');
	await session.waitForText('EXIT:0');
	return screen;
}

describe('colours in a real terminal (tmux)', () => {
	it('NO_COLOR=1: no colour on the screen, the position in reverse video', async () => {
		const screen = await firstScreen('NO_COLOR=1', '');
		expect(colourCodes(screen), screen).toEqual([]);
		expect(sgrCodes(screen)).toContain(7);
		expect(sgrCodes(screen)).toContain(1);
	});

	it('--no-color: the same (chalk, seeing the flag, would drop bold and reverse too)', async () => {
		const screen = await firstScreen('', '--no-color');
		expect(colourCodes(screen), screen).toEqual([]);
		expect(sgrCodes(screen)).toContain(7);
		expect(sgrCodes(screen)).toContain(1);
	});

	it('neither (NO_COLOR empty counts as unset): colours', async () => {
		expect(colourCodes(await firstScreen('NO_COLOR=', '')).length).toBeGreaterThan(0);
	});
});
