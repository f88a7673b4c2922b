import {parseArgs} from 'node:util';

// Command-line parsing, pure: argv in, options or a usage error out. Checks that need the deck
// (is the language in it, is the slide in range) happen once the deck is loaded.

const commands = ['validate', 'convert', 'new', 'console', 'follow'] as const;
/** How many positionals each command takes: validate [DIR], convert DIR OUT, new DIR, console,
 * follow [ADDRESS]. */
const arity = {present: 0, validate: 1, convert: 2, new: 1, console: 0, follow: 1};

export type Options = {
	/** present (the default); validate [DIR], convert DIR OUT and new DIR (deck folders); console
	 * (the presenter console of a shared presentation on this machine) or follow [ADDRESS]. */
	command: 'present' | (typeof commands)[number];
	/** The deck folder of validate, convert and new. */
	target?: string;
	/** convert's new folder. */
	destination?: string;
	/** convert's format: markdown or json. */
	to?: string;
	/** follow's ADDRESS: "HOST:PORT/TOKEN", as the presenter's join line gives it. */
	address?: string;
	/** --share: publish the live position; `listen` only with --share HOST:PORT. */
	share?: {listen?: Listen};
	/** --name: tells presentations on one machine apart. */
	name?: string;
	/** --share-notes: followers get the presenter notes too. */
	shareNotes: boolean;
	/** --max-followers: at most this many followers at once. */
	maxFollowers?: number;
	lang?: string;
	slide?: string;
	deck?: string;
	print: boolean;
	fresh: boolean;
	format?: string;
	/** --print's destination instead of stdout. */
	output?: string;
	/** The Chromium that --format pdf prints with. */
	chromium?: string;
	/** --format html|pdf: several slides per printed page. */
	compact: boolean;
	color: boolean;
	help: boolean;
	version: boolean;
};

export type Listen = {host: string; port: number};

/** The host --share listens on when HOST:PORT names only a port: this machine only. */
export const defaultShareHost = '127.0.0.1';
export const defaultMaxFollowers = 200;
const maxFollowersLimit = 10_000;

/** A usage error: a chrome key ("cli.unknownOption") and its values. */
export type UsageError = {key: string; values: Record<string, string>};

export type ParseResult = {ok: true; options: Options} | {ok: false; error: UsageError};

/** Whether an argument after a bare --share is its HOST:PORT (or a port alone) rather than
 * the next option or a command. */
const looksLikeAddress = (argument: string) => /^(\[[^\]]*\]|[^\s:/\[\]-][^\s:/\[\]]*)?:\d*$|^\d+$/.test(argument);

/** --share's value as host and port: "HOST:PORT", ":PORT" or "PORT" (host 127.0.0.1), "[::1]:PORT";
 * undefined when it is none of these. Port 0 lets the system pick a free one. */
export function parseListen(value: string): Listen | undefined {
	const match = /^(?:(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)?:)?(\d{1,5})$/.exec(value);
	if (!match) return undefined;
	const port = Number(match[2]);
	if (port > 65_535) return undefined;
	const host = match[1]?.replace(/^\[(.*)\]$/, '$1') ?? defaultShareHost;
	return {host, port};
}

/** parseArgs has no option with an optional value: a bare --share becomes "--share=", and
 * "--share HOST:PORT" becomes "--share=HOST:PORT" when the next argument looks like one. */
function joinShareValue(argv: string[]): string[] {
	const out: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') return [...out, ...argv.slice(index)];
		if (argument !== '--share') {
			out.push(argument);
			continue;
		}
		const next = argv[index + 1];
		if (next !== undefined && looksLikeAddress(next)) {
			out.push(`--share=${next}`);
			index++;
		} else out.push('--share=');
	}
	return out;
}

export function parseOptions(argv: string[]): ParseResult {
	let parsed;
	try {
		parsed = parseArgs({
			args: joinShareValue(argv),
			strict: true,
			allowPositionals: true,
			allowNegative: true,
			options: {
				lang: {type: 'string'},
				slide: {type: 'string'},
				deck: {type: 'string'},
				print: {type: 'boolean'},
				fresh: {type: 'boolean'},
				format: {type: 'string'},
				to: {type: 'string'},
				output: {type: 'string', short: 'o'},
				chromium: {type: 'string'},
				compact: {type: 'boolean'},
				color: {type: 'boolean'},
				share: {type: 'string'},
				name: {type: 'string'},
				'share-notes': {type: 'boolean'},
				'max-followers': {type: 'string'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			if (message.includes('does not take an argument')) return {ok: false, error: {key: 'cli.noValue', values: {option: quoted}}};
			return {ok: false, error: {key: 'cli.missingValue', values: {option: quoted.split(' ')[0]!}}};
		}
		return {ok: false, error: {key: 'cli.unknownOption', values: {option: quoted}}};
	}

	const {values, positionals} = parsed;
	const command = commands.find(name => name === positionals[0]) ?? 'present';
	const folders = command === 'present' ? positionals : positionals.slice(1);
	const extra = folders[arity[command]];
	if (extra !== undefined) return {ok: false, error: {key: 'cli.unexpectedArgument', values: {argument: extra}}};
	const error = (key: string, option: string, value = '') => ({ok: false as const, error: {key, values: {option, value}}});

	let share: Options['share'];
	if (values.share !== undefined) {
		if (command !== 'present') return error('cli.presentOnly', '--share');
		if (values.share === '') share = {};
		else {
			const listen = parseListen(values.share);
			if (!listen) return error('cli.badShare', '--share', values.share);
			share = {listen};
		}
	}
	for (const [option, given] of [
		['--share-notes', values['share-notes']],
		['--max-followers', values['max-followers']],
	] as const) {
		if (given !== undefined && !share) return error('cli.shareOnly', option);
	}
	let maxFollowers: number | undefined;
	if (values['max-followers'] !== undefined) {
		const text = values['max-followers'].trim();
		maxFollowers = /^\d+$/.test(text) ? Number(text) : Number.NaN;
		if (!(maxFollowers >= 1 && maxFollowers <= maxFollowersLimit)) return error('cli.badMaxFollowers', '--max-followers', values['max-followers']);
	}
	// The name ends up in a socket's file name: letters, digits, and . _ - only.
	if (values.name !== undefined) {
		if (command === 'validate' || command === 'convert' || command === 'new' || (command === 'present' && !share)) return error('cli.nameOnly', '--name');
		if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(values.name)) return error('cli.badName', '--name', values.name);
	}
	// follow's address is checked by the room's own parser, once the room is loaded (cli.tsx).
	const address = command === 'follow' ? folders[0] : undefined;
	return {
		ok: true,
		options: {
			command,
			target: command === 'follow' ? undefined : folders[0],
			destination: folders[1],
			to: values.to,
			address,
			share,
			name: values.name,
			shareNotes: values['share-notes'] ?? false,
			maxFollowers,
			lang: values.lang,
			slide: values.slide,
			deck: values.deck,
			print: values.print ?? false,
			fresh: values.fresh ?? false,
			format: values.format,
			output: values.output,
			chromium: values.chromium,
			compact: values.compact ?? false,
			color: values.color ?? true,
			help: values.help ?? false,
			version: values.version ?? false,
		},
	};
}

/** "--slide 3" → 2 (0-based), or undefined when it is not a whole number in 1..count. */
export function parseSlideNumber(value: string, count: number): number | undefined {
	if (!/^\d+$/.test(value.trim())) return undefined;
	const number = Number(value);
	return number >= 1 && number <= count ? number - 1 : undefined;
}

/** Whether colours are wanted: not with --no-color, nor when NO_COLOR is set to anything but
 * "" (no-color.org). Whether the output can show them (a terminal) is the command's to decide. */
export function wantsColor(flag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
	return flag && !env['NO_COLOR'];
}
