import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/deck/load-deck.js';
import {share, type Navigate, type Share} from '../../source/room/index.js';
import {toWire} from '../../source/room/received-deck.js';
import {record, staleSocket, useRuntimeDir, waitFor, type Recorder} from './room-helpers.js';

const deck = loadDeck(path.resolve('examples/minimal'));
const runtime = useRuntimeDir();
const open: Array<Share | Recorder> = [];
afterEach(async () => {
	for (const item of open.splice(0)) {
		if ('attachment' in item) item.attachment.close();
		else await item.close();
	}
});
const track = <T extends Share | Recorder>(item: T): T => {
	open.push(item);
	return item;
};

describe('share and attach', () => {
	it('a console on the Unix socket gets the deck and the live position, and its navigation reaches the presenter', async () => {
		const asked: Navigate[] = [];
		const room = track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: action => asked.push(action)}));
		expect(room.socketPath).toBe(path.join(runtime.dir(), 'bideck', 'talk.sock'));
		expect(fs.statSync(path.dirname(room.socketPath)).mode & 0o777).toBe(0o700);
		expect(fs.statSync(room.socketPath).mode & 0o777).toBe(0o600);
		room.publish({slide: 'structure', language: 'en', timerStart: 1000});

		const console = track(record({role: 'console'}));
		await waitFor(() => console.positions.length > 0, 5000, 'position');
		expect(console.status()).toBe('live');
		expect(console.decks).toHaveLength(1);
		expect(console.decks[0]!.structure).toEqual(deck.structure);
		expect(console.positions).toEqual([{slide: 'structure', language: 'en', timerStart: 1000}]);
		expect(room.consoleCount()).toBe(1);

		console.attachment.navigate({type: 'next'});
		console.attachment.navigate({type: 'goto', slide: 'words'});
		await waitFor(() => asked.length === 2, 5000, 'navigation');
		expect(asked).toEqual([{type: 'next'}, {type: 'goto', slide: 'words'}]);

		room.publish({slide: 'words', language: 'zh-Hant', timerStart: 1000});
		await waitFor(() => console.positions.length === 2, 5000, 'second position');
		expect(console.positions[1]).toEqual({slide: 'words', language: 'zh-Hant', timerStart: 1000});
	});

	it('a console is told how many follow, as followers come and go; a class joining at once is one message', async () => {
		const room = track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'welcome', language: 'en', timerStart: 0});
		const console = track(record({role: 'console'}));
		await waitFor(() => console.audience.length > 0, 5000, 'first count');
		expect(console.audience).toEqual([0]);
		const joining = performance.now();
		const followers = Array.from({length: 5}, () => track(record({role: 'follower'})));
		await waitFor(() => console.audience.at(-1) === 5, 5000, 'five followers');
		// Counts are sent at most every 250 ms: five arrivals at once are not five messages.
		const counts = console.audience.length - 1;
		expect(counts).toBeLessThanOrEqual(Math.floor((performance.now() - joining) / 250) + 1);
		followers[0]!.attachment.close();
		await waitFor(() => console.audience.at(-1) === 4, 5000, 'one left');
		// Followers are not told.
		expect(followers[1]!.audience).toEqual([]);
	});

	it('a follower over TCP with the join token follows; its navigation is ignored', async () => {
		const asked: Navigate[] = [];
		const room = track(await share({deck, name: 'talk', listen: {host: '127.0.0.1', port: 0}, shareNotes: false, maxFollowers: 200, onNavigate: action => asked.push(action)}));
		expect(room.address?.port).toBeGreaterThan(0);
		expect(room.address?.token).toMatch(/^[2-9a-z]{12}$/);
		expect(room.joinCommand).toBe(`bideck follow 127.0.0.1:${room.address!.port}/${room.address!.token}`);
		room.publish({slide: 'welcome', language: 'en', timerStart: 5});

		const follower = track(record({role: 'follower', address: room.joinCommand!.split(' ')[2]}));
		await waitFor(() => follower.positions.length > 0, 5000, 'position');
		expect(follower.status()).toBe('live');
		expect(room.followerCount()).toBe(1);
		// A follower's attachment sends nothing; a raw navigate from a follower is checked in security tests.
		follower.attachment.navigate({type: 'next'});
		room.publish({slide: 'words', language: 'en', timerStart: 5});
		await waitFor(() => follower.positions.length === 2, 5000, 'second position');
		expect(asked).toEqual([]);
	});

	it('a console is given the join line while the presenter shows it, and not once it has moved on', async () => {
		const room = track(await share({deck, name: 'talk', listen: {host: '127.0.0.1', port: 0}, shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'welcome', language: 'en', timerStart: 0});
		const early = track(record({role: 'console'}));
		await waitFor(() => early.status() === 'live', 5000, 'first console live');
		expect(early.joins).toEqual([room.joinCommand]);
		room.hideJoin();
		const late = track(record({role: 'console'}));
		await waitFor(() => late.status() === 'live', 5000, 'second console live');
		expect(late.joins).toEqual([]);
	});

	it('listens on IPv6 loopback too, the join line bracketing the address', async () => {
		const ipv6 = await new Promise<boolean>(resolve => {
			const probe = net.createServer().once('error', () => resolve(false));
			probe.listen(0, '::1', () => probe.close(() => resolve(true)));
		});
		if (!ipv6) return; // no IPv6 loopback on this machine
		const room = track(await share({deck, name: 'talk', listen: {host: '::1', port: 0}, shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		expect(room.joinCommand).toBe(`bideck follow [::1]:${room.address!.port}/${room.address!.token}`);
		room.publish({slide: 'words', language: 'en', timerStart: 5});
		const follower = track(record({role: 'follower', address: room.joinCommand!.split(' ')[2]}));
		await waitFor(() => follower.positions.at(-1)?.slide === 'words', 5000, 'position');
	});

	it('a local follower needs no token; notes are not sent unless shared', async () => {
		const room = track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'welcome', language: 'en', timerStart: 5});
		const follower = track(record({role: 'follower'}));
		await waitFor(() => follower.decks.length > 0, 5000, 'deck');
		const notes = (d: typeof deck) => Object.values(d.text).flatMap(text => Object.values(text.slides).map(slide => slide.notes));
		expect(notes(deck).filter(Boolean).length).toBeGreaterThan(0);
		expect(notes(follower.decks[0]!).filter(Boolean)).toEqual([]);
		// The console is the presenter's own: it has the notes.
		const console = track(record({role: 'console'}));
		await waitFor(() => console.decks.length > 0, 5000, 'console deck');
		expect(console.decks[0]!.text).toEqual(deck.text);
		expect(follower.decks[0]!.text['en']!.slides['welcome']!.title).toBe(deck.text['en']!.slides['welcome']!.title);
	});

	it("a deck's own labels (its ui.json) travel with it, and only those", async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-labels-'));
		try {
			fs.cpSync(path.resolve('examples/minimal'), dir, {recursive: true});
			fs.writeFileSync(path.join(dir, 'locales', 'en', 'ui.json'), JSON.stringify({hints: {quit: 'leave'}}));
			const labelled = loadDeck(dir);
			expect((labelled.chrome['en']!['hints'] as Record<string, string>)['quit']).toBe('leave');
			const wire = toWire(labelled, false);
			expect(wire.languages['en']!.chrome).toEqual({hints: {quit: 'leave'}});
			expect(wire.languages['zh-Hant']!.chrome).toBeUndefined();
			const room = track(await share({deck: labelled, name: 'labels', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
			room.publish({slide: 'welcome', language: 'en', timerStart: 5});
			const follower = track(record({role: 'follower'}));
			await waitFor(() => follower.decks.length > 0, 5000, 'deck');
			expect(follower.decks[0]!.chrome['en']).toEqual(labelled.chrome['en']);
			expect(follower.decks[0]!.chrome['zh-Hant']).toEqual(labelled.chrome['zh-Hant']);
		} finally {
			fs.rmSync(dir, {recursive: true, force: true});
		}
	});

	it('with shareNotes the notes are sent', async () => {
		const room = track(await share({deck, name: 'talk', shareNotes: true, maxFollowers: 200, onNavigate: () => {}}));
		const follower = track(record({role: 'follower', name: 'talk'}));
		await waitFor(() => follower.decks.length > 0, 5000, 'deck');
		expect(follower.decks[0]!.text).toEqual(deck.text);
	});

	it('the presenter quitting says "ended"; a new presenter of the same name is rejoined at its live slide', async () => {
		const first = await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}});
		first.publish({slide: 'welcome', language: 'en', timerStart: 5});
		const follower = track(record({role: 'follower'}));
		await waitFor(() => follower.status() === 'live', 5000, 'live');
		await first.close();
		await waitFor(() => follower.status() === 'ended', 5000, 'ended');
		expect(fs.existsSync(first.socketPath)).toBe(false);

		const second = track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		second.publish({slide: 'words', language: 'zh-Hant', timerStart: 9});
		await waitFor(() => follower.positions.at(-1)?.slide === 'words', 5000, 'rejoined');
		expect(follower.status()).toBe('live');
		// Same deck: not handed over again.
		expect(follower.decks).toHaveLength(1);
	});

	it('a presenter restarted with another deck hands the new deck over', async () => {
		const first = await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}});
		first.publish({slide: 'welcome', language: 'en', timerStart: 5});
		const follower = track(record({role: 'follower'}));
		await waitFor(() => follower.status() === 'live', 5000, 'live');
		await first.close();
		const forum = loadDeck(path.resolve('.'));
		const second = track(await share({deck: forum, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		second.publish({slide: forum.structure.slides[1]!.id, language: 'en', timerStart: 9});
		await waitFor(() => follower.decks.length === 2 && follower.positions.at(-1)?.slide === forum.structure.slides[1]!.id, 5000, 'new deck');
		expect(follower.decks[1]!.structure).toEqual(forum.structure);
	});

	it('a second presenter with a live presenter\'s name is refused', async () => {
		track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		await expect(share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}})).rejects.toMatchObject({key: 'room.nameInUse'});
	});

	it('without --name: the one live presentation, a killed one\'s socket not counting; several live ones must be named', async () => {
		await staleSocket(runtime.dir(), 'killed');
		const room = track(await share({deck, name: 'talk', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'words', language: 'en', timerStart: 5});
		const console = track(record({role: 'console'}));
		await waitFor(() => console.positions.at(-1)?.slide === 'words', 5000, 'the live one');

		track(await share({deck, name: 'other', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		const unsure = track(record({role: 'console'}));
		await waitFor(() => unsure.status() === 'rejected', 5000, 'rejected');
		expect(unsure.statuses.at(-1)!.detail).toEqual({key: 'room.several', values: {names: 'other, talk'}});
	});

	it('a console waits for a presentation that has not started yet', async () => {
		const console = track(record({role: 'console'}));
		await waitFor(() => console.status() === 'connecting', 5000, 'connecting');
		expect(console.statuses[0]!.detail).toEqual({key: 'room.waiting'});
		const room = track(await share({deck, name: 'late', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'welcome', language: 'en', timerStart: 5});
		await waitFor(() => console.status() === 'live', 5000, 'live');
	});
});
