// A headless presenter or client for the real-process room tests and the bench: it speaks JSON
// lines. Bundled by test/room/spawn-harness.ts and run with the project's node.
//
//   presenter DECK_DIR NAME [HOST:PORT]   → {"event":"ready",...}, {"event":"navigate",...};
//                                            stdin: "goto ID", "count"; SIGTERM: ends the room
//   console [NAME] | follower [ADDRESS]   → {"event":"status"|"deck"|"position",...};
//                                            stdin: "next" (a console's navigation)
//   followers COUNT ADDRESS               → {"event":"live"} once all COUNT have a position
import readline from 'node:readline';
import {loadDeck} from '../../source/deck/load-deck.js';
import {attach, share, type LivePosition, type Navigate} from '../../source/room/index.js';

const print = (line: object) => process.stdout.write(`${JSON.stringify({...line, at: performance.timeOrigin + performance.now()})}\n`);
const [mode, ...args] = process.argv.slice(2);

if (mode === 'presenter') {
	const [dir, name, listen] = args;
	const deck = loadDeck(dir!);
	const ids = deck.structure.slides.map(slide => slide.id);
	let live: LivePosition = {slide: ids[0]!, language: deck.structure.languages[0]!, timerStart: Date.now()};
	const move = (action: Navigate) => {
		const at = ids.indexOf(live.slide);
		const to = {next: at + 1, previous: at - 1, first: 0, last: ids.length - 1, goto: ids.indexOf(action.type === 'goto' ? action.slide : ''), toggleLanguage: at, resetTimer: at}[action.type];
		if (to >= 0 && to < ids.length) live = {...live, slide: ids[to]!};
		room.publish(live);
	};
	const [host, port] = listen ? [listen.slice(0, listen.lastIndexOf(':')), Number(listen.slice(listen.lastIndexOf(':') + 1))] : [];
	const room = await share({
		deck,
		name: name!,
		...(host ? {listen: {host, port: port!}} : {}),
		shareNotes: false,
		maxFollowers: 200,
		onNavigate: action => {
			print({event: 'navigate', action});
			move(action);
		},
	});
	room.publish(live);
	print({event: 'ready', joinCommand: room.joinCommand, socketPath: room.socketPath, pid: process.pid});
	readline.createInterface({input: process.stdin}).on('line', line => {
		const [command, argument] = line.split(' ');
		if (command === 'goto') move({type: 'goto', slide: argument!});
		if (command === 'count') {
			// With --expose-gc (the bench), memory is read after a full collection.
			(globalThis as {gc?: () => void}).gc?.();
			print({event: 'count', followers: room.followerCount(), consoles: room.consoleCount(), heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss});
		}
	});
	process.once('SIGTERM', () => {
		void room.close().then(() => process.exit(0));
	});
} else if (mode === 'followers') {
	// COUNT headless followers of ADDRESS in this one process: says when all are live.
	const count = Number(args[0]);
	let live = 0;
	for (let i = 0; i < count; i++) {
		let seen = false;
		attach({
			role: 'follower',
			address: args[1]!,
			onDeck: () => {},
			onPosition: () => {
				if (seen) return;
				seen = true;
				if (++live === count) print({event: 'live', count});
			},
			onStatus: (status, detail) => {
				if (status === 'rejected') print({event: 'rejected', detail});
			},
		});
	}
} else {
	const role = mode === 'console' ? 'console' : 'follower';
	let slides = 0;
	const attachment = attach({
		role,
		...(role === 'follower' && args[0] ? {address: args[0]} : {}),
		...(role === 'console' && args[0] ? {name: args[0]} : {}),
		onDeck: deck => {
			slides = deck.structure.slides.length;
			print({event: 'deck', slides, notes: Object.values(deck.text).some(text => Object.values(text.slides).some(slide => slide.notes))});
		},
		onPosition: position => print({event: 'position', ...position}),
		onStatus: (status, detail) => print({event: 'status', status, detail, slides}),
	});
	readline.createInterface({input: process.stdin}).on('line', line => {
		if (line === 'next') attachment.navigate({type: 'next'});
	});
	process.once('SIGTERM', () => {
		attachment.close();
		process.exit(0);
	});
}
