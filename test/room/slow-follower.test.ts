import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import WebSocket from 'ws';
import {loadDeck} from '../../source/deck/load-deck.js';
import {protocolVersion, share, type Share} from '../../source/room/index.js';
import {writeBigDeck} from './big-deck.js';
import {record, useRuntimeDir, waitFor, type Recorder} from './room-helpers.js';

// A follower that stops reading must cost the presenter nothing: it gets no queue of positions
// (only the latest, once it reads again) and, stalled for long, is dropped — while the others
// keep getting every change at once.

const deckDir = writeBigDeck(fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-big-')), 600);
const deck = loadDeck(deckDir);
afterAll(() => fs.rmSync(deckDir, {recursive: true, force: true}));
useRuntimeDir();
const open: Array<Share | Recorder | WebSocket> = [];
afterEach(async () => {
	for (const item of open.splice(0)) {
		if ('attachment' in item) item.attachment.close();
		else if (item instanceof WebSocket) item.terminate();
		else await item.close();
	}
});
const track = <T extends Share | Recorder | WebSocket>(item: T): T => {
	open.push(item);
	return item;
};
const tick = () => new Promise(resolve => setImmediate(resolve));

/** A follower on the Unix socket that says hello and then stops reading. */
async function stalled(room: Share) {
	const ws = track(new WebSocket(`ws+unix:${room.socketPath}:/`));
	const positions: string[] = [];
	ws.on('message', data => {
		const message = JSON.parse(String(data)) as {type: string; position?: {slide: string}};
		if (message.type === 'position') positions.push(message.position!.slide);
	});
	ws.on('error', () => {});
	await new Promise(resolve => ws.once('open', resolve));
	ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: 'follower'}));
	ws.pause();
	return {ws, positions};
}

describe('a follower that stops reading', () => {
	it('gets only the latest position when it reads again, not a queue', async () => {
		const room = track(await share({deck, name: 'big', shareNotes: false, maxFollowers: 200, onNavigate: () => {}, timing: {stallMs: 20_000}}));
		room.publish({slide: 's1', language: 'en', timerStart: 0});
		const slow = await stalled(room);
		const healthy = track(record({role: 'follower'}));
		await waitFor(() => healthy.status() === 'live', 10_000, 'healthy live');
		for (let i = 2; i <= 500; i++) {
			room.publish({slide: `s${i}`, language: 'en', timerStart: 0});
			await tick();
		}
		await waitFor(() => healthy.positions.at(-1)?.slide === 's500', 5000, 'healthy follower at the latest');
		slow.ws.resume();
		await waitFor(() => slow.positions.at(-1) === 's500', 10_000, 'slow follower at the latest');
		expect(slow.positions.length).toBeLessThanOrEqual(3);
		expect(room.followerCount()).toBe(2);
	});

	it('is dropped once stalled, while the others get every change at once', async () => {
		const room = track(await share({deck, name: 'big', shareNotes: false, maxFollowers: 200, onNavigate: () => {}, timing: {stallMs: 300, heartbeatMs: 100}}));
		room.publish({slide: 's1', language: 'en', timerStart: 0});
		const healthy = track(record({role: 'follower'}));
		await waitFor(() => healthy.status() === 'live', 10_000, 'healthy live');
		const slow = await stalled(room);
		await waitFor(() => room.followerCount() === 2, 5000, 'two followers');
		const heapBefore = process.memoryUsage().heapUsed;
		const latencies: number[] = [];
		for (let i = 2; i <= 60; i++) {
			const sent = performance.now();
			room.publish({slide: `s${i}`, language: 'en', timerStart: 0});
			await waitFor(() => healthy.positions.at(-1)?.slide === `s${i}`, 2000, `position ${i}`);
			latencies.push(performance.now() - sent);
			await new Promise(resolve => setTimeout(resolve, 10));
		}
		await waitFor(() => room.followerCount() === 1, 5000, 'slow follower dropped');
		// Reading again, it finds the connection closed by the presenter.
		slow.ws.resume();
		await waitFor(() => slow.ws.readyState === WebSocket.CLOSED, 5000, 'slow follower sees the close');
		// Bounded by the machine, not by the stalled follower (which would hold a queue for seconds).
		expect(Math.max(...latencies)).toBeLessThan(1000);
		// No queue of positions grew for the stalled follower (a loose bound: the heap moves anyway).
		expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(20 * 1024 * 1024);
	});
});

describe('a change sent to many followers', () => {
	it('goes out in batches, between which the presenter runs; a newer change starts the round again', async () => {
		const room = track(await share({deck: loadDeck(path.resolve('examples/minimal')), name: 'many', shareNotes: false, maxFollowers: 200, onNavigate: () => {}}));
		room.publish({slide: 'a', language: 'en', timerStart: 0});
		const count = 60;
		// The first follower to get b (an I/O event of this process, as a key is the presenter's)
		// publishes c: it runs between batches, so the later batches get only c.
		let changed = false;
		const followers = await Promise.all(
			Array.from({length: count}, async () => {
				const ws = track(new WebSocket(`ws+unix:${room.socketPath}:/`));
				const positions: string[] = [];
				ws.on('message', data => {
					const message = JSON.parse(String(data)) as {type: string; position?: {slide: string}};
					if (message.type !== 'position') return;
					positions.push(message.position!.slide);
					if (message.position!.slide === 'b' && !changed) {
						changed = true;
						room.publish({slide: 'c', language: 'en', timerStart: 0});
					}
				});
				await new Promise(resolve => ws.once('open', resolve));
				ws.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: 'follower'}));
				return positions;
			}),
		);
		await waitFor(() => followers.every(positions => positions.at(-1) === 'a'), 5000, 'every follower at a');
		room.publish({slide: 'b', language: 'en', timerStart: 0});
		await waitFor(() => followers.every(positions => positions.at(-1) === 'c'), 5000, 'every follower at c');
		const gotB = followers.filter(positions => positions.includes('b')).length;
		expect(gotB).toBeGreaterThan(0);
		expect(gotB).toBeLessThan(count);
		for (const positions of followers) expect(positions.filter(slide => slide === 'c')).toHaveLength(1);
	});
});
