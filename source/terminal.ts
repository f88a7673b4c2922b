import os from 'node:os';

// Taking over the screen and giving it back. Ink 6 has no alternate-screen option, so bideck
// switches to the alternate buffer itself and restores the terminal on every way out: normal
// exit, a fatal error, and SIGINT / SIGTERM / SIGHUP sent from outside.

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

export type Screen = {
	/** Gives the terminal back (cursor shown, main screen, cooked mode); safe to call twice. */
	restore: () => void;
};

export function takeScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, onSignal: () => void): Screen {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		for (const signal of signals) process.off(signal, onSignalReceived);
		if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		stdout.write(showCursor + leaveAlternateScreen);
	};

	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
	const onSignalReceived = (signal: NodeJS.Signals) => {
		onSignal();
		restore();
		process.exit(128 + (os.constants.signals[signal] ?? 0));
	};
	for (const signal of signals) process.on(signal, onSignalReceived);

	stdout.write(enterAlternateScreen);
	return {restore};
}
