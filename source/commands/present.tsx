import os from 'node:os';
import {createI18n} from '../deck/i18n.js';
import {firstFrame} from '../present/first-frame.js';
import type {Deck} from '../deck/load-deck.js';
import {startState} from '../present/start-state.js';
import type {State} from '../present/state.js';

type Start = {
	language: string;
	/** The languages `t` cycles through, in order (--lang with a list); else the deck's. */
	languages?: readonly string[];
	slide: number;
	/** Colours on (no NO_COLOR, no --no-color); without, bold and reverse video stay. */
	color?: boolean;
	/** Remembers the place (slide and language) for the next start. Called soon after each
	 * change, as editors save, so that a killed terminal loses nothing; returns a problem, which
	 * is reported once, after the terminal is given back. */
	savePlace?: (state: State) => string | undefined;
	/** Writes a line to stderr once the terminal is back (a problem from savePlace). */
	report?: (problem: string) => void;
};

/** Ms a place waits before it is written: a burst of key presses writes the file once. */
const saveDelay = 300;
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
// The sequences Ink writes for its alternate screen (ansi-escapes, cursor hidden), and the cursor
// put back at the top left, where Ink's first frame starts.
const enterScreen = '\u001B[?1049h\u001B[?25l';
const leaveScreen = '\u001B[?1049l\u001B[?25h';
const cursorHome = '\u001B[H';
const clearLine = '\r\u001B[2K';

/** Shows the deck full-screen (Ink's alternate screen) until q, Ctrl+C or a signal; the terminal
 * is restored on every way out. */
export async function present(deck: Deck, start: Start): Promise<number> {
	const i18n = createI18n(deck, start.language);
	const initial = startState(deck, i18n, {language: start.language, slide: start.slide, ...(start.languages ? {languages: start.languages} : {})});
	let last = initial;
	let saved = {slide: initial.slide, language: initial.language};
	let problem: string | undefined;
	let timer: NodeJS.Timeout | undefined;
	let instance: ReturnType<typeof import('../present/mount.js').mount> | undefined;
	let painted = false; // the first frame is on the alternate screen

	const save = () => {
		clearTimeout(timer);
		timer = undefined;
		if (last.slide === saved.slide && last.language === saved.language) return;
		saved = {slide: last.slide, language: last.language};
		problem = start.savePlace?.(last);
	};
	const onState = (state: State) => {
		last = state;
		if (timer === undefined && (state.slide !== saved.slide || state.language !== saved.language)) timer = setTimeout(save, saveDelay);
	};

	let finished = false;
	const finish = () => {
		if (finished) return;
		finished = true;
		for (const signal of signals) process.off(signal, onSignal);
		if (instance) instance.unmount(); // Ink leaves the alternate screen and shows the cursor
		else if (painted) process.stdout.write(leaveScreen); // stopped while Ink was loading
		try {
			if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
		} catch {
			// The terminal is gone: there is no mode left to restore.
		}
		save();
		if (problem) start.report?.(problem);
	};
	// Ink would unmount on these too, but the place must be saved and the exit code must say why.
	const onSignal = (signal: NodeJS.Signals) => {
		finish();
		process.exit(128 + (os.constants.signals[signal] ?? 0));
	};
	for (const signal of signals) process.once(signal, onSignal);
	// The terminal went away (window closed, connection dropped): writes fail with EIO. Nothing can
	// be shown any more, but the place is kept, and the exit says the terminal hung up.
	const onOutputError = () => {
		finish();
		process.exit(128 + os.constants.signals.SIGHUP);
	};
	process.stdout.once('error', onOutputError);
	process.stdout.on('error', () => {});
	process.stderr.on('error', () => {});
	// Anything unexpected still leaves the terminal usable and prints one line.
	process.once('uncaughtException', error => {
		finish();
		process.stderr.write(`bideck: ${error.message}\n`);
		process.exit(1);
	});

	// A stop asked for (SIGTSTP) while Ink loads is held until the app can give the terminal back.
	let stopAsked = false;
	const holdStop = () => {
		stopAsked = true;
	};
	process.on('SIGTSTP', holdStop);

	// The first frame at once, with bideck's own layout; Ink, loaded meanwhile, draws the same
	// cells again (its 1049h on a screen already alternate changes nothing). Raw mode from now
	// on: keys pressed while Ink loads are neither echoed nor lost; Ink reads them from stdin.
	// Keys pressed even earlier, before Node ran any code, the terminal has echoed ("^[[C") on
	// the line the cursor is on: that line is cleared before the screen is switched, so the
	// shell finds it empty on exit.
	const frame = process.stdin.isTTY && process.stdout.isTTY ? firstFrame(deck, i18n, initial, {columns: process.stdout.columns, rows: process.stdout.rows, color: start.color ?? true}) : undefined;
	if (frame !== undefined) {
		painted = true;
		process.stdin.setRawMode(true);
		process.stdout.write(`${clearLine}${enterScreen}${frame}${cursorHome}`);
	}

	try {
		// Ctrl+Z or SIGTSTP: save the place (the shell may never continue us), then stop.
		const onSuspend = () => {
			save();
			process.kill(process.pid, 'SIGSTOP');
		};
		const {mount} = await import('../present/mount.js');
		instance = mount(deck, i18n, initial, onState, onSuspend, start.color ?? true);
		process.off('SIGTSTP', holdStop);
		if (stopAsked) process.emit('SIGTSTP', 'SIGTSTP');
		await instance.waitUntilExit();
	} finally {
		finish();
	}
	return 0;
}
