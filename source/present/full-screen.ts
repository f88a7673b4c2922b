import os from 'node:os';
import type {Instance} from 'ink';

// One terminal handler for the presenter, the room's console and its followers: the screen
// goes alternate and raw, and is given back on every way out (q, Ctrl+C, signals, a terminal
// that hangs up, an uncaught error).

export type FullScreenRun = {
	/** Drawn at once, before Ink is loaded (the presenter's first frame); Ink draws it again. */
	frame?: string;
	/** Starts Ink; `onSuspend` stops the process (Ctrl+Z) once the terminal is given back. */
	mount(onSuspend: () => void): Promise<Instance>;
	/** Just before the process stops for Ctrl+Z or SIGTSTP (the shell may never continue it). */
	beforeStop?: () => void;
	/** Once the terminal is given back, on every way out: save, report, close connections. */
	finish?: () => void;
};

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
// The sequences Ink writes for its alternate screen (ansi-escapes, cursor hidden), and the cursor
// put back at the top left, where Ink's first frame starts.
const enterScreen = '\u001B[?1049h\u001B[?25l';
const leaveScreen = '\u001B[?1049l\u001B[?25h';
const cursorHome = '\u001B[H';
const clearLine = '\r\u001B[2K';

/** Runs an Ink app full-screen until it exits; returns the exit code (0). Signals exit at once
 * with 128 + the signal's number, after the terminal is restored. */
export async function fullScreen(run: FullScreenRun): Promise<number> {
	let instance: Instance | undefined;
	let painted = false; // the first frame is on the alternate screen

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
		run.finish?.();
	};
	// Ink would unmount on these too, but the caller must finish (save, close) and the exit code
	// must say why.
	const onSignal = (signal: NodeJS.Signals) => {
		finish();
		process.exit(128 + (os.constants.signals[signal] ?? 0));
	};
	for (const signal of signals) process.once(signal, onSignal);
	// The terminal went away (window closed, connection dropped): writes fail with EIO. Nothing can
	// be shown any more, but the caller still finishes, and the exit says the terminal hung up.
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

	// The first frame at once; Ink, loaded meanwhile, draws the same cells again (its 1049h on a
	// screen already alternate changes nothing). Raw mode from now on: keys pressed while Ink
	// loads are neither echoed nor lost; Ink reads them from stdin. Keys pressed even earlier,
	// before Node ran any code, the terminal has echoed ("^[[C") on the line the cursor is on:
	// that line is cleared before the screen is switched, so the shell finds it empty on exit.
	if (run.frame !== undefined && process.stdin.isTTY && process.stdout.isTTY) {
		painted = true;
		process.stdin.setRawMode(true);
		process.stdout.write(`${clearLine}${enterScreen}${run.frame}${cursorHome}`);
	}

	try {
		// Ctrl+Z or SIGTSTP: let the caller save (the shell may never continue us), then stop.
		const onSuspend = () => {
			run.beforeStop?.();
			process.kill(process.pid, 'SIGSTOP');
		};
		instance = await run.mount(onSuspend);
		process.off('SIGTSTP', holdStop);
		if (stopAsked) process.emit('SIGTSTP', 'SIGTSTP');
		await instance.waitUntilExit();
	} finally {
		finish();
	}
	return 0;
}
