import {parseArgs} from 'node:util';

// Command-line parsing, pure: argv in, options or a usage error out. Checks that need the deck
// (is the language in it, is the slide in range) happen once the deck is loaded.

const commands = ['validate', 'convert', 'new'] as const;
/** How many folders each command takes: validate [DIR], convert DIR OUT, new DIR. */
const arity = {present: 0, validate: 1, convert: 2, new: 1};

export type Options = {
	command: 'present' | (typeof commands)[number];
	/** The deck folder of validate, convert and new. */
	target?: string;
	/** convert's new folder. */
	destination?: string;
	/** convert's format: markdown or json. */
	to?: string;
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

/** A usage error: a chrome key ("cli.unknownOption") and its values. */
export type UsageError = {key: string; values: Record<string, string>};

export type ParseResult = {ok: true; options: Options} | {ok: false; error: UsageError};

export function parseOptions(argv: string[]): ParseResult {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
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
	return {
		ok: true,
		options: {
			command,
			target: folders[0],
			destination: folders[1],
			to: values.to,
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
