// Deck text is untrusted: nothing in it may reach the terminal as a control sequence.
// Escape sequences are dropped whole (so no stray "[2J" is left behind), then any remaining
// C0/C1 control character, DEL and Unicode bidi override/isolate is removed. Newlines stay;
// tabs become a space.

const escapeSequence = new RegExp(
	[
		'\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\\\|\\u009C|$)', // OSC … BEL/ST (window title, OSC 52 clipboard)
		'\\u009D[\\s\\S]*?(?:\\u0007|\\u001B\\\\|\\u009C|$)', // 8-bit OSC
		'\\u001B[P^_X][\\s\\S]*?(?:\\u001B\\\\|\\u009C|$)', // DCS, PM, APC, SOS
		'\\u001B\\[[0-?]*[ -/]*[@-~]?', // CSI
		'\\u009B[0-?]*[ -/]*[@-~]?', // 8-bit CSI
		'\\u001B[ -/]*[0-~]?', // any other ESC sequence (or a lone ESC)
	].join('|'),
	'g',
);

// C0 except \n, DEL, C1, and the bidi embedding/override/isolate controls.
const controlCharacter = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function sanitize(text: string): string {
	return text.replace(/\t/g, ' ').replace(escapeSequence, '').replace(controlCharacter, '');
}

/** Sanitises every string inside parsed JSON data, keeping its shape. Recursive: callers bound
 * the nesting first (deck/bounds.ts). */
export function sanitizeDeep<T>(value: T): T {
	if (typeof value === 'string') return sanitize(value) as T;
	if (Array.isArray(value)) return value.map(item => sanitizeDeep(item)) as T;
	// fromEntries defines own properties: a key "__proto__" stays a key, never the prototype.
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [sanitize(key), sanitizeDeep(item)])) as T;
	return value;
}
