import {execFileSync, spawnSync} from 'node:child_process';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {loadDeck} from '../../source/deck/load-deck.js';
import {cliPath, root} from '../helpers.js';

// A key pressed while bideck is still starting (here ~10 ms after the process is started, before
// Node has run any of its code) is answered once the slide is up: not lost, and not left on the
// screen as an echoed "^[[C". In a real terminal (tmux, 100×30), CI unset as Ink needs.

const socket = `bideck-early-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-u', ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'early');
const count = loadDeck(root).structure.slides.length;

async function waitFor(needle: string, timeout = 10_000): Promise<string> {
	const started = Date.now();
	let text = '';
	while (Date.now() - started < timeout) {
		text = screen();
		if (text.includes(needle)) return text;
		await new Promise(resolve => setTimeout(resolve, 20));
	}
	throw new Error(`timed out waiting for ${JSON.stringify(needle)}; the screen was:\n${text}`);
}

beforeAll(() => {
	if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is required for the real-terminal tests');
});
afterAll(() => {
	spawnSync('tmux', ['-L', socket, 'kill-server']);
});

it('answers → pressed ~10 ms after start, without echoing it', async () => {
	const command = `${process.execPath} ${cliPath} --fresh --lang en; echo "EXIT:$?"; sleep 30`;
	tmux('new-session', '-d', '-s', 'early', '-x', '100', '-y', '30', 'env', '-u', 'CI', 'LANG=C.UTF-8', 'sh', '-c', command);
	await new Promise(resolve => setTimeout(resolve, 10));
	tmux('send-keys', '-t', 'early', 'Right');
	const shown = await waitFor(`2/${count}`);
	expect(shown).not.toContain('^[');
	tmux('send-keys', '-t', 'early', 'q');
	const after = await waitFor('EXIT:0');
	expect(after).not.toContain('^[');
});
