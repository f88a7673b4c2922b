import WebSocket from 'ws';
import type {Deck} from '../deck/load-deck.js';
import type {TFunction} from '../deck/i18n.js';
import {formatProblem, isError, type Problem} from '../deck/problem.js';
import {sanitize} from '../text/sanitize.js';
import {answers, listPresentations, roomName, socketDir, socketPath} from './paths.js';
import {
	closeCodes,
	helloProtocol,
	maxServerMessage,
	parseMessage,
	protocolVersion,
	serverMessageSchema,
	type LivePosition,
	type Navigate,
	type Role,
} from './protocol.js';
import {fromWire} from './received-deck.js';
import {RoomError, type RoomMessage} from './room-error.js';

// A console's or a follower's side of a room: connects, says hello, takes the deck (checked as
// one from disk) and then positions. When the presentation ends or is lost the client says so,
// keeps what it has, and tries again with backoff (100 ms doubling to 2 s, with jitter), so that
// a presenter started again with the same name is found within about two seconds and its live
// position is taken. Only a refusal (bad token, another protocol version, a full room, a bad
// deck) stops it.

export type RoomStatus = 'connecting' | 'live' | 'ended' | 'lost' | 'rejected';

export type AttachOptions = {
	role: Role;
	/** A follower's "HOST:PORT/TOKEN"; without it, a presentation on this machine. */
	address?: string;
	/** Which presentation on this machine (--name); without it, the only one there is. */
	name?: string;
	/** The deck received, checked like one from disk; called again only when it changed. */
	onDeck(deck: Deck): void;
	onPosition(position: LivePosition): void;
	/** A console: the presenter's `bideck follow …` line, when it takes followers over TCP. */
	onJoin?(command: string): void;
	/** A console: how many followers the presentation has, when that changes. */
	onAudience?(followers: number): void;
	/** Each change of status, with a line to show (a chrome key and its values). */
	onStatus(status: RoomStatus, detail?: RoomMessage): void;
	/** The chrome a received deck's problem is said in (room.badDeck); without it, a plain line. */
	t?: TFunction;
	/** Time limits, shortened by tests. */
	timing?: Partial<AttachTiming>;
};

export type AttachTiming = {
	/** The first retry's delay; each next one doubles, up to maxRetryMs. */
	retryMs: number;
	maxRetryMs: number;
	/** A presenter silent for this long (it pings every 10 s) is taken as lost. */
	silenceMs: number;
};

export const defaultAttachTiming: AttachTiming = {retryMs: 100, maxRetryMs: 2000, silenceMs: 35_000};

export type Attachment = {
	/** Asks the presenter to move (a console's only; dropped while not live). */
	navigate(action: Navigate): void;
	close(): void;
};

/** "HOST:PORT/TOKEN" ("[::1]:PORT/TOKEN" for IPv6), as a presenter's join line shows it. */
export function parseAddress(address: string): {host: string; port: number; token: string} | undefined {
	const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})\/([A-Za-z0-9_-]{1,100})$/.exec(address.trim());
	if (!match) return undefined;
	const port = Number(match[3]);
	if (port < 1 || port > 65_535) return undefined;
	return {host: match[1] ?? match[2]!, port, token: match[4]!};
}

/** A problem as one line without a translator: file: key: message (sanitised: it names parts
 * of an untrusted deck). */
function plainProblem(problem: Problem): string {
	return sanitize([problem.file, problem.key, problem.message].filter(Boolean).join(': ')).replace(/\n/g, ' ');
}

/** Attaches to a presentation (see AttachOptions); reconnects until closed. */
export function attach(options: AttachOptions): Attachment {
	const timing = {...defaultAttachTiming, ...options.timing};
	let ws: WebSocket | undefined;
	let closed = false;
	let attempt = 0;
	let retry: NodeJS.Timeout | undefined;
	let silence: NodeJS.Timeout | undefined;
	let status: RoomStatus | undefined;
	let said: string | undefined; // the last status and line reported
	let lastDeck: string | undefined;

	const report = (next: RoomStatus, detail?: RoomMessage) => {
		const line = `${next} ${JSON.stringify(detail)}`;
		if (line === said) return;
		said = line;
		status = next;
		options.onStatus(next, detail);
	};
	const stop = (detail: RoomMessage) => {
		closed = true;
		clearTimeout(retry);
		clearTimeout(silence);
		ws?.terminate();
		report('rejected', detail);
	};
	const later = () => {
		if (closed) return;
		const delay = Math.min(timing.maxRetryMs, timing.retryMs * 2 ** attempt);
		attempt = Math.min(attempt + 1, 30);
		retry = setTimeout(() => void connect(), delay / 2 + (Math.random() * delay) / 2);
	};

	/** The URL to connect to now, or a line saying why there is none. */
	const target = async (): Promise<{url: string} | {wait: RoomMessage} | {refuse: RoomMessage}> => {
		if (options.address !== undefined) {
			const address = parseAddress(options.address);
			if (!address) return {refuse: {key: 'room.badAddress', values: {address: options.address}}};
			const host = address.host.includes(':') ? `[${address.host}]` : address.host;
			return {url: `ws://${host}:${address.port}/${encodeURIComponent(address.token)}`};
		}
		let dir: string;
		try {
			dir = socketDir();
		} catch (error) {
			return {refuse: error instanceof RoomError ? {key: error.key, values: error.values} : {key: 'room.socketDir', values: {reason: String(error)}}};
		}
		let name = options.name === undefined ? undefined : roomName(options.name);
		if (name === undefined) {
			let names = listPresentations(dir);
			// Several sockets: those of killed presenters (nobody answers) do not count.
			if (names.length > 1) {
				const live = await Promise.all(names.map(name => answers(socketPath(dir, name))));
				names = names.filter((_, index) => live[index]);
			}
			if (names.length === 0) return {wait: {key: 'room.waiting'}};
			if (names.length > 1) return {refuse: {key: 'room.several', values: {names: names.join(', ')}}};
			name = names[0]!;
		}
		return {url: `ws+unix:${socketPath(dir, name)}:/`};
	};

	async function connect(): Promise<void> {
		if (closed) return;
		const where = await target();
		if (closed) return;
		if ('refuse' in where) return stop(where.refuse);
		if ('wait' in where) {
			report('connecting', where.wait);
			return later();
		}
		if (status === undefined) report('connecting');

		let greeted = false; // the presenter's hello came
		let decked = false; // its deck came: a presenter sends one per connection
		let ended = false; // the presenter said it was ending
		let refused: number | undefined; // an HTTP status instead of a WebSocket
		const socket = new WebSocket(where.url, {maxPayload: maxServerMessage, perMessageDeflate: false, handshakeTimeout: 5000, followRedirects: false});
		ws = socket;
		const listen = () => {
			clearTimeout(silence);
			silence = setTimeout(() => socket.terminate(), timing.silenceMs);
		};
		socket.on('unexpected-response', (_request, response) => {
			refused = response.statusCode;
			socket.terminate();
		});
		socket.on('open', () => {
			listen();
			socket.send(JSON.stringify({type: 'hello', protocol: protocolVersion, role: options.role}));
		});
		socket.on('ping', listen);
		socket.on('message', (data: Buffer, isBinary) => {
			listen();
			const text = data.toString('utf8');
			if (!greeted) {
				const protocol = helloProtocol(text);
				if (isBinary || protocol === undefined) return socket.terminate();
				if (protocol !== protocolVersion) return stop({key: 'room.version', values: {ours: protocolVersion, theirs: protocol}});
				greeted = true;
				const hello = parseMessage(serverMessageSchema, text);
				if (hello?.type === 'hello' && hello.join !== undefined) options.onJoin?.(hello.join);
				return;
			}
			const message = isBinary ? undefined : parseMessage(serverMessageSchema, text);
			if (!message) return socket.terminate();
			if (message.type === 'deck') {
				// A second deck on one connection is no presenter's doing: cut off, as for garbage
				// (a presenter restarted with an edited deck sends it on the new connection).
				if (decked) return socket.terminate();
				decked = true;
				if (text !== lastDeck) {
					const {deck, problems} = fromWire(message.deck, 'received deck');
					const problem = problems.find(isError);
					if (!deck || problem) {
						const first = problem ?? problems[0] ?? {file: 'received deck', message: 'validate.problem.deckNotFound'};
						return stop({key: 'room.badDeck', values: {problem: options.t ? formatProblem(first, options.t) : plainProblem(first)}, problem: first});
					}
					lastDeck = text;
					options.onDeck(deck);
				}
				attempt = 0;
				report('live');
			} else if (message.type === 'position') {
				if (lastDeck !== undefined) options.onPosition(message.position);
			} else if (message.type === 'audience') {
				options.onAudience?.(message.followers);
			} else if (message.type === 'end') {
				ended = true;
			}
		});
		socket.on('error', error => {
			// A message over maxServerMessage, which only a deck can be: it would be again. (The
			// closing handshake would wait behind the rest of it: stopped at once.)
			if ((error as {code?: string}).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') stop({key: 'room.deckTooBig', values: {limit: `${maxServerMessage / 1024 / 1024} MiB`}});
			// Otherwise 'close' follows and says what happened.
		});
		socket.on('close', (code, reason) => {
			clearTimeout(silence);
			if (closed || ws !== socket) return;
			ws = undefined;
			if (refused === 401) return stop({key: 'room.badToken'});
			if (refused === 503 || code === closeCodes.full) return stop({key: 'room.full'});
			// Any other refusal (429: too many joining at once) is tried again, as a lost connection is.
			if (code === closeCodes.role) return stop({key: 'room.consoleRemote'});
			if (code === closeCodes.version) return stop({key: 'room.version', values: {ours: protocolVersion, theirs: String(reason) || '?'}});
			if (status === 'live') report(ended || code === closeCodes.ended ? 'ended' : 'lost');
			later();
		});
	}

	// The first status comes after attach returns, as every later one does.
	retry = setTimeout(() => void connect(), 0);
	return {
		navigate(action) {
			if (options.role !== 'console' || status !== 'live' || ws?.readyState !== WebSocket.OPEN) return;
			ws.send(JSON.stringify({type: 'navigate', action}));
		},
		close() {
			closed = true;
			clearTimeout(retry);
			clearTimeout(silence);
			ws?.close();
			ws = undefined;
		},
	};
}
