import {execFileSync, spawnSync} from 'node:child_process';

// A real terminal for tests: a tmux server of its own (its own socket), one window of a given
// size running an interactive bash with job control, with CI removed from the environment (Ink
// draws only the last frame when CI is set) and Node 24 first on PATH. Every wait is for
// content on the screen, bounded in time; nothing sleeps a fixed time.

export class TmuxSession {
	private readonly socket = `bideck-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	constructor(
		readonly columns = 100,
		readonly rows = 30,
	) {
		if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is required for the real-terminal tests (.ci/run installs it)');
		const path = `${process.execPath.replace(/\/node$/, '')}:${process.env['PATH'] ?? ''}`;
		this.tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), 'env', '-u', 'CI', `PATH=${path}`, 'PS1=$ ', 'LANG=C.UTF-8', 'LC_ALL=C.UTF-8', 'bash', '--norc', '--noprofile', '-i');
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-u', ...args], {encoding: 'utf8'});
	}

	/** Types text and keys into the window (tmux key names: Right, Enter, C-z…). */
	send(...keys: string[]): void {
		this.tmux('send-keys', '-t', 'main', ...keys);
	}

	/** Types a line of text literally, then Enter. */
	type(line: string): void {
		this.tmux('send-keys', '-t', 'main', '-l', line);
		this.tmux('send-keys', '-t', 'main', 'Enter');
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', 'main');
	}

	/** "1 0": alternate screen on, cursor hidden; "0 1": the shell's screen, cursor shown. */
	paneState(): string {
		return this.tmux('display-message', '-p', '-t', 'main', '#{alternate_on} #{cursor_flag}').trim();
	}

	async waitFor(check: (screen: string) => boolean, what: string, timeout = 10_000): Promise<string> {
		const started = Date.now();
		let text = '';
		while (Date.now() - started < timeout) {
			text = this.screen();
			if (check(text)) return text;
			await new Promise(resolve => setTimeout(resolve, 25));
		}
		throw new Error(`timed out after ${timeout} ms waiting for ${what}; the screen was:\n${text}`);
	}

	waitForText(needle: string, timeout?: number): Promise<string> {
		return this.waitFor(text => text.includes(needle), JSON.stringify(needle), timeout);
	}

	async waitForPaneState(state: string, timeout = 10_000): Promise<void> {
		const started = Date.now();
		while (this.paneState() !== state) {
			if (Date.now() - started > timeout) throw new Error(`timed out waiting for pane state ${state} (is ${this.paneState()})\n${this.screen()}`);
			await new Promise(resolve => setTimeout(resolve, 25));
		}
	}

	/** The pid of the program the shell is running (its child), if any. */
	programPid(): number | undefined {
		const shell = this.tmux('display-message', '-p', '-t', 'main', '#{pane_pid}').trim();
		const children = spawnSync('pgrep', ['-P', shell], {encoding: 'utf8'}).stdout.trim();
		return children ? Number(children.split('\n')[0]) : undefined;
	}

	/** The shell's tty modes, as `stty -a` words: "icanon" or "-icanon", "echo" or "-echo". */
	async ttyModes(): Promise<{icanon: boolean; echo: boolean}> {
		const marker = `MODES${Math.random().toString(36).slice(2, 8)}`;
		this.type(`echo ${marker} $(stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' ')`);
		const text = await this.waitFor(screen => new RegExp(`^${marker} .*icanon`, 'm').test(screen), 'stty output');
		const line = text.split('\n').find(row => row.startsWith(`${marker} `))!;
		const words = line.split(/\s+/);
		return {icanon: words.includes('icanon'), echo: words.includes('echo')};
	}

	/** Ends whatever program the shell is running (a failed test may leave it running or
	 * stopped) and clears the screen, ready for the next test. */
	async endProgram(): Promise<void> {
		const pid = this.programPid();
		if (pid) {
			process.kill(pid, 'SIGKILL');
			await this.waitFor(() => this.programPid() === undefined, 'the program to end');
		}
		this.type('clear');
	}

	close(): void {
		spawnSync('tmux', ['-L', this.socket, 'kill-server']);
	}
}
