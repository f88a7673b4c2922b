import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

// Every file bideck reads or writes goes through here. Reading: only a regular file (not a FIFO,
// a device or a folder: opening those could block or never end), never more than a limit, which
// is checked on what is actually read, not only on the size the file claims. Writing: a new
// temporary file with a random name, created exclusively (a link planted at a guessable name is
// never followed) and private (0600), then renamed over the target, so a reader sees the old
// file or the new one, never half of one.

export type ReadResult = {ok: true; bytes: Buffer} | {ok: false; code: 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTREG' | 'ETOOBIG' | 'EIO'; message: string; size?: number; reason?: string};

/** Reads a regular file of at most `maxBytes`; a problem is a short phrase for one error line. */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
	let fd: number;
	try {
		// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
		fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	} catch (error) {
		return failure(error);
	}
	try {
		const stat = fs.fstatSync(fd);
		if (stat.isDirectory()) return {ok: false, code: 'EISDIR', message: 'is a folder, not a file'};
		if (!stat.isFile()) return {ok: false, code: 'ENOTREG', message: 'is not a regular file'};
		if (stat.size > maxBytes) return tooBig(stat.size, maxBytes);
		// Read one byte past the limit, in case the file grew since fstat.
		const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) return tooBig(Math.max(length, stat.size), maxBytes);
			const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		return length > maxBytes ? tooBig(length, maxBytes) : {ok: true, bytes: buffer.subarray(0, length)};
	} catch (error) {
		return failure(error);
	} finally {
		fs.closeSync(fd);
	}
}

/** 5242880 → "5 MB" (or "5.0 MB" with one digit), 262144 → "256 KB". */
export function formatSize(bytes: number, digits: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(digits)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooBig(size: number, maxBytes: number): ReadResult {
	return {ok: false, code: 'ETOOBIG', message: `file too large (${formatSize(size, 1)}; the limit is ${formatSize(maxBytes, 0)})`, size};
}

function failure(error: unknown): ReadResult {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return {ok: false, code, message: 'file not found'};
	if (code === 'EACCES' || code === 'EPERM') return {ok: false, code: 'EACCES', message: 'cannot read the file: permission denied'};
	if (code === 'EISDIR') return {ok: false, code, message: 'is a folder, not a file'};
	const reason = code ?? (error as Error).message;
	return {ok: false, code: 'EIO', message: `cannot read the file: ${reason}`, reason};
}

/** Replaces `file` with `data` atomically, through an exclusive private temporary file beside it. */
export function writeFileAtomic(file: string, data: string): void {
	// node:crypto is loaded at the first write, not at start-up, where it costs ~8 ms.
	const {randomBytes} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
	const fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
	try {
		try {
			fs.writeFileSync(fd, data);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.renameSync(temporary, file);
	} catch (error) {
		fs.rmSync(temporary, {force: true});
		throw error;
	}
}
