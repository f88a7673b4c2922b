// The room part of `npm run bench` (issue #10): a slide change on a presenter → the position
// received by each of 1, 50 and 200 followers over loopback TCP, and the presenter's memory per
// connected follower. The presenter is a headless one (test/room/harness.ts) in a process of its
// own, given "goto ID" on stdin; the followers are attach() clients in this process, checking
// the received deck as a real follower does. Times run from the write of "goto" to the arrival of
// the position at each follower (both in this process's clock), so they include the pipe to the
// presenter. The terminal side (a follower drawing its frame in a pty; the presenter's keypress
// latency with 200 followers) needs the terminal programs and is measured by bench.mjs when
// `bideck --share` exists.

import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {build} from 'esbuild';

const counts = [1, 50, 200];
const changes = 30;
const gap = 50; // ms between changes
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const median = values => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

/** Bundles an entry into node_modules/.cache (inside the package, where it finds the package's
 * locales as dist/cli.js does). */
async function bundle(root, entry, name) {
	const outfile = path.join(root, 'node_modules', '.cache', `${name}-${process.pid}.mjs`);
	await build({
		absWorkingDir: root,
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'error',
		banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"},
	});
	return outfile;
}

/** Resolves with the first JSON line of `lines` (appended to as they come) that matches. */
function nextLine(lines, waiters, match, timeout = 20_000) {
	return new Promise((resolve, reject) => {
		const check = () => {
			const found = lines.find(match);
			if (!found) return;
			lines.splice(lines.indexOf(found), 1);
			waiters.delete(check);
			clearTimeout(timer);
			resolve(found);
		};
		const timer = setTimeout(() => {
			waiters.delete(check);
			reject(new Error('room bench: the presenter did not answer'));
		}, timeout);
		waiters.add(check);
		check();
	});
}

/** Returns bench rows (bench.mjs's shape). `temp` is removed by the caller; `track` registers
 * a child process to kill on the way out; `note` records a command. */
export async function benchRoom({root, node, temp, deckDir, log, note, track}) {
	const files = [await bundle(root, 'test/room/harness.ts', 'bideck-room-harness'), await bundle(root, 'source/room/index.ts', 'bideck-room')];
	const [harness, roomModule] = files;
	const followers = [];
	let presenter;
	try {
		const {attach} = await import(roomModule);
		const runtime = path.join(temp, 'run');
		fs.mkdirSync(runtime, {mode: 0o700});
		const words = [node, '--expose-gc', harness, 'presenter', deckDir, 'bench', '127.0.0.1:0'];
		note(`XDG_RUNTIME_DIR=${runtime} ${words.join(' ')}   (test/room/harness.ts, bundled)`);
		presenter = spawn(words[0], words.slice(1), {cwd: root, env: {...process.env, XDG_RUNTIME_DIR: runtime}, stdio: ['pipe', 'pipe', 'inherit']});
		track(presenter);
		const lines = [];
		const waiters = new Set();
		readline.createInterface({input: presenter.stdout}).on('line', text => {
			lines.push(JSON.parse(text));
			for (const waiter of waiters) waiter();
		});
		const ask = async command => {
			presenter.stdin.write(`${command}\n`);
			return nextLine(lines, waiters, line => line.event === 'count');
		};
		const ready = await nextLine(lines, waiters, line => line.event === 'ready');
		const address = ready.joinCommand.split(' ')[2];
		const ids = JSON.parse(fs.readFileSync(path.join(deckDir, 'slides', 'deck.json'), 'utf8')).slides.map(slide => slide.id);
		const idle = await ask('count');

		// Each follower: the time its latest position arrived, and which slide.
		const connect = () =>
			new Promise((resolve, reject) => {
				const follower = {slide: undefined, at: 0};
				const timer = setTimeout(() => reject(new Error('room bench: a follower did not get live')), 20_000);
				follower.attachment = attach({
					role: 'follower',
					address,
					onDeck() {},
					onPosition(position) {
						follower.slide = position.slide;
						follower.at = performance.now();
						clearTimeout(timer);
						resolve(follower);
					},
					onStatus(status, detail) {
						if (status === 'rejected') reject(new Error(`room bench: follower rejected: ${detail?.key}`));
					},
				});
				followers.push(follower);
			});

		const rows = [];
		let memory;
		for (const count of counts) {
			log(`room: ${count} follower${count === 1 ? '' : 's'} over loopback TCP, ${changes} slide changes…`);
			await Promise.all(Array.from({length: count - followers.length}, connect));
			if (followers.length !== count) throw new Error(`room bench: ${followers.length} followers, not ${count}`);
			const all = [];
			const slowest = [];
			for (let change = 0; change < changes; change++) {
				const slide = ids.find(id => id !== followers[0].slide);
				const sent = performance.now();
				presenter.stdin.write(`goto ${slide}\n`);
				const end = sent + 5000;
				while (followers.some(follower => follower.slide !== slide || follower.at < sent)) {
					if (performance.now() > end) throw new Error(`room bench: ${slide} did not reach every follower in 5 s`);
					await sleep(1);
				}
				const latencies = followers.map(follower => follower.at - sent);
				all.push(...latencies);
				slowest.push(Math.max(...latencies));
				await sleep(gap);
			}
			const p95 = percentile(all, 95);
			rows.push({
				id: `room.follow.${count}`,
				measure: `room: slide change → position received, ${count} follower${count === 1 ? '' : 's'} over loopback TCP (headless; every follower's arrival; slowest follower p95 ${Math.round(percentile(slowest, 95) * 10) / 10} ms)`,
				unit: 'ms',
				n: all.length,
				median: median(all),
				high: p95,
				highLabel: 'p95',
				...(count === 200 ? {target: 'p95 ≤ 50 ms', pass: p95 <= 50, limit: 'one JSON text per change, written to each socket in turn by one thread; the followers share this process'} : {}),
			});
			if (count === counts.at(-1)) memory = await ask('count');
		}
		const n = counts.at(-1);
		if (memory.followers !== n) throw new Error(`room bench: the presenter counts ${memory.followers} followers, not ${n}`);
		const perRss = (memory.rss - idle.rss) / n / 1024;
		const perHeap = (memory.heap - idle.heap) / n / 1024;
		rows.push({
			id: 'room.memoryPerFollower',
			measure: `room: presenter memory per connected follower (RSS delta / ${n}; heap after GC: ${Math.round(perHeap * 10) / 10} KB)`,
			unit: 'KB',
			n: 1,
			median: perRss,
			high: perRss,
			highLabel: 'max',
		});
		return rows;
	} finally {
		for (const follower of followers) follower.attachment?.close();
		presenter?.kill('SIGKILL');
		for (const file of files) fs.rmSync(file, {force: true});
	}
}
