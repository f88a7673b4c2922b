import os from 'node:os';
import React from 'react';
import {render} from 'ink';
import {App} from './app.js';
import {createI18n} from './i18n.js';
import type {Deck} from './load-deck.js';
import {startState} from './start-state.js';
import type {State} from './state.js';
import {takeScreen} from './terminal.js';

type Start = {
	language: string;
	slide: number;
	/** Called once with the last state, after the terminal is restored (to remember the place). */
	onExit?: (state: State) => void;
};

/** Shows the deck full-screen until q, Ctrl+C or a signal; the terminal is restored on every way out. */
export async function present(deck: Deck, start: Start): Promise<number> {
	const i18n = createI18n(deck, start.language);
	const initial = startState(deck, i18n, {language: start.language, slide: start.slide, columns: process.stdout.columns, rows: process.stdout.rows});
	let last = initial;
	let instance: ReturnType<typeof render> | undefined;

	const finish = () => {
		instance?.unmount();
		screen.restore();
		start.onExit?.(last);
		start.onExit = undefined;
	};
	const screen = takeScreen(process.stdout, process.stdin, signal => {
		finish();
		process.exit(128 + (os.constants.signals[signal] ?? 0));
	});
	// Anything unexpected still leaves the terminal usable and prints one line.
	process.once('uncaughtException', error => {
		finish();
		process.stderr.write(`bideck: ${error.message}\n`);
		process.exit(1);
	});

	try {
		instance = render(<App deck={deck} i18n={i18n} initial={initial} onState={state => (last = state)} />, {exitOnCtrlC: false, patchConsole: false, maxFps: 60});
		await instance.waitUntilExit();
	} finally {
		finish();
	}
	return 0;
}
