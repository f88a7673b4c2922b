import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {Text, useInput} from 'ink';
import {cleanupApps, exampleDeckDir, keys, renderApp, until} from '../helpers.js';

// Key sequences real terminals send that Ink 6.8's parser threw on (ink#901): Ctrl+F1…F4 in
// xterm, a status report, the Linux console's F-keys, Meta with a CSI u key, an unusual final
// byte. bideck guarded against them until Ink 7 fixed the parser; these tests prove the fix with
// the raw bytes, so the guard stays gone.
const ctrlF1toF4 = ['\u001B[1;5P', '\u001B[1;5Q', '\u001B[1;5R', '\u001B[1;5S'];
const others = ['\u001B[5n', '\u001B[[1;5A', '\u001B\u001B[1;5u', '\u001B[2;3G'];

afterEach(() => {
	cleanup();
	cleanupApps();
});

describe('raw terminal sequences', () => {
	it("Ink's own parser takes each one, whole or split across reads, without throwing", async () => {
		const seen: string[] = [];
		function Bare() {
			useInput(input => {
				seen.push(input);
			});
			return <Text>x</Text>;
		}
		const app = render(<Bare />);
		for (const sequence of [...ctrlF1toF4, ...others]) {
			expect(() => app.stdin.write(sequence), JSON.stringify(sequence)).not.toThrow();
			expect(() => app.stdin.write(sequence.slice(0, 1)), JSON.stringify(sequence)).not.toThrow();
			expect(() => app.stdin.write(sequence.slice(1)), JSON.stringify(sequence)).not.toThrow();
		}
		// The keys that follow still arrive as themselves.
		app.stdin.write('q');
		await until(() => seen.at(-1) === 'q', () => `"q" to arrive; the keys seen were ${JSON.stringify(seen)}`);
	});

	it('the presenter survives them and keeps working, and none of them moves it', async () => {
		const app = renderApp({deckDir: exampleDeckDir});
		for (const sequence of [...ctrlF1toF4, ...others]) {
			await app.press(sequence);
			// Split across two reads that arrive together (inside Ink's 20 ms wait for the rest of a
			// sequence): still one sequence, not Esc followed by typed text.
			app.stdin.write(sequence.slice(0, 1));
			await app.press(sequence.slice(1));
		}
		expect(app.frame()).toContain('1/3');
		expect(await app.press(keys.right)).toContain('2/3');
	});
});
