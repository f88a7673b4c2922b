import {execFileSync, spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {placesFile, readPlaces} from '../../source/cli/resume.js';
import {createI18n, slideText} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {cliPath, root, until} from '../helpers.js';

// The built CLI in a real terminal: tmux at 100×30 runs a shell, we type into it and read the
// screen back. Ink draws only the final frame when CI is set, so the program runs with CI unset.

const socket = `bideck-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-u', ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'bideck');
const paneState = () => tmux('display-message', '-p', '-t', 'bideck', '#{alternate_on} #{cursor_flag}').trim();

async function waitFor(check: (text: string) => boolean, what: string, timeout = 8000): Promise<string> {
	let text = '';
	return until(() => check((text = screen())) && text, () => `${what}; the screen was:\n${text}`, timeout, 50);
}
const lastLine = (text: string) => text.split('\n').filter(Boolean).at(-1) ?? '';
const waitForText = (needle: string) => waitFor(text => text.includes(needle), JSON.stringify(needle));

const deck = loadDeck(root);
const i18n = createI18n(deck);
const count = deck.structure.slides.length;
const title = (language: string, index: number) => [...slideText(i18n, language, deck.structure.slides[index]!.id).title].slice(0, 8).join('');

beforeAll(() => {
	if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is required for the real-terminal tests (.ci/run installs it)');
	tmux('new-session', '-d', '-s', 'bideck', '-x', '100', '-y', '30', 'env', '-u', 'CI', 'PS1=$ ', 'LANG=C.UTF-8', 'LC_ALL=C.UTF-8', 'sh');
});
afterAll(() => {
	spawnSync('tmux', ['-L', socket, 'kill-server']);
});
// A test that failed half-way leaves bideck running in the pane: end it, and wait until it is
// gone, before the next test.
afterEach(async () => {
	const shell = tmux('display-message', '-p', '-t', 'bideck', '#{pane_pid}').trim();
	const children = () => spawnSync('pgrep', ['-P', shell], {encoding: 'utf8'}).stdout.trim();
	const running = children();
	if (!running) return;
	for (const pid of running.split('\n')) process.kill(Number(pid), 'SIGTERM');
	await until(() => children() === '', () => `the leftover bideck (${running}) to end`, 5000, 50);
});

async function start(args: string, expected = `1/${count}`) {
	tmux('send-keys', '-t', 'bideck', 'clear', 'Enter');
	tmux('send-keys', '-t', 'bideck', `${process.execPath} ${cliPath} ${args}; echo "EXIT:$?"`, 'Enter');
	await waitForText(expected);
	expect(paneState()).toMatch(/^1 /); // alternate screen on
}

async function expectShellRestored(exitCode: number) {
	await waitForText(`EXIT:${exitCode}`);
	expect(paneState()).toBe('0 1'); // main screen back, cursor visible
	tmux('send-keys', '-t', 'bideck', 'stty -a | tr " " "\\n" | grep -x -e echo -e -echo -e icanon -e -icanon', 'Enter');
	// stty prints icanon before echo: wait for both lines.
	const modes = await waitFor(text => /^-?icanon$/m.test(text) && /^-?echo$/m.test(text), 'stty output');
	expect(modes).toMatch(/^echo$/m);
	expect(modes).toMatch(/^icanon$/m);
}

describe('in a real terminal (tmux, 100×30)', () => {
	it('→, t, i, ↓, Enter, q: the slide, the language, the index, then a clean exit', async () => {
		await start('--fresh --lang en');
		expect(screen()).toContain(title('en', 0));

		tmux('send-keys', '-t', 'bideck', 'Right');
		expect(await waitForText(`2/${count}`)).toContain(title('en', 1));

		tmux('send-keys', '-t', 'bideck', 't');
		// The screen is read while Ink may be half-way through drawing: wait for the status bar too.
		const chinese = await waitFor(text => text.includes(title('zh-Hant', 1)) && / 繁體中文 /.test(lastLine(text)), 'the slide in Chinese, with its status bar');
		expect(chinese).toContain(`2/${count}`);

		tmux('send-keys', '-t', 'bideck', 'i');
		await waitForText('目錄——');
		tmux('send-keys', '-t', 'bideck', 'Down');
		await waitFor(text => /❯\s*3 /.test(text), 'the third entry selected');
		tmux('send-keys', '-t', 'bideck', 'Enter');
		const jumped = await waitForText(`3/${count}`);
		expect(jumped).toContain(title('zh-Hant', 2));
		expect(jumped).not.toContain('目錄——');

		tmux('send-keys', '-t', 'bideck', 'q');
		await expectShellRestored(0);
	});

	it('search highlights the match; the place is remembered for the next start, --fresh ignores it', async () => {
		await start('--fresh --lang en');
		tmux('send-keys', '-t', 'bideck', '/');
		await waitForText('Search:');
		tmux('send-keys', '-t', 'bideck', '-l', '數據');
		await waitForText('Search: 數據');
		// The match is drawn black on yellow (SGR 30;43 or 43).
		const coloured = tmux('capture-pane', '-p', '-e', '-t', 'bideck');
		expect(coloured).toMatch(/\u001B\[[0-9;]*43[0-9;]*m數據/);
		tmux('send-keys', '-t', 'bideck', 'Enter');
		const slide = await waitFor(text => !text.includes('Search:') && /\d+\/\d+/.test(lastLine(text)), 'the slide, with its status bar');
		const position = /(\d+)\/\d+/.exec(lastLine(slide))![1]!;
		tmux('send-keys', '-t', 'bideck', 't', 'q');
		await waitForText('EXIT:0');

		await start('', `${position}/${count}`);
		expect(screen()).toContain(title('zh-Hant', Number(position) - 1));
		tmux('send-keys', '-t', 'bideck', 'q');
		await waitForText('EXIT:0');

		await start('--fresh');
		tmux('send-keys', '-t', 'bideck', 'q');
		await expectShellRestored(0);
	});

	it('SIGTERM and SIGINT from outside leave the shell restored', async () => {
		for (const [signal, code] of [['TERM', 143], ['INT', 130]] as const) {
			await start('--fresh --lang zh');
			const shell = tmux('display-message', '-p', '-t', 'bideck', '#{pane_pid}').trim();
			const pid = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim();
			process.kill(Number(pid), `SIG${signal}`);
			await expectShellRestored(code);
		}
	});

	it('the place is saved soon after a change: after SIGKILL (nothing runs at exit) it reopens there', async () => {
		await start('--fresh --lang en');
		tmux('send-keys', '-t', 'bideck', 'Right');
		await waitForText(`2/${count}`);
		tmux('send-keys', '-t', 'bideck', 'Right');
		await waitForText(`3/${count}`);
		tmux('send-keys', '-t', 'bideck', 't');
		await waitForText(title('zh-Hant', 2));
		// Within a second of the last key, the state file names slide 3 in zh-Hant.
		const wanted = {slide: deck.structure.slides[2]!.id, language: 'zh-Hant'};
		const read = () => readPlaces(placesFile()).places.get(path.resolve(root));
		const started = Date.now();
		while (Date.now() - started < 1000 && read()?.slide !== wanted.slide) await new Promise(resolve => setTimeout(resolve, 50));
		const shell = tmux('display-message', '-p', '-t', 'bideck', '#{pane_pid}').trim();
		process.kill(Number(execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim()), 'SIGKILL');
		await waitForText('EXIT:137');
		expect(read()).toEqual(wanted);
		// The killed program left the terminal raw and on the alternate screen: a new shell in a new
		// terminal, as a user would open.
		tmux('respawn-pane', '-k', '-t', 'bideck');

		await start('', `3/${count}`);
		const reopened = screen();
		expect(reopened).toContain(title('zh-Hant', 2));
		expect(reopened.split('\n').filter(Boolean).at(-1)).toMatch(/ 繁體中文 /);
		tmux('send-keys', '-t', 'bideck', 'q');
		await expectShellRestored(0);
	});
});
