// The room part of `npm run bench` (issue #10): a slide change on a presenter → the position
// received by each of 1, 50 and 200 followers over loopback TCP, and the presenter's memory per
// connected follower. The presenter is a headless one (test/room/harness.ts) in a process of its
// own, given "goto ID" on stdin; the followers are attach() clients in this process, checking
// the received deck as a real follower does. Times run from the write of "goto" to the arrival of
// the position at each follower (both in this process's clock), so they include the pipe to the
// presenter. The terminal side: presenters and a follower in ptys (see terminals() below).

import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {bundleHarness} from './bundle-harness.mjs';

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

/** The terminal side, when the CLI shares (`bideck --share`): two presenters in ptys, A with no
 * follower and B with a real follower in a pty (then 199 headless ones more, in a process of
 * their own), → and ← pressed on each in turn; rows for the presenters' keypress latency (B's
 * against A's, same run, interleaved) and for B's key → the follower's frame. */
async function terminals({harness, node, root, temp, Terminal, presenterWords, followWords, deck, presses, gap, log, note, track}) {
	const position = n => deck.position('en', n);
	const sgr = /\u001B\[[0-9;?]*[A-Za-z]/g;
	const a = new Terminal(presenterWords('bench-a'));
	const b = new Terminal(presenterWords('bench-b'));
	const terminalsOpen = [a, b];
	try {
		await Promise.all([a, b].map(terminal => terminal.waitFor([position(1), /bideck follow \S+\/\w+/])));
		const address = /bideck follow (\S+\/\w+)/.exec(b.output.replace(sgr, ''))[1];
		// At the lowest priority, as the headless followers below: in a room it runs on a
		// student's machine, and here its drawing would take the presenter's CPU, not its sockets'.
		const follower = new Terminal(followWords(address), [], {lowest: true});
		terminalsOpen.push(follower);
		await follower.waitFor([position(1)]);
		await sleep(300);

		const round = async () => {
			// follower: from the presenter's frame (the slide change on the projected screen);
			// fromKey: from the key pressed on the presenter.
			const times = {a: [], b: [], follower: [], fromKey: []};
			for (let i = 0; i < presses; i++) {
				for (const [slide, key] of [
					[2, '\u001B[C'],
					[1, '\u001B[D'],
				]) {
					times.a.push(await a.press(key, [position(slide)]));
					await sleep(gap);
					follower.mark();
					b.mark();
					const written = performance.now();
					b.write(key);
					const shown = await b.waitFor([position(slide)]);
					const followed = await follower.waitFor([position(slide)]);
					times.b.push(shown - written);
					times.follower.push(followed - shown);
					times.fromKey.push(followed - written);
					await sleep(gap);
				}
			}
			return times;
		};
		log(`room: presenters in ptys (one with a follower in a pty), ${presses} rounds of → ←…`);
		const one = await round();
		log('room: the same with 199 headless followers more…');
		// At the lowest priority: in a room they run on other machines, and here they would take
		// the presenter's pty forwarding (script) its CPU on a 2-core machine.
		const words = ['chrt', '--idle', '0', node, harness, 'followers', '199', address];
		note(`${words.join(' ')}   (199 headless followers, test/room/harness.ts bundled)`);
		const crowd = spawn(words[0], words.slice(1), {cwd: root, env: {...process.env, XDG_RUNTIME_DIR: path.join(temp, 'run')}, stdio: ['ignore', 'pipe', 'inherit']});
		track(crowd);
		try {
			const lines = [];
			const waiters = new Set();
			readline.createInterface({input: crowd.stdout}).on('line', text => {
				lines.push(JSON.parse(text));
				for (const waiter of waiters) waiter();
			});
			const live = await nextLine(lines, waiters, line => line.event === 'live' || line.event === 'rejected');
			if (live.event !== 'live') throw new Error(`room bench: headless followers rejected: ${JSON.stringify(live.detail)}`);
			await sleep(300);
			const crowded = await round();
			const row = (id, measure, values, extra = {}) => ({id, measure, unit: 'ms', n: values.length, median: median(values), high: percentile(values, 95), highLabel: 'p95', ...extra});
			const ratio = median(crowded.b) / median(crowded.a);
			return [
				row('room.keypress.none', 'room: presenter keypress → ← (pty), sharing, no follower', crowded.a),
				row('room.keypress.200', `room: presenter keypress → ← (pty) with 200 followers (1 in a pty, 199 headless), same run (× no follower: ${Math.round(ratio * 100) / 100}; with 1 follower ${Math.round((median(one.b) / median(one.a)) * 100) / 100})`, crowded.b, {
					target: '≤ 1.1× no follower',
					pass: ratio <= 1.1,
					limit: 'each change is serialised once and written to every socket by the presenter\'s one thread, 25 sockets a turn, 4 ms after its frame (sendAfterMs)',
				}),
				row('room.frame.1', `room: slide change on the presenter's screen → the follower's frame (both in ptys), 1 follower (from the key: median ${Math.round(median(one.fromKey) * 10) / 10} ms)`, one.follower),
				row('room.frame.200', `room: slide change on the presenter's screen → the follower's frame (both in ptys), 200 followers (from the key: median ${Math.round(median(crowded.fromKey) * 10) / 10} ms)`, crowded.follower, {
					target: 'p95 ≤ 50 ms',
					pass: percentile(crowded.follower, 95) <= 50,
					limit: 'the follower parses the position, updates and draws its frame through Ink (at most 60 frames a second); the presenter publishes once its own frame is drawn',
				}),
			];
		} finally {
			crowd.kill('SIGKILL');
		}
	} finally {
		await Promise.all(terminalsOpen.map(terminal => terminal.quit()));
	}
}

/** Returns bench rows (bench.mjs's shape). `temp` is removed by the caller; `track` registers
 * a child process to kill on the way out; `note` records a command. With `terminals` (what the
 * pty rows need from bench.mjs), and when the CLI can share, the terminal rows too. */
export async function benchRoom({root, node, temp, deckDir, log, note, track, terminals: pty}) {
	const files = [await bundleHarness(root, 'test/room/harness.ts', 'bideck-room-harness'), await bundleHarness(root, 'source/room/index.ts', 'bideck-room')];
	const [harness, roomModule] = files;
	const followers = [];
	let presenter;
	try {
		const {attach} = await import(roomModule);
		const runtime = path.join(temp, 'run');
		fs.mkdirSync(runtime, {recursive: true, mode: 0o700});
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
		for (const follower of followers.splice(0)) follower.attachment.close();
		presenter.kill('SIGKILL');
		if (pty) rows.push(...(await terminals({harness, node, root, temp, log, note, track, ...pty})));
		return rows;
	} finally {
		for (const follower of followers) follower.attachment?.close();
		presenter?.kill('SIGKILL');
		for (const file of files) fs.rmSync(file, {force: true});
	}
}
