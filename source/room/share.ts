import {createHash, randomInt, timingSafeEqual} from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type WebSocket} from 'ws';
import {builtInDeckDir, type Deck} from '../deck/load-deck.js';
import {readRegularFile, writeFileAtomic} from '../io/files.js';
import {answers, presentationName, socketDir, socketPath} from './paths.js';
import {
	clientMessageSchema,
	closeCodes,
	helloProtocol,
	maxClientMessage,
	parseMessage,
	protocolVersion,
	type LivePosition,
	type Navigate,
	type Role,
} from './protocol.js';
import {toWire} from './received-deck.js';
import {RoomError} from './room-error.js';

// The presenter's side of a room. It listens on this machine's Unix socket always (consoles and
// local followers) and on TCP only when asked (followers elsewhere, each with the join token).
// Whatever connects is untrusted until it has said hello, and a follower stays untrusted: it can
// only receive. The presenter's cost must not grow with what a follower does: every message is
// serialised once for all, a follower is sent only the latest position (never a queue of them),
// and one that misbehaves — garbage, too much, too big, silent, not reading — is dropped.

export type ShareOptions = {
	/** The loaded deck; notes are not sent unless shareNotes. */
	deck: Deck;
	/** --name: tells presentations on one machine apart (default: the deck folder's name). */
	name?: string;
	/** Only with --share HOST:PORT: also listen for followers over TCP. */
	listen?: {host: string; port: number};
	shareNotes: boolean;
	/** The most followers at once (default 200). */
	maxFollowers: number;
	/** A console asked for this; followers cannot. */
	onNavigate(action: Navigate): void;
	/** Time limits, shortened by tests. */
	timing?: Partial<Timing>;
};

export type Timing = {
	/** A connection that has not said hello by then is dropped. */
	helloMs: number;
	/** Every so often each peer is pinged; one that has not answered the last ping is dropped. */
	heartbeatMs: number;
	/** A peer that has not taken a message in this long (it stopped reading) is dropped. */
	stallMs: number;
	/** A change leaves this long after it is published: the presenter's own frame goes first.
	 * Sent at once, 200 followers' socket writes take the CPU the terminal needs to take and
	 * paint that frame (on a 2-core machine the presenter's keypress was ~15% slower); a few ms
	 * is far below what anyone in the room can see. */
	sendAfterMs: number;
};

export const defaultTiming: Timing = {helloMs: 5000, heartbeatMs: 10_000, stallMs: 10_000, sendAfterMs: 4};

export type Share = {
	/** Tells every console and follower where the presentation is; latest wins. */
	publish(position: LivePosition): void;
	/** "bideck follow HOST:PORT/TOKEN", when listening on TCP. */
	joinCommand?: string;
	/** The presenter has moved on and no longer shows the join line: a console attaching from
	 * now on is not given it either. */
	hideJoin(): void;
	/** The TCP address followers join, when listening on TCP. */
	address?: {host: string; port: number; token: string};
	/** The presentation's name, as `bideck console --name` takes it. */
	name: string;
	socketPath: string;
	followerCount(): number;
	consoleCount(): number;
	/** Tells everyone the presentation has ended, and stops listening. */
	close(): Promise<void>;
};

/** Messages a peer may send in a burst, and per second after it: a console's key repeat is
 * ~30 a second; more is a flood. */
const burst = 100;
const perSecond = 50;
/** Consoles at once (on this machine's socket only). */
const maxConsoles = 8;
/** Connections that have not said hello yet (each says it at once, unless it misbehaves). */
const maxPending = 64;
/** The least time between two counts of followers sent to the consoles. */
const audienceMs = 250;
/** Peers written to in one turn of the event loop: between batches the presenter's own events
 * (a key pressed during a change sent to 200 followers) come first. */
const batchSize = 25;
/** A peer's unsent bytes beyond the deck and a few positions: it is not reading. */
const bufferSlack = 64 * 1024;

type Peer = {
	ws: WebSocket;
	local: boolean;
	role?: Role;
	/** A position is being written; the next waits for it (latest wins). */
	sending: boolean;
	sendingSince: number;
	/** A newer position came while one was being written. */
	stale: boolean;
	alive: boolean;
	tokens: number;
	refilled: number;
	helloTimer?: NodeJS.Timeout;
};

/** The join token: 12 characters a person can read out (no 0/o, 1/l/i), 60 bits. */
const tokenAlphabet = '23456789abcdefghjkmnpqrstuvwxyz';
function makeToken(): string {
	let token = '';
	for (let i = 0; i < 12; i++) token += tokenAlphabet[randomInt(tokenAlphabet.length)];
	return token;
}

/** The join token of the presentation's name: the one its killed predecessor left, so that
 * followers elsewhere rejoin a presenter restarted after a crash (same name, same HOST:PORT);
 * else a new one. It is removed when a presentation ends normally. */
function joinToken(file: string): string {
	const read = readRegularFile(file, 64);
	const kept = read.ok ? read.bytes.toString('utf8') : '';
	if (/^[2-9a-z]{12}$/.test(kept) && fs.statSync(file).uid === process.getuid?.()) return kept;
	const token = makeToken();
	writeFileAtomic(file, token);
	return token;
}

/** Constant-time comparison of a given token with the real one (hashed first, so that the
 * lengths match and take the same time whatever was given). */
function tokenMatches(given: string, token: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text).digest();
	return timingSafeEqual(digest(given), digest(token));
}

/** Refuses an HTTP upgrade before any WebSocket exists. */
function refuse(socket: Duplex, status: 401 | 429 | 503): void {
	const reason = {401: 'Unauthorized', 429: 'Too Many Requests', 503: 'Service Unavailable'}[status];
	socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	socket.destroy();
}

/** Makes way for a presentation's socket: a socket file left by a killed presenter (nobody
 * answers) is removed; a live one means the name is taken. */
async function claim(file: string, name: string): Promise<void> {
	let stat: fs.Stats;
	try {
		stat = fs.lstatSync(file);
	} catch {
		return;
	}
	if (!stat.isSocket()) throw new RoomError('room.notSocket', {file});
	const answered = await answers(file);
	if (answered) throw new RoomError('room.nameInUse', {name});
	fs.rmSync(file, {force: true});
}

function listenOn(server: http.Server, target: string | {host: string; port: number}): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		const done = () => {
			server.off('error', reject);
			resolve();
		};
		if (typeof target === 'string') server.listen(target, done);
		else server.listen(target.port, target.host, done);
	});
}

/** The address a person elsewhere types: the host, or this machine's first outside address
 * when listening on all of them. */
function joinHost(host: string): string {
	let shown = host;
	if (host === '0.0.0.0' || host === '::') {
		const outside = Object.values(os.networkInterfaces())
			.flat()
			.find(address => address && !address.internal && (address.family === 'IPv4' || host === '::'));
		shown = outside?.address ?? '127.0.0.1';
	}
	return shown.includes(':') ? `[${shown}]` : shown;
}

/** Publishes a presentation to its console and followers (see ShareOptions). */
export async function share(options: ShareOptions): Promise<Share> {
	const timing = {...defaultTiming, ...options.timing};
	const name = options.deck.dir === builtInDeckDir && !options.name ? 'forum' : presentationName(options.deck.dir, options.name);
	const dir = socketDir();
	const file = socketPath(dir, name);
	const tokenFile = file.replace(/\.sock$/, '.token');
	await claim(file, name);

	const text = (message: object) => Buffer.from(JSON.stringify(message));
	const hello = text({type: 'hello', protocol: protocolVersion, name, notes: options.shareNotes});
	const deck = text({type: 'deck', deck: toWire(options.deck, options.shareNotes)});
	// The console is the presenter's own (same user, this machine): it always gets the notes.
	const consoleDeck = options.shareNotes ? deck : text({type: 'deck', deck: toWire(options.deck, true)});
	const ended = text({type: 'end'});
	let position: Buffer | undefined;
	/** The `bideck follow …` line, once listening on TCP. */
	let joinCommand: string | undefined;
	/** Whether a console attaching now is given the join line (the presenter still shows it). */
	let joinShown = true;
	let closed = false;
	const maxBuffered = hello.length + consoleDeck.length + bufferSlack;

	const peers = new Set<Peer>();
	/** Every WebSocket not yet closed, peers or being dropped: close() ends them all. */
	const open = new Set<WebSocket>();
	const send = (ws: WebSocket, data: Buffer, done?: (error?: Error) => void) => ws.send(data, {binary: false}, done);
	const count = (role: Role | undefined) => {
		let n = 0;
		for (const peer of peers) if (peer.role === role) n++;
		return n;
	};
	/** Consoles are told the number of followers, at most once per audienceMs: a class joining at
	 * once is one message, not one per student. */
	let audienceTimer: NodeJS.Timeout | undefined;
	const audience = () => text({type: 'audience', followers: count('follower')});
	const tellConsoles = () => {
		audienceTimer ??= setTimeout(() => {
			audienceTimer = undefined;
			const message = audience();
			for (const peer of peers) {
				if (peer.role !== 'console') continue;
				if (peer.ws.bufferedAmount > maxBuffered) drop(peer);
				else send(peer.ws, message);
			}
		}, audienceMs);
	};
	const drop = (peer: Peer, code: number = closeCodes.misbehaved) => {
		if (!peers.delete(peer)) return;
		if (peer.role === 'follower' && !closed) tellConsoles();
		clearTimeout(peer.helloTimer);
		if (code === closeCodes.misbehaved) peer.ws.terminate();
		else peer.ws.close(code);
	};

	/** Sends the latest position unless one is still being written (then it follows that one). */
	const deliver = (peer: Peer) => {
		if (!position || !peer.role) return;
		if (peer.ws.bufferedAmount > maxBuffered) return drop(peer);
		if (peer.sending) {
			peer.stale = true;
			return;
		}
		peer.sending = true;
		peer.stale = false;
		peer.sendingSince = Date.now();
		send(peer.ws, position, error => {
			peer.sending = false;
			if (!error && peer.stale && peers.has(peer)) deliver(peer);
		});
	};

	/** Whether the peer is within its rate (messages, pings and pongs alike). */
	const withinRate = (peer: Peer) => {
		const now = Date.now();
		peer.tokens = Math.min(burst, peer.tokens + ((now - peer.refilled) * perSecond) / 1000);
		peer.refilled = now;
		return --peer.tokens >= 0;
	};

	const onMessage = (peer: Peer, data: Buffer, isBinary: boolean) => {
		if (!withinRate(peer) || isBinary) return drop(peer);
		const message = data.toString('utf8');
		if (!peer.role) {
			const protocol = helloProtocol(message);
			if (protocol === undefined) return drop(peer);
			if (protocol !== protocolVersion) {
				send(peer.ws, hello);
				return drop(peer, closeCodes.version);
			}
		}
		const parsed = parseMessage(clientMessageSchema, message);
		if (!parsed) return drop(peer);
		if (parsed.type === 'hello') {
			if (peer.role) return; // said twice: nothing changes
			if (parsed.role === 'console' && !peer.local) return drop(peer, closeCodes.role);
			const full = parsed.role === 'console' ? count('console') >= maxConsoles : count('follower') >= options.maxFollowers;
			if (full) return drop(peer, closeCodes.full);
			clearTimeout(peer.helloTimer);
			peer.role = parsed.role;
			// A console is told the join line too, to show it as the projected screen does.
			send(peer.ws, parsed.role === 'console' && joinCommand && joinShown ? text({type: 'hello', protocol: protocolVersion, name, notes: options.shareNotes, join: joinCommand}) : hello);
			send(peer.ws, parsed.role === 'console' ? consoleDeck : deck);
			if (parsed.role === 'console') send(peer.ws, audience());
			else tellConsoles();
			deliver(peer);
			return;
		}
		// Navigation: from a console only; a follower's is ignored (it counts towards a flood).
		if (peer.role === 'console') {
			try {
				options.onNavigate(parsed.action);
			} catch {
				// The presenter's handler failing is the presenter's problem, not the console's.
			}
		}
	};

	let address: Share['address'];
	const wss = new WebSocketServer({noServer: true, maxPayload: maxClientMessage, perMessageDeflate: false, clientTracking: false});
	const upgrade = (local: boolean) => (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
		if (!local) {
			// The token is the path, as written: a token has no characters to escape.
			const given = (request.url ?? '').slice(1);
			if (!address || !tokenMatches(given, address.token)) return refuse(socket, 401);
		}
		// Full: told so for good. Busy (too many still to say hello): asked to come back, as a
		// class joining at once would otherwise be.
		const pending = count(undefined);
		if (!local && count('follower') >= options.maxFollowers) return refuse(socket, 503);
		if (pending >= maxPending || (!local && count('follower') + pending >= options.maxFollowers)) return refuse(socket, 429);
		wss.handleUpgrade(request, socket, head, ws => {
			const peer: Peer = {ws, local, sending: false, sendingSince: 0, stale: false, alive: true, tokens: burst, refilled: Date.now()};
			peers.add(peer);
			open.add(ws);
			peer.helloTimer = setTimeout(() => drop(peer), timing.helloMs);
			ws.on('message', (data: Buffer, isBinary) => onMessage(peer, data, isBinary));
			ws.on('pong', () => {
				peer.alive = true;
				if (!withinRate(peer)) drop(peer);
			});
			// ws answers each ping with a pong: a flood of pings is a flood.
			ws.on('ping', () => {
				if (!withinRate(peer)) drop(peer);
			});
			ws.on('error', () => drop(peer));
			ws.on('close', () => {
				open.delete(ws);
				drop(peer);
			});
		});
	};
	// Anything but a WebSocket upgrade is refused.
	const plain = (_request: http.IncomingMessage, response: http.ServerResponse) => {
		response.writeHead(426, {Connection: 'close'}).end();
	};

	const servers: http.Server[] = [];
	const serve = async (local: boolean, target: string | {host: string; port: number}) => {
		const server = http.createServer({maxHeaderSize: 8 * 1024, requestTimeout: timing.helloMs, headersTimeout: timing.helloMs}, plain);
		server.on('upgrade', upgrade(local));
		server.on('clientError', (_error, socket) => socket.destroy());
		if (!local) server.maxConnections = options.maxFollowers + maxPending;
		await listenOn(server, target);
		// Once listening, an error of one connection (or of accepting one) must not end the
		// presentation: the server goes on.
		server.on('error', () => {});
		servers.push(server);
		return server;
	};

	try {
		// The folder is 0700, so nobody else can reach the socket before it is made 0600.
		await serve(true, file).catch((error: NodeJS.ErrnoException) => {
			throw error.code === 'EADDRINUSE' ? new RoomError('room.nameInUse', {name}) : new RoomError('room.listen', {address: file, reason: error.message});
		});
		fs.chmodSync(file, 0o600);
		if (options.listen) {
			const {host, port} = options.listen;
			const server = await serve(false, {host, port}).catch((error: Error) => {
				throw new RoomError('room.listen', {address: `${host}:${port}`, reason: error.message});
			});
			address = {host, port: (server.address() as net.AddressInfo).port, token: joinToken(tokenFile)};
			joinCommand = `bideck follow ${joinHost(address.host)}:${address.port}/${address.token}`;
		}
	} catch (error) {
		for (const server of servers) server.close();
		fs.rmSync(file, {force: true});
		throw error;
	}
	const {ino} = fs.statSync(file);

	const heartbeat = setInterval(() => {
		const now = Date.now();
		for (const peer of peers) {
			if (!peer.alive || (peer.sending && now - peer.sendingSince > timing.stallMs)) {
				drop(peer);
				continue;
			}
			peer.alive = false;
			peer.ws.ping();
		}
	}, timing.heartbeatMs);
	heartbeat.unref();

	/** A position published and not yet serialised. */
	let latest: LivePosition | undefined;
	/** The peers still to be sent the current position, in batches. */
	let waiting: Peer[] = [];
	/** A batch is due (it sends nothing once closed). */
	let flush: NodeJS.Timeout | NodeJS.Immediate | undefined;
	const sendBatch = () => {
		flush = undefined;
		if (closed) return;
		if (latest) {
			// A newer position starts the round again: everyone gets it, once.
			position = text({type: 'position', position: latest});
			latest = undefined;
			waiting = [...peers];
		}
		for (const peer of waiting.splice(0, batchSize)) if (peers.has(peer)) deliver(peer);
		if (waiting.length > 0) flush = setImmediate(sendBatch);
	};
	return {
		publish(live) {
			if (closed) return;
			latest = live;
			// Sent once the presenter's frame is out (timing.sendAfterMs); positions published
			// meanwhile are sent as one, the latest.
			flush ??= setTimeout(sendBatch, timing.sendAfterMs);
		},
		...(address ? {address, joinCommand} : {}),
		hideJoin: () => {
			joinShown = false;
		},
		name,
		socketPath: file,
		followerCount: () => count('follower'),
		consoleCount: () => count('console'),
		async close() {
			if (closed) return;
			closed = true;
			clearInterval(heartbeat);
			clearTimeout(audienceTimer);
			for (const peer of [...peers]) {
				if (peer.role) send(peer.ws, ended);
				drop(peer, closeCodes.ended);
			}
			// Only this presentation's own socket is removed, not a successor's of the same name.
			try {
				if (fs.statSync(file).ino === ino) {
					fs.rmSync(file, {force: true});
					if (address) fs.rmSync(tokenFile, {force: true});
				}
			} catch {
				// Already gone.
			}
			// A peer that does not answer the closing handshake soon is cut off.
			const cutOff = setTimeout(() => {
				for (const ws of open) ws.terminate();
			}, 500);
			await Promise.all(
				servers.map(
					server =>
						new Promise<void>(resolve => {
							server.close(() => resolve());
							server.closeAllConnections();
						}),
				),
			);
			clearTimeout(cutOff);
		},
	};
}
