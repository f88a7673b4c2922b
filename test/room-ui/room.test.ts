import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import WebSocket from 'ws';
import {createI18n, slideText} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {protocolVersion} from '../../source/room/index.js';
import {cliPath, root} from '../helpers.js';
import {TmuxSession} from '../tmux-session.js';

// The room with real processes in real terminals (tmux, 80×24 each): a presenter sharing the
// forum deck, a console, and two followers, one in English over TCP with the join token, one in
// Traditional Chinese on this machine's socket. Each program's own XDG_RUNTIME_DIR is a temp
// folder, so that the test's presentations meet no one else's.

const deck = loadDeck(root);
const i18n = createI18n(deck);
const count = deck.structure.slides.length;
/** The start of slide `index`'s title in `language`, as a screen shows it. */
const title = (language: string, index: number) => [...slideText(i18n, language, deck.structure.slides[index]!.id).title].slice(0, 8).join('');
const position = (slide: number) => ` ${slide}/${count} `;
const runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-room-ui-'));
fs.chmodSync(runtime, 0o700);

let presenter: TmuxSession;
let console_: TmuxSession;
let english: TmuxSession;
/** A fifth terminal for the one-line refusals. */
let spare: TmuxSession;
let chinese: TmuxSession;

/** Runs bideck with `args` in `session`, then says how it exited. */
function run(session: TmuxSession, args: string) {
	session.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} ${args}; echo "EXIT:$?"`);
}
/** Each step waits on several programs in turn, each wait bounded (10 s): room for a loaded machine. */
const slow = 60_000;
const statusBar = (screen: string) => screen.split('\n').filter(line => line.trim()).at(-1) ?? '';
/** Waits until the status bar shows slide `slide` and the screen has `text`. */
const showing = (session: TmuxSession, slide: number, text: string, timeout?: number) =>
	session.waitFor(screen => statusBar(screen).includes(position(slide)) && screen.includes(text), `slide ${slide} with ${JSON.stringify(text)}`, timeout);
/** The presenter's join line's address: HOST:PORT/TOKEN. */
const joinAddress = (screen: string) => /bideck follow ([\d.]+:\d+\/[a-z0-9]+) *$/m.exec(screen)?.[1];
const waitForJoin = async (session: TmuxSession) => joinAddress(await session.waitFor(screen => joinAddress(screen) !== undefined, 'the join line'))!;
async function expectRestored(session: TmuxSession, code: number) {
	await session.waitForText(`EXIT:${code}`);
	await session.waitForPaneState('0 1');
	expect(await session.ttyModes()).toEqual({icanon: true, echo: true});
}

/** A free port: the presenter listens on the same one when started again, so that followers
 * over TCP rejoin (it keeps its token). */
async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

let address = '';
let port = 0;
beforeAll(async () => {
	port = await freePort();
	presenter = new TmuxSession(80, 24);
	console_ = new TmuxSession(80, 24);
	english = new TmuxSession(80, 24);
	chinese = new TmuxSession(80, 24);
	spare = new TmuxSession(80, 24);
	// A follower started before the presentation waits for it, saying so once.
	run(chinese, 'follow --name forum --lang zh-Hant');
	await chinese.waitForText('bideck: ');
	expect(chinese.paneState()).toBe('0 1');
	run(presenter, `--fresh --lang en --share 127.0.0.1:${port} --name forum`);
	address = await waitForJoin(presenter);
	expect(address).toMatch(/^127\.0\.0\.1:\d+\/\w+$/);
	run(console_, 'console --name forum --lang en');
	run(english, `follow ${address} --lang en`);
	await Promise.all([showing(console_, 1, title('en', 0)), showing(english, 1, title('en', 0)), showing(chinese, 1, title('zh-Hant', 0))]);
	// The console shows the join line as the projected screen does.
	await console_.waitForText(`bideck follow ${address}`);
}, 30_000);
afterAll(() => {
	for (const session of [presenter, console_, english, chinese, spare]) session?.close();
	fs.rmSync(runtime, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
});

describe('a shared presentation in four real terminals', () => {
	it('→ on the presenter moves the console and both followers, each in its own language; the join line goes', async () => {
		presenter.send('Right');
		await showing(presenter, 2, title('en', 1));
		await Promise.all([showing(console_, 2, title('en', 1)), showing(english, 2, title('en', 1)), showing(chinese, 2, title('zh-Hant', 1))]);
		expect(presenter.screen()).not.toContain('bideck follow');
		expect(console_.screen()).not.toContain('bideck follow');
	}, slow);

	it('the console shows the current slide, the next one, elapsed time and the clock', async () => {
		const screen = await showing(console_, 2, title('en', 2));
		expect(screen).toMatch(/Now 2\/19 · elapsed \d+:\d\d · clock \d\d:\d\d:\d\d · projected in English · 2 followers/);
		expect(screen).toContain(`Next: ${title('en', 2)}`);
		// The console gets the notes, which followers do not without --share-notes.
		expect(screen).toContain('Notes: ');
		english.send('n');
		expect(await english.waitForText('Source: ')).not.toContain('Notes: ');
		english.send('n');
	}, slow);

	it('→ on the console moves the presenter and both followers; t on the console switches the projected language only', async () => {
		console_.send('Right');
		await Promise.all([showing(presenter, 3, title('en', 2)), showing(console_, 3, title('en', 2)), showing(english, 3, title('en', 2)), showing(chinese, 3, title('zh-Hant', 2))]);
		console_.send('t');
		await showing(presenter, 3, title('zh-Hant', 2));
		await console_.waitForText('projected in 繁體中文');
		expect(english.screen()).toContain(title('en', 2));
		console_.send('t');
		await showing(presenter, 3, title('en', 2));
	}, slow);

	it('a follower that navigates browses on its own, is told where the live slide is, and f follows again', async () => {
		chinese.send('Left');
		await chinese.waitFor(screen => statusBar(screen).includes(position(2)) && statusBar(screen).includes(`現場：3/${count}`), 'the follower browsing, live 3');
		presenter.send('Right');
		await showing(english, 4, title('en', 3));
		await chinese.waitFor(screen => statusBar(screen).includes(position(2)) && statusBar(screen).includes(`現場：4/${count}`), 'live 4 while it stays on 2');
		chinese.send('f');
		await showing(chinese, 4, title('zh-Hant', 3));
		expect(statusBar(chinese.screen())).not.toContain('現場');
		// A follower's keys never move the presenter.
		english.send('Right');
		await showing(english, 5, title('en', 4));
		expect(statusBar(presenter.screen())).toContain(position(4));
		english.send('f');
		await showing(english, 4, title('en', 3));
	}, slow);

	it('the presenter killed (SIGKILL): the others say so and stay usable; started again (same name and address), all three rejoin at its slide', async () => {
		process.kill(presenter.programPid()!, 'SIGKILL');
		await presenter.waitForText('EXIT:137');
		await Promise.all([
			console_.waitFor(screen => statusBar(screen).includes('lost the presenter'), 'the console saying the presenter is lost'),
			english.waitFor(screen => statusBar(screen).includes('lost the presenter'), 'the English follower saying so'),
			chinese.waitFor(screen => statusBar(screen).includes('與主講者失去連線'), 'the Chinese follower saying so'),
		]);
		chinese.send('Right');
		await showing(chinese, 5, title('zh-Hant', 4));

		presenter.send('reset', 'Enter');
		// In Simplified this time: followers still get the deck as it is (Traditional included).
		run(presenter, `--lang zh-Hans --slide 9 --share 127.0.0.1:${port} --name forum --max-followers 2`);
		await presenter.waitFor(screen => statusBar(screen).includes(position(9)) && statusBar(screen).includes('简体中文'), 'the presenter on slide 9 in Simplified');
		// The same address and token: the follower over TCP rejoins too.
		expect(await waitForJoin(presenter)).toBe(address);
		await Promise.all([showing(console_, 9, title('en', 8)), showing(chinese, 9, title('zh-Hant', 8)), showing(english, 9, title('en', 8))]);
		expect(statusBar(chinese.screen())).not.toContain('失去連線');
	}, slow);

	it('a bad token, a full room (--max-followers), a name in use, a language the deck lacks: one line each, the terminal as it was', async () => {
		const wrong = address.replace(/\/\w+$/, '/wrongtoken23');
		spare.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} follow ${wrong} 2>${runtime}/stderr; echo "EXIT:$?"`);
		await expectRestored(spare, 1);
		const stderr = fs.readFileSync(`${runtime}/stderr`, 'utf8');
		expect(stderr.trimEnd().split('\n')).toEqual(['bideck: The presenter refused the join token: check the bideck follow line on its screen']);
		// A second presentation of the same name: one line, before the screen is taken.
		spare.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} --share --name forum 2>${runtime}/stderr; echo "EXIT:$?"`);
		await expectRestored(spare, 1);
		expect(fs.readFileSync(`${runtime}/stderr`, 'utf8').trimEnd().split('\n')).toEqual(['bideck: A presentation named forum is already running: choose another --name']);
		// The room is full (--max-followers 2: both followers are back in it): one line.
		spare.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} follow ${address} 2>${runtime}/stderr; echo "EXIT:$?"`);
		await expectRestored(spare, 1);
		expect(fs.readFileSync(`${runtime}/stderr`, 'utf8').trimEnd().split('\n')).toEqual(['bideck: The presentation has as many followers as it takes']);
		// A language the received deck lacks: a usage error, as for a deck on disk.
		spare.type(`clear; XDG_RUNTIME_DIR=${runtime} ${cliPath} console --name forum --lang fr 2>${runtime}/stderr; echo "EXIT:$?"`);
		await expectRestored(spare, 2);
		expect(fs.readFileSync(`${runtime}/stderr`, 'utf8').trimEnd().split('\n')).toEqual(['bideck: --lang fr: not a language of this deck (it has zh-Hant, en, zh-Hans; zh means zh-Hant) (see bideck --help)']);
	}, slow);

	it('a hostile client on the socket (an oversized message, garbage) is dropped; the presenter and the room go on', async () => {
		const socket = `ws+unix:${runtime}/bideck/forum.sock:/`;
		const closed = (ws: WebSocket) => new Promise<number>(resolve => ws.once('close', code => resolve(code)));
		const oversized = new WebSocket(socket);
		oversized.on('error', () => {});
		await new Promise(resolve => oversized.once('open', resolve));
		const oversizedClosed = closed(oversized);
		oversized.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: 'follower', padding: 'x'.repeat(64 * 1024)}));
		// 1009: the message is too big (the presenter takes 4 KiB at most).
		expect(await oversizedClosed).toBe(1009);
		const garbage = new WebSocket(socket);
		garbage.on('error', () => {});
		await new Promise(resolve => garbage.once('open', resolve));
		const garbageClosed = closed(garbage);
		garbage.send('\u001B[2J not json');
		expect(await garbageClosed).toBe(1006); // cut off, no closing handshake
		presenter.send('Right');
		// The presenter shows Simplified since its restart: its status bar is enough.
		await presenter.waitFor(screen => statusBar(screen).includes(position(10)), 'the presenter on slide 10');
		await Promise.all([showing(console_, 10, title('en', 9)), showing(english, 10, title('en', 9)), showing(chinese, 10, title('zh-Hant', 9))]);
		presenter.send('Left');
		await Promise.all([showing(english, 9, title('en', 8)), showing(chinese, 9, title('zh-Hant', 8))]);
	}, slow);

	it('each program gives the terminal back: the console on Ctrl+C, a follower on q, the presenter on q (the other follower is told it ended), a follower on SIGTERM', async () => {
		console_.send('C-c');
		await expectRestored(console_, 0);
		english.send('q');
		await expectRestored(english, 0);
		presenter.send('q');
		await expectRestored(presenter, 0);
		await chinese.waitFor(screen => statusBar(screen).includes('簡報已結束'), 'the follower saying the presentation ended');
		// It stays usable, and keeps saying so while it waits for the presentation to come back.
		chinese.send('Right');
		await chinese.waitFor(screen => statusBar(screen).includes(position(10)) && statusBar(screen).includes('簡報已結束'), 'the follower on its own');
		process.kill(chinese.programPid()!, 'SIGTERM');
		await expectRestored(chinese, 143);
	}, slow);
});
