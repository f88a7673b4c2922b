import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {Text, useInput} from 'ink';
import {isUnparsableSequence} from '../source/input-guard.js';
import {exampleDeckDir, keys, renderApp} from './helpers.js';

// Key sequences real terminals send that Ink 6.8's parser throws on.
const ctrlF1toF4 = ['\u001B[1;5P', '\u001B[1;5Q', '\u001B[1;5R', '\u001B[1;5S'];
const others = ['\u001B[5n', '\u001B[[1;5A', '\u001B\u001B[1;5u', '\u001B[2;3G'];

afterEach(() => cleanup());

describe('input guard', () => {
	it('Ink alone throws on these sequences (if this fails, Ink was fixed and the guard can go)', () => {
		function Bare() {
			useInput(() => {});
			return <Text>x</Text>;
		}
		const app = render(<Bare />);
		expect(() => app.stdin.write(ctrlF1toF4[0]!)).toThrow();
	});

	it('recognises exactly the sequences Ink cannot parse', () => {
		for (const sequence of [...ctrlF1toF4, ...others]) expect(isUnparsableSequence(sequence), JSON.stringify(sequence)).toBe(true);
		for (const sequence of [keys.right, keys.left, keys.home, keys.end, keys.pageUp, '\u001B[1;5C', '\u001B[3~', '\u001B', 'q', '黃']) {
			expect(isUnparsableSequence(sequence), JSON.stringify(sequence)).toBe(false);
		}
	});

	it('the presenter survives them, whole or split across reads, and keeps working', async () => {
		const app = renderApp({deckDir: exampleDeckDir});
		for (const sequence of [...ctrlF1toF4, ...others]) {
			app.stdin.write(sequence);
			app.stdin.write(sequence.slice(0, 1));
			app.stdin.write(sequence.slice(1));
		}
		expect(await app.press(keys.right)).toContain('2/3');
	});
});
