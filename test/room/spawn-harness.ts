import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {bundleHarness} from '../../scripts/bundle-harness.mjs';

/** Bundles test/room/harness.ts (see scripts/bundle-harness.mjs); returns its path. */
export function buildHarness(): Promise<string> {
	return bundleHarness(path.resolve('.'), 'test/room/harness.ts', 'bideck-room-harness');
}

export type Line = {event: string; at: number; [key: string]: unknown};

/** A harness process, its JSON lines recorded as they come. */
export type Harness = {
	child: ChildProcess;
	lines: Line[];
	send(line: string): void;
	/** Resolves with the first line from `from` on that matches. */
	next(match: (line: Line) => boolean, timeout?: number, from?: number): Promise<Line>;
	exited: Promise<number | null>;
};

export function spawnHarness(harness: string, args: string[], env: NodeJS.ProcessEnv): Harness {
	const child = spawn(process.execPath, [harness, ...args], {env, stdio: ['pipe', 'pipe', 'inherit']});
	const lines: Line[] = [];
	const waiters = new Set<() => void>();
	readline.createInterface({input: child.stdout!}).on('line', text => {
		lines.push(JSON.parse(text) as Line);
		for (const waiter of waiters) waiter();
	});
	const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
	return {
		child,
		lines,
		send: line => child.stdin!.write(`${line}\n`),
		next(match, timeout = 10_000, from = 0) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const found = lines.slice(from).find(match);
					if (!found) return;
					waiters.delete(check);
					clearTimeout(timer);
					resolve(found);
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`timed out waiting for a line from ${args.join(' ')}; got ${JSON.stringify(lines.slice(from))}`));
				}, timeout);
				waiters.add(check);
				check();
			});
		},
		exited,
	};
}

export function removeHarness(file: string): void {
	fs.rmSync(file, {force: true});
}
