import type {EventEmitter} from 'node:events';

// Ink 6.8's key parser throws on some escape sequences a real terminal sends: Ctrl+F1…F4 in
// xterm (ESC [1;5P … ESC [1;5S), modified keys with unusual final bytes, status reports such as
// ESC [5n — it finds no key name for them and calls a string method on undefined. They name no
// key bideck uses, so they are dropped where Ink hands complete key sequences to its input hooks.

// An optional extra ESC (Alt/Meta), CSI, an optional second "[" (Linux console), parameters, final byte.
const csi = /^(\u001B?)\u001B\[(\[?)([0-?]*)[ -/]*([@-~])$/;
/** Final bytes Ink's parser handles when the sequence carries numeric parameters. */
const understood = new Set([...'ABCDEFHZabcde~$^']);

export function isUnparsableSequence(input: string): boolean {
	const match = csi.exec(input);
	if (!match) return false;
	const [, meta, console, parameters, final] = match;
	if (!/\d/.test(parameters!)) return false;
	return Boolean(console) || (Boolean(meta) && final === 'u') || (final !== 'u' && !understood.has(final!));
}

const guarded = new WeakSet<EventEmitter>();

/** Makes Ink's input event emitter skip the sequences its parser cannot handle. */
export function guardInputEvents(emitter: EventEmitter): void {
	if (guarded.has(emitter)) return;
	guarded.add(emitter);
	const emit = emitter.emit.bind(emitter);
	emitter.emit = (event: string | symbol, ...args: unknown[]) =>
		event === 'input' && typeof args[0] === 'string' && isUnparsableSequence(args[0]) ? false : emit(event, ...args);
}
