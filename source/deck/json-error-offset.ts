// JSON.parse's messages are V8's wording, not an interface, and some carry no position at all
// ("Unexpected end of JSON input"). This scanner walks the text by the JSON grammar and returns
// the offset of the first character that cannot belong there, so every syntax error gets a line
// and column.

const whitespace = new Set([' ', '\t', '\n', '\r']);
const numberPattern = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export function jsonErrorOffset(text: string): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};
	const skip = () => {
		while (i < text.length && whitespace.has(text[i]!)) i++;
	};
	const literal = (word: string) => {
		for (const char of word) if (text[i++] !== char) (i--, fail());
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length && text[i] !== '"') {
			const code = text.charCodeAt(i);
			if (code < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) (i++, fail());
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const number = () => {
		numberPattern.lastIndex = i;
		const match = numberPattern.exec(text);
		if (!match || match[0] === '-' || match[0] === '') fail();
		i += match![0].length;
	};
	// Iterative, with the open brackets on a stack of our own: 20,000 unclosed "[" must not
	// exhaust the call stack.
	const open: Array<'{' | '['> = [];
	const key = () => {
		skip();
		if (text[i] !== '"') fail();
		string();
		skip();
		if (text[i] !== ':') fail();
		i++;
	};
	const closer = {'{': '}', '[': ']'} as const;
	/** Reads one value; an opened container's first member too, so it returns after a scalar or
	 * an empty container, or with the innermost opened container on `open`. */
	const value = (): void => {
		for (;;) {
			skip();
			const char = text[i];
			if (char === '{' || char === '[') {
				i++;
				skip();
				if (text[i] === closer[char]) return void i++;
				open.push(char);
				if (char === '{') key();
				continue;
			}
			if (char === '"') return string();
			if (char === 't') return literal('true');
			if (char === 'f') return literal('false');
			if (char === 'n') return literal('null');
			if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
			fail();
		}
	};
	const document = () => {
		value();
		while (open.length > 0) {
			// After a member: a comma and the next member, or the container's close.
			skip();
			const container = open.at(-1)!;
			if (text[i] === ',') {
				i++;
				if (container === '{') key();
				value();
			} else if (text[i] === closer[container]) {
				i++;
				open.pop();
			} else fail();
		}
	};
	try {
		document();
		skip();
		if (i < text.length) fail();
	} catch (offset) {
		if (typeof offset === 'number') return Math.min(offset, text.length);
		throw offset;
	}
	return text.length;
}
