import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import WebSocket, {WebSocketServer} from 'ws';
import {loadDeck} from '../../source/deck/load-deck.js';
import {protocolVersion, share, type Navigate, type Share} from '../../source/room/index.js';
import {maxServerMessage} from '../../source/room/protocol.js';
import {record, staleSocket, useRuntimeDir, waitFor, type Recorder} from './room-helpers.js';

const deck = loadDeck(path.resolve('examples/minimal'));
const runtime = useRuntimeDir();
const open: Array<Share | Recorder | WebSocket | WebSocketServer> = [];
afterEach(async () => {
	for (const item of open.splice(0)) {
		if ('attachment' in item) item.attachment.close();
		else if (item instanceof WebSocket) item.terminate();
		else if (item instanceof WebSocketServer) item.close();
		else await item.close();
	}
});
const track = <T extends Share | Recorder | WebSocket | WebSocketServer>(item: T): T => {
	open.push(item);
	return item;
};
const start = (options: Partial<Parameters<typeof share>[0]> = {}) =>
	share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}, ...options}).then(track);

/** A raw WebSocket on the presentation's Unix socket (or a URL), recording what arrives. */
function raw(url: string) {
	const ws = track(new WebSocket(url));
	const messages: string[] = [];
	let closed: number | undefined;
	ws.on('message', data => messages.push(String(data)));
	ws.on('error', () => {});
	ws.on('close', code => (closed = code));
	const opened = new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	opened.catch(() => {}); // awaited by the tests that expect it to open
	return {ws, messages, opened, closed: () => closed};
}
const unixUrl = (room: Share) => `ws+unix:${room.socketPath}:/`;
const hello = (role: 'console' | 'follower', protocol = protocolVersion) => JSON.stringify({type: 'hello', protocol, role});

/** Inodes of this process's TCP sockets in the LISTEN state (Linux /proc). */
function listeningTcpSockets(): number {
	const mine = new Set(
		fs
			.readdirSync('/proc/self/fd')
			.map(fd => {
				try {
					return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/self/fd/${fd}`))?.[1];
				} catch {
					return undefined;
				}
			})
			.filter(Boolean),
	);
	let count = 0;
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			if (fields[3] === '0A' && mine.has(fields[9])) count++;
		}
	}
	return count;
}

describe('room security', () => {
	it.runIf(process.platform === 'linux')('opens no TCP listener unless asked to listen', async () => {
		const before = listeningTcpSockets();
		const local = await start();
		expect(local.address).toBeUndefined();
		expect(local.joinCommand).toBeUndefined();
		expect(listeningTcpSockets()).toBe(before);
		await start({name: 'other', listen: {host: '127.0.0.1', port: 0}});
		expect(listeningTcpSockets()).toBe(before + 1);
	});

	it('refuses a wrong or missing token with one line, and the room stays empty', async () => {
		const room = await start({listen: {host: '127.0.0.1', port: 0}});
		const {port, token} = room.address!;
		const wrong = track(record({role: 'follower', address: `127.0.0.1:${port}/${token.replace(/^./, c => (c === 'a' ? 'b' : 'a'))}`}));
		const missing = raw(`ws://127.0.0.1:${port}/`);
		await waitFor(() => wrong.status() === 'rejected', 5000, 'rejected');
		expect(wrong.statuses.at(-1)!.detail).toEqual({key: 'room.badToken'});
		await expect(missing.opened).rejects.toThrow(/401/);
		// A path that is not even valid percent-encoding is just a wrong token.
		const malformed = raw(`ws://127.0.0.1:${port}/%E0%A4%A`);
		await expect(malformed.opened).rejects.toThrow(/401/);
		expect(room.followerCount()).toBe(0);
		// Refused for good: no retries.
		await new Promise(resolve => setTimeout(resolve, 300));
		expect(wrong.statuses.filter(s => s.status === 'rejected')).toHaveLength(1);
	});

	it('a console over TCP is refused: consoles attach only on this machine', async () => {
		const room = await start({listen: {host: '127.0.0.1', port: 0}});
		const remote = raw(`ws://127.0.0.1:${room.address!.port}/${room.address!.token}`);
		await remote.opened;
		remote.ws.send(hello('console'));
		await waitFor(() => remote.closed() !== undefined, 5000, 'closed');
		expect(remote.closed()).toBe(4003);
		expect(room.consoleCount()).toBe(0);
	});

	it("ignores a follower's navigation", async () => {
		const asked: Navigate[] = [];
		const room = await start({onNavigate: action => asked.push(action)});
		room.publish({slide: 'welcome', language: 'en', timerStart: 1});
		const follower = raw(unixUrl(room));
		await follower.opened;
		follower.ws.send(hello('follower'));
		for (let i = 0; i < 5; i++) follower.ws.send(JSON.stringify({type: 'navigate', action: {type: 'next'}}));
		room.publish({slide: 'words', language: 'en', timerStart: 1});
		await waitFor(() => follower.messages.some(m => m.includes('"words"')), 5000, 'position');
		expect(asked).toEqual([]);
		expect(follower.closed()).toBeUndefined();
	});

	it('drops garbage, binary, oversized and silent connections; the presenter goes on serving', async () => {
		const room = await start({timing: {helloMs: 200}});
		const good = track(record({role: 'follower'}));
		room.publish({slide: 'welcome', language: 'en', timerStart: 1});
		await waitFor(() => good.status() === 'live', 5000, 'live');

		const garbage = raw(unixUrl(room));
		const binary = raw(unixUrl(room));
		const oversized = raw(unixUrl(room));
		const silent = raw(unixUrl(room));
		const badHello = raw(unixUrl(room));
		await Promise.all([garbage.opened, binary.opened, oversized.opened, silent.opened, badHello.opened]);
		garbage.ws.send('{not json');
		binary.ws.send(Buffer.from(hello('follower')), {binary: true});
		oversized.ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: 'follower', pad: 'x'.repeat(10_000)}));
		badHello.ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: 'admin'}));
		await waitFor(() => [garbage, binary, oversized, silent, badHello].every(c => c.closed() !== undefined), 5000, 'all dropped');
		expect(oversized.closed()).toBe(1009);
		for (const dropped of [garbage, binary, oversized, silent, badHello]) expect(dropped.messages).toEqual([]);

		room.publish({slide: 'words', language: 'en', timerStart: 1});
		await waitFor(() => good.positions.at(-1)?.slide === 'words', 5000, 'position after');
		expect(room.followerCount()).toBe(1);
	});

	it('drops a console that floods, after its burst', async () => {
		let asked = 0;
		const room = await start({onNavigate: () => asked++});
		const flood = raw(unixUrl(room));
		await flood.opened;
		flood.ws.send(hello('console'));
		const message = JSON.stringify({type: 'navigate', action: {type: 'next'}});
		for (let i = 0; i < 2000; i++) flood.ws.send(message);
		await waitFor(() => flood.closed() !== undefined, 5000, 'dropped');
		expect(asked).toBeGreaterThan(50);
		expect(asked).toBeLessThan(200);
		expect(room.consoleCount()).toBe(0);
	});

	it('drops a follower that floods pings', async () => {
		const room = await start();
		const flood = raw(unixUrl(room));
		await flood.opened;
		flood.ws.send(hello('follower'));
		await waitFor(() => room.followerCount() === 1, 5000, 'follower');
		for (let i = 0; i < 1000; i++) flood.ws.ping();
		await waitFor(() => flood.closed() !== undefined, 5000, 'dropped');
		expect(room.followerCount()).toBe(0);
	});

	it('caps the followers: one past the cap is told the room is full', async () => {
		const room = await start({maxFollowers: 2, listen: {host: '127.0.0.1', port: 0}});
		const address = `127.0.0.1:${room.address!.port}/${room.address!.token}`;
		const first = track(record({role: 'follower', address}));
		const second = track(record({role: 'follower'}));
		await waitFor(() => first.status() === 'live' && second.status() === 'live', 5000, 'two live');
		const overTcp = track(record({role: 'follower', address}));
		const overUnix = track(record({role: 'follower'}));
		await waitFor(() => overTcp.status() === 'rejected' && overUnix.status() === 'rejected', 5000, 'refused');
		expect(overTcp.statuses.at(-1)!.detail).toEqual({key: 'room.full'});
		expect(overUnix.statuses.at(-1)!.detail).toEqual({key: 'room.full'});
		expect(room.followerCount()).toBe(2);
	});

	it('a class joining at once all get in (those over the hello limit are asked to come back)', async () => {
		const room = await start({listen: {host: '127.0.0.1', port: 0}});
		room.publish({slide: 'words', language: 'en', timerStart: 1});
		const address = `127.0.0.1:${room.address!.port}/${room.address!.token}`;
		const clients = Array.from({length: 120}, () => track(record({role: 'follower', address})));
		await waitFor(() => clients.every(client => client.positions.at(-1)?.slide === 'words'), 15_000, 'all live');
		expect(room.followerCount()).toBe(120);
		expect(clients.filter(client => client.statuses.some(s => s.status === 'rejected'))).toEqual([]);
	});

	it('tells a client of another protocol version so, both ways', async () => {
		const room = await start();
		const newer = raw(unixUrl(room));
		await newer.opened;
		newer.ws.send(hello('follower', protocolVersion + 1));
		await waitFor(() => newer.closed() !== undefined, 5000, 'closed');
		expect(newer.closed()).toBe(4001);
		expect(JSON.parse(newer.messages[0]!)).toMatchObject({type: 'hello', protocol: protocolVersion});

		// A presenter of another version, faked.
		const fake = track(new WebSocketServer({port: 0, host: '127.0.0.1'}));
		await new Promise(resolve => fake.once('listening', resolve));
		fake.on('connection', ws => ws.send(JSON.stringify({type: 'hello', protocol: 99, name: 'x', notes: false, more: 'fields'})));
		const client = track(record({role: 'follower', address: `127.0.0.1:${(fake.address() as net.AddressInfo).port}/token`}));
		await waitFor(() => client.status() === 'rejected', 5000, 'rejected');
		expect(client.statuses.at(-1)!.detail).toEqual({key: 'room.version', values: {ours: protocolVersion, theirs: 99}});
	});

	it('checks a received deck like one from disk: sanitised, bounded, schema-checked', async () => {
		const fake = track(new WebSocketServer({port: 0, host: '127.0.0.1'}));
		await new Promise(resolve => fake.once('listening', resolve));
		let send: (wire: unknown) => void = () => {};
		fake.on('connection', ws => {
			ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, name: 'x', notes: false}));
			send(ws);
		});
		const address = `127.0.0.1:${(fake.address() as net.AddressInfo).port}/token`;
		const structure = {languages: ['en'], slides: [{id: 'a', kind: 'title'}]};
		const attachWith = async (text: unknown, languages: Record<string, unknown> = {en: {text}}) => {
			send = ws => (ws as unknown as WebSocket).send(JSON.stringify({type: 'deck', deck: {structure, languages}}));
			const client = track(record({role: 'follower', address}));
			await waitFor(() => client.status() === 'live' || client.status() === 'rejected', 5000, 'deck checked');
			return client;
		};

		const hostile = await attachWith({title: 'T\u001B]0;owned\u0007', slides: {a: {title: 'Hi\u001B[2J there'}}});
		expect(hostile.status()).toBe('live');
		expect(hostile.decks[0]!.text['en']!.slides['a']!.title).toBe('Hi there');
		expect(hostile.decks[0]!.text['en']!.title).toBe('T');

		const long = await attachWith({title: 'T', slides: {a: {title: 'x'.repeat(3000)}}});
		expect(long.statuses.at(-1)).toMatchObject({status: 'rejected', detail: {key: 'room.badDeck'}});
		const problem = long.statuses.at(-1)!.detail!.problem!;
		expect(problem.file).toBe('received deck/locales/en/deck.json');
		expect(JSON.stringify(problem)).toMatch(/title/);
		expect(String(long.statuses.at(-1)!.detail!.values!['problem'])).toMatch(/^received deck\/locales\/en\/deck\.json: /);

		const unknownKey = await attachWith({title: 'T', slides: {a: {title: 'x', script: 'y'}}});
		expect(unknownKey.statuses.at(-1)).toMatchObject({status: 'rejected', detail: {key: 'room.badDeck'}});

		const escape = await attachWith(undefined, {'../../x': {text: {}}});
		expect(escape.statuses.at(-1)).toMatchObject({status: 'rejected', detail: {key: 'room.badDeck'}});
	});

	it('cuts off a presenter that sends a second deck on one connection; the first stays shown', async () => {
		const fake = track(new WebSocketServer({port: 0, host: '127.0.0.1'}));
		await new Promise(resolve => fake.once('listening', resolve));
		const structure = {languages: ['en'], slides: [{id: 'a', kind: 'title'}]};
		const wire = (title: string) => JSON.stringify({type: 'deck', deck: {structure, languages: {en: {text: {title, slides: {a: {title}}}}}}});
		let closed = 0;
		fake.on('connection', ws => {
			ws.on('close', () => closed++);
			ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, name: 'x', notes: false}));
			ws.send(wire('First'));
			ws.send(wire('Second'));
		});
		const client = track(record({role: 'follower', address: `127.0.0.1:${(fake.address() as net.AddressInfo).port}/token`}));
		await waitFor(() => closed > 0, 5000, 'the follower closing the connection');
		expect(client.decks.map(deck => deck.text['en']!.title)).toEqual(['First']);
	});

	it('refuses for good a deck over the message limit', async () => {
		const fake = track(new WebSocketServer({port: 0, host: '127.0.0.1'}));
		await new Promise(resolve => fake.once('listening', resolve));
		let connections = 0;
		fake.on('connection', ws => {
			connections++;
			ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, name: 'x', notes: false}));
			ws.send(Buffer.alloc(maxServerMessage + 1, 0x20), {binary: false});
		});
		const client = track(record({role: 'follower', address: `127.0.0.1:${(fake.address() as net.AddressInfo).port}/token`}));
		await waitFor(() => client.status() === 'rejected', 10_000, 'rejected');
		expect(client.statuses.at(-1)!.detail).toEqual({key: 'room.deckTooBig', values: {limit: '64 MiB'}});
		await new Promise(resolve => setTimeout(resolve, 300));
		expect(connections).toBe(1);
	});

	it('refuses a socket folder that is not private', async () => {
		fs.mkdirSync(path.join(runtime.dir(), 'bideck'), {mode: 0o755});
		fs.chmodSync(path.join(runtime.dir(), 'bideck'), 0o755);
		await expect(start()).rejects.toMatchObject({key: 'room.socketDirUnsafe'});
	});

	it('replaces the stale socket of a killed presenter, and never removes a file that is not a socket', async () => {
		const file = await staleSocket(runtime.dir(), 'talk');
		const dir = path.dirname(file);
		expect(fs.lstatSync(file).isSocket()).toBe(true);
		const room = await start();
		expect(room.socketPath).toBe(file);
		const follower = track(record({role: 'follower'}));
		await waitFor(() => follower.status() === 'live', 5000, 'live');

		fs.writeFileSync(path.join(dir, 'plain.sock'), 'not a socket');
		await expect(start({name: 'plain'})).rejects.toMatchObject({key: 'room.notSocket'});
		expect(fs.readFileSync(path.join(dir, 'plain.sock'), 'utf8')).toBe('not a socket');
	});
});
