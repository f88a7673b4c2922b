import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {RoomError} from './room-error.js';

// Where presentations on this machine meet their consoles and local followers: one Unix socket
// per presentation in a folder only this user can enter, $XDG_RUNTIME_DIR/bideck/ (a per-user
// folder the login manager makes, 0700) or, without it, bideck-<uid>/ in the temp folder. Node
// cannot ask a Unix socket who its peer is (no SO_PEERCRED), so on Linux the permissions are the
// check: the folder is 0700 and owned by this user (checked, not assumed: someone else may have
// made /tmp/bideck-<uid> first), and each socket is 0600.

const suffix = '.sock';
/** A socket's path must fit sockaddr_un (108 bytes on Linux): names are kept short. */
const maxNameLength = 40;

/** The folder for this user's presentation sockets, made private if missing; throws a RoomError
 * when it exists but is not private to this user. */
export function socketDir(): string {
	const runtime = process.env['XDG_RUNTIME_DIR'];
	const uid = process.getuid?.() ?? 0;
	const dir = runtime && path.isAbsolute(runtime) ? path.join(runtime, 'bideck') : path.join(os.tmpdir(), `bideck-${uid}`);
	try {
		fs.mkdirSync(dir, {mode: 0o700});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new RoomError('room.socketDir', {dir, reason: String((error as Error).message)});
	}
	const stat = fs.lstatSync(dir);
	if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) throw new RoomError('room.socketDirUnsafe', {dir});
	return dir;
}

/** A presentation's name as a file name: lowercase letters, digits and hyphens. */
export function roomName(name: string): string {
	const slug = name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxNameLength)
		.replace(/-+$/, '');
	return slug || 'deck';
}

/** The name a presentation is known by: --name, else its deck folder's name. */
export function presentationName(deckDir: string, name?: string): string {
	return roomName(name ?? path.basename(path.resolve(deckDir)));
}

export function socketPath(dir: string, name: string): string {
	return path.join(dir, `${roomName(name)}${suffix}`);
}

/** The names of the presentations whose sockets are in the folder (live or stale). */
export function listPresentations(dir: string): string[] {
	let entries: fs.Dirent[];
	try {
		entries = fs.readdirSync(dir, {withFileTypes: true});
	} catch {
		return [];
	}
	return entries
		.filter(entry => entry.isSocket() && entry.name.endsWith(suffix))
		.map(entry => entry.name.slice(0, -suffix.length))
		.sort();
}

/** Whether a presentation answers on the socket (a killed presenter's socket file stays, and
 * nobody answers on it). */
export function answers(file: string): Promise<boolean> {
	return new Promise(resolve => {
		const probe = net.connect(file);
		probe.once('connect', () => {
			probe.destroy();
			resolve(true);
		});
		probe.once('error', () => resolve(false));
	});
}
