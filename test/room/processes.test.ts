import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {buildHarness, removeHarness, spawnHarness, type Harness, type Line} from './spawn-harness.js';

// Real processes: a headless presenter, console and followers (test/room/harness.ts), each its
// own node, on this machine's socket and on loopback TCP.

let harness = '';
let runtime = '';
const running: Harness[] = [];
beforeAll(async () => {
	harness = await buildHarness();
});
afterAll(() => removeHarness(harness));
afterEach(async () => {
	for (const process of running.splice(0)) {
		if (process.child.exitCode === null && process.child.signalCode === null) {
			process.child.kill('SIGKILL');
			await process.exited;
		}
	}
	fs.rmSync(runtime, {recursive: true, force: true});
});

const deckDir = path.resolve('examples/minimal');
const start = (...args: string[]) => {
	const process_ = spawnHarness(harness, args, {...process.env, XDG_RUNTIME_DIR: runtime});
	running.push(process_);
	return process_;
};
const freePort = () =>
	new Promise<number>(resolve => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const {port} = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
const is = (event: string, fields: Record<string, unknown> = {}) => (line: Line) => line.event === event && Object.entries(fields).every(([key, value]) => line[key] === value);

describe('a room of real processes', () => {
	it('console keys move everyone; a SIGKILLed presenter is reported lost, and a restarted one is rejoined at its live slide', async () => {
		runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-run-'));
		const port = await freePort();
		const presenter = start('presenter', deckDir, 'talk', `127.0.0.1:${port}`);
		const ready = await presenter.next(is('ready'));
		const address = String(ready['joinCommand']).split(' ')[2]!;
		const console = start('console');
		const local = start('follower');
		const remote = start('follower', address);
		for (const client of [console, local, remote]) await client.next(is('position', {slide: 'welcome'}));
		expect(remote.lines.find(is('deck'))).toMatchObject({slides: 3, notes: false});

		console.send('next');
		await presenter.next(is('navigate'));
		for (const client of [console, local, remote]) await client.next(is('position', {slide: 'structure'}));

		presenter.child.kill('SIGKILL');
		await presenter.exited;
		for (const client of [console, local, remote]) {
			// Lost, not ended: and it still has the deck it was given.
			const lost = await client.next(is('status', {status: 'lost'}));
			expect(lost['slides']).toBe(3);
			expect(client.child.exitCode).toBeNull();
		}

		// The same name and address again: the stale socket is replaced, everyone comes back.
		const mark = console.lines.length;
		const restarted = start('presenter', deckDir, 'talk', `127.0.0.1:${port}`);
		const again = await restarted.next(is('ready'));
		expect(again['joinCommand']).toBe(ready['joinCommand']); // same token after a crash
		restarted.send('goto words');
		const back = performance.now();
		for (const client of [console, local, remote]) {
			await client.next(is('position', {slide: 'words'}), 10_000, client === console ? mark : 0);
			const lost = client.lines.findIndex(is('status', {status: 'lost'}));
			expect(client.lines.slice(lost + 1).some(is('status', {status: 'live'}))).toBe(true);
		}
		// Backoff is at most 2 s (with jitter): back within a few seconds.
		expect(performance.now() - back).toBeLessThan(5000);
	});

	it('a presenter that quits says so: clients report "ended" and stay up', async () => {
		runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-run-'));
		const presenter = start('presenter', deckDir, 'talk');
		await presenter.next(is('ready'));
		const console = start('console', 'talk');
		const follower = start('follower');
		for (const client of [console, follower]) await client.next(is('status', {status: 'live'}));
		presenter.child.kill('SIGTERM');
		expect(await presenter.exited).toBe(0);
		for (const client of [console, follower]) {
			expect(await client.next(is('status', {status: 'ended'}))).toMatchObject({slides: 3});
			expect(client.child.exitCode).toBeNull();
		}
		expect(fs.readdirSync(path.join(runtime, 'bideck'))).toEqual([]);
	});

	it('a follower or console dying never disturbs the presenter', async () => {
		runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-run-'));
		const port = await freePort();
		const presenter = start('presenter', deckDir, 'talk', `127.0.0.1:${port}`);
		const address = String((await presenter.next(is('ready')))['joinCommand']).split(' ')[2]!;
		const doomed = [start('follower', address), start('follower'), start('console')];
		const survivor = start('follower', address);
		for (const client of [...doomed, survivor]) await client.next(is('status', {status: 'live'}));
		let mark = presenter.lines.length;
		presenter.send('count');
		expect(await presenter.next(is('count'), 10_000, mark)).toMatchObject({followers: 3, consoles: 1});

		for (const client of doomed) client.child.kill('SIGKILL');
		await Promise.all(doomed.map(client => client.exited));
		presenter.send('goto words');
		await survivor.next(is('position', {slide: 'words'}));
		await new Promise(resolve => setTimeout(resolve, 200));
		mark = presenter.lines.length;
		presenter.send('count');
		expect(await presenter.next(is('count'), 10_000, mark)).toMatchObject({followers: 1, consoles: 0});
		expect(presenter.child.exitCode).toBeNull();
	});
});
