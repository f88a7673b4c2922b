// Taking over the screen and giving it back. Ink 6 has no alternate-screen option, so bideck
// switches to the alternate buffer itself and restores the terminal on every way out: normal
// exit, a fatal error, and SIGINT / SIGTERM / SIGHUP sent from outside.

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type Screen = {
	/** Gives the terminal back (cursor shown, main screen, cooked mode); safe to call twice. */
	restore: () => void;
};

/** Switches to the alternate screen; `onSignal` is called (once) for SIGINT, SIGTERM or SIGHUP
 * and must end the process. */
export function takeScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, onSignal: (signal: NodeJS.Signals) => void): Screen {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		for (const signal of signals) process.off(signal, onSignal);
		if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		stdout.write(showCursor + leaveAlternateScreen);
	};
	for (const signal of signals) process.once(signal, onSignal);
	stdout.write(enterAlternateScreen);
	return {restore};
}
