import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';
import {attach, type AttachOptions, type Attachment, type LivePosition, type RoomMessage, type RoomStatus} from '../../source/room/index.js';
import type {Deck} from '../../source/deck/load-deck.js';

/** Each test gets its own $XDG_RUNTIME_DIR (so its own socket folder), removed after it. */
export function useRuntimeDir(): {dir: () => string} {
	let dir = '';
	let before: string | undefined;
	beforeEach(() => {
		before = process.env['XDG_RUNTIME_DIR'];
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-run-'));
		process.env['XDG_RUNTIME_DIR'] = dir;
	});
	afterEach(() => {
		if (before === undefined) delete process.env['XDG_RUNTIME_DIR'];
		else process.env['XDG_RUNTIME_DIR'] = before;
		fs.rmSync(dir, {recursive: true, force: true});
	});
	return {dir: () => dir};
}

/** Polls until `check` holds, or fails after `timeout` ms. */
export async function waitFor(check: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
	const end = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

/** An attach() that records what it is told. */
export type Recorder = {
	attachment: Attachment;
	decks: Deck[];
	positions: LivePosition[];
	statuses: Array<{status: RoomStatus; detail?: RoomMessage}>;
	/** A console's counts of followers, as told. */
	audience: number[];
	/** A console's join lines, as told. */
	joins: string[];
	status(): RoomStatus | undefined;
};

export function record(options: Omit<AttachOptions, 'onDeck' | 'onPosition' | 'onStatus'>): Recorder {
	const recorder: Omit<Recorder, 'attachment'> = {
		decks: [],
		positions: [],
		statuses: [],
		audience: [],
		joins: [],
		status: () => recorder.statuses.at(-1)?.status,
	};
	const attachment = attach({
		...options,
		onDeck: deck => recorder.decks.push(deck),
		onPosition: position => recorder.positions.push(position),
		onStatus: (status, detail) => recorder.statuses.push({status, detail}),
		onAudience: followers => recorder.audience.push(followers),
		onJoin: command => recorder.joins.push(command),
	});
	return Object.assign(recorder, {attachment});
}

/** Leaves the socket file of a killed presenter at `name` in the runtime dir's bideck folder
 * (made if missing): a process listens on it and is SIGKILLed, so the file stays and nobody
 * answers. Returns its path. */
export async function staleSocket(runtimeDir: string, name: string): Promise<string> {
	const dir = path.join(runtimeDir, 'bideck');
	fs.mkdirSync(dir, {recursive: true, mode: 0o700});
	const file = path.join(dir, `${name}.sock`);
	const child = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(file)}, () => console.log('up'))`], {stdio: ['ignore', 'pipe', 'inherit']});
	await new Promise(resolve => child.stdout.once('data', resolve));
	child.kill('SIGKILL');
	await new Promise(resolve => child.once('exit', resolve));
	return file;
}
