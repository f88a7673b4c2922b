import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath, root} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// A presenter who stops, edits the deck and starts again: the follower and the console that
// stayed up take the edited deck (a retitled slide, a slide added) and go on following it, the
// console still driving the presenter. Real processes in tmux, 80×24; a private runtime folder.

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-new-deck-'));
const runtime = path.join(temp, 'run');
fs.mkdirSync(runtime, {mode: 0o700});
const deckDir = path.join(temp, 'deck');
fs.cpSync(path.join(root, 'examples', 'minimal'), deckDir, {recursive: true});

const sessions: TmuxSession[] = [];
const terminal = () => {
	const session = new TmuxSession(80, 24);
	sessions.push(session);
	return session;
};
afterAll(() => {
	for (const session of sessions) session.close();
	fs.rmSync(temp, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
});
const run = (session: TmuxSession, args: string) => session.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} ${args}; echo "EXIT:$?"`);
const statusBar = (screen: string) => screen.split('\n').filter(line => line.trim()).at(-1) ?? '';
const showing = (session: TmuxSession, position: string, text: string) =>
	session.waitFor(screen => statusBar(screen).includes(` ${position} `) && screen.includes(text), `${position} with ${JSON.stringify(text)}`);

/** The edit: slide 2 retitled in both languages, and a slide added after it. */
function editDeck() {
	const structure = JSON.parse(fs.readFileSync(path.join(deckDir, 'slides', 'deck.json'), 'utf8'));
	structure.slides.splice(2, 0, {id: 'added', kind: 'content', refs: ['format#1']});
	fs.writeFileSync(path.join(deckDir, 'slides', 'deck.json'), JSON.stringify(structure, null, 2));
	for (const [language, retitled, added] of [
		['en', 'Retitled after the edit', 'A slide added'],
		['zh-Hant', '修改後的標題', '新加的投影片'],
	] as const) {
		const file = path.join(deckDir, 'locales', language, 'deck.json');
		const text = JSON.parse(fs.readFileSync(file, 'utf8'));
		text.slides.structure.title = retitled;
		text.slides.added = {title: added, points: [language === 'en' ? 'One point' : '一點']};
		fs.writeFileSync(file, JSON.stringify(text, null, 2));
	}
}

describe('a presenter restarted with an edited deck', () => {
	it('hands it to the follower and console that stayed up; the console still drives', async () => {
		const presenter = terminal();
		const follower = terminal();
		const console_ = terminal();
		const present = `--deck ${deckDir} --fresh --lang en --share --name edited`;
		run(presenter, present);
		await showing(presenter, '1/3', 'A minimal deck');
		run(follower, 'follow --name edited --lang zh-Hant');
		run(console_, 'console --name edited --lang en');
		await showing(follower, '1/3', '');
		presenter.send('Right');
		await showing(follower, '2/3', '結構');
		await showing(console_, '2/3', 'Structure lives in slides/');

		presenter.send('q');
		await presenter.waitForText('EXIT:0');
		await follower.waitForText('已結束');
		editDeck();
		run(presenter, present);
		// The follower keeps its place (slide 2) while the presenter starts again at 1, then
		// follows it onto the edited slides.
		await showing(follower, '1/4', '');
		presenter.send('Right');
		await showing(follower, '2/4', '修改後的標題');
		await showing(console_, '2/4', 'Retitled after the edit');
		presenter.send('Right');
		await showing(follower, '3/4', '新加的投影片');
		// The console's keys reach the presenter, and come back to everyone.
		console_.send('Right');
		await showing(presenter, '4/4', 'Words live in locales/');
		await showing(follower, '4/4', '文字放在 locales/');
		expect(statusBar(follower.screen())).not.toContain('瀏覽');
	}, 60_000);
});
