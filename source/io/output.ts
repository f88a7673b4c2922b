import os from 'node:os';
import type {Writable} from 'node:stream';
import type {TFunction} from '../deck/i18n.js';
import {sanitize} from '../text/sanitize.js';

// Everything bideck writes to stdout and stderr outside the presenter goes through here, so
// that no write can throw or print a stack trace:
// - output (help, version, validate, --print) is written whole and waited for; when it cannot
//   be, the exit status says so. A reader that went away (EPIPE: `| head`, `| true`) ends bideck
//   silently with 141, 128 + SIGPIPE, the status cat, grep or yes have there (they die of
//   SIGPIPE, which Node ignores): the shell shows nothing, and `set -o pipefail` sees what it sees
//   from any other command whose output was cut. A device that fails (ENOSPC: a full disk or
//   /dev/full, EIO: a terminal that hung up) is one line on stderr and status 1.
// - messages go to stderr as one line each, sanitised: they echo values the user (or a hostile
//   file) chose, and no escape sequence or line break may reach the terminal through them.

/** The exit status when the reader of the output went away. */
export const brokenPipeStatus = 128 + os.constants.signals.SIGPIPE;

/** The longest value a message echoes, in characters; longer ones are cut with "…". */
export const echoLimit = 80;
/** The longest message line: a value echoed through a path of its own (a --deck folder in a
 * deck problem) is cut in the middle, so that the problem, at the end, still shows. */
export const messageLimit = 400;

// A stream that failed emits 'error' after the write's callback has the same error: without a
// listener, that would be thrown. The callbacks below report it; the event itself is dropped.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

/** The error code of a failed write ("ENOSPC"); a write after a failure reports the first one. */
function codeOf(error: unknown, stream?: Writable): string {
	const first = (stream?.errored ?? error) as NodeJS.ErrnoException | undefined;
	return first?.code ?? first?.message ?? String(first);
}

/** Writes all of `data` to `stream`; resolves once it is flushed, or with the error code. */
export function writeAll(stream: Writable, data: string | Uint8Array): Promise<string | undefined> {
	return new Promise(resolve => {
		try {
			stream.write(data, error => resolve(error ? codeOf(error, stream) : undefined));
		} catch (error) {
			resolve(codeOf(error, stream));
		}
	});
}

/** A failed write's code as a phrase ("no space left on the device"); an unknown code as is. */
export function writeProblem(code: string, t: TFunction): string {
	const known = ['ENOSPC', 'EIO', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOENT', 'ENOTDIR', 'EFBIG', 'EDQUOT', 'EPIPE'];
	return known.includes(code) ? t(`cli.writeProblems.${code}`) : code;
}

/** A value as a message may echo it: no control characters, on one line, at most `limit`
 * characters (cut with "…"). */
export function echo(value: string, limit = echoLimit): string {
	// Only the start can be shown: sanitise no more than that (plus room for escape sequences).
	const cut = value.length > limit * 8;
	const flat = oneLine(cut ? value.slice(0, limit * 8) : value);
	const characters = Array.from(flat);
	return characters.length > limit || cut ? `${characters.slice(0, limit - 1).join('')}…` : flat;
}

/** Text on one line with no control characters: escape sequences dropped, line breaks spaces. */
export function oneLine(text: string): string {
	return sanitize(text).replace(/\s*[\n\r\u2028\u2029]+\s*/g, ' ');
}

/** `line` cut in the middle to at most `limit` characters: its start (a file) and its end (the
 * problem) both show. */
export function middle(line: string, limit = messageLimit): string {
	if (line.length <= limit) return line;
	const characters = Array.from(line);
	if (characters.length <= limit) return line;
	const half = Math.floor((limit - 1) / 2);
	return `${characters.slice(0, half).join('')}…${characters.slice(-half).join('')}`;
}

/** One line on stderr ("bideck: …"), sanitised and bounded; a stderr that fails is ignored
 * (there is nowhere left to say so). */
export function say(message: string): void {
	void writeAll(process.stderr, `bideck: ${middle(oneLine(message), messageLimit)}\n`);
}

/** One line on stderr and an exit code; never a stack trace. */
export function fail(message: string, code: number): number {
	say(message);
	return code;
}

/** Writes a command's output to stdout and gives the exit status: `status` when all of it was
 * written, else 141 in silence (the reader went away) or 1 with one line (the device failed). */
export async function writeOutput(data: string | Uint8Array, t: TFunction, status = 0): Promise<number> {
	const code = await writeAll(process.stdout, data);
	if (code === undefined) return status;
	if (code === 'EPIPE') return brokenPipeStatus;
	return fail(t('cli.cannotWriteOutput', {problem: writeProblem(code, t)}), 1);
}
