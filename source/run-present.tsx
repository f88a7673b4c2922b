import React from 'react';
import {render} from 'ink';
import {App} from './app.js';
import {createI18n} from './i18n.js';
import type {Deck} from './load-deck.js';
import {startState} from './start-state.js';
import {takeScreen} from './terminal.js';

/** Shows the deck full-screen until q, Ctrl+C or a signal; the terminal is restored on every way out. */
export async function present(deck: Deck, start: {language: string; slide: number}): Promise<number> {
	const i18n = createI18n(deck, start.language);
	const initial = startState(deck, i18n, {language: start.language, slide: start.slide, columns: process.stdout.columns, rows: process.stdout.rows});

	let instance: ReturnType<typeof render> | undefined;
	const screen = takeScreen(process.stdout, process.stdin, () => instance?.unmount());
	// Anything unexpected still leaves the terminal usable and prints one line.
	process.once('uncaughtException', error => {
		instance?.unmount();
		screen.restore();
		process.stderr.write(`bideck: ${error.message}\n`);
		process.exit(1);
	});
	try {
		instance = render(<App deck={deck} i18n={i18n} initial={initial} />, {exitOnCtrlC: false, patchConsole: false});
		await instance.waitUntilExit();
	} finally {
		screen.restore();
	}
	return 0;
}
