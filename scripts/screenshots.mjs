#!/usr/bin/env node
// npm run screenshots: the README's pictures, taken from bideck running in a real terminal
// emulator (xterm, Noto CJK fonts) on a virtual display (Xvfb). bideck runs inside tmux in that
// xterm, so the script can send keys and wait until the expected text is on the screen, then
// until the window's picture stops changing, instead of sleeping. Same size, same slide, same
// keys every time (--fresh, a throwaway config folder), so a re-run only changes what the deck
// changed. Not part of npm test.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const out = path.join(root, 'docs');
const columns = 100;
const rows = 30;
// Latin in a monospace font; double-width (CJK) cells in Noto's Traditional Chinese face.
const font = 'DejaVu Sans Mono';
const wideFont = 'Noto Sans Mono CJK TC';
// The presenter timer in the status bar would differ from run to run: bideck runs with its clock
// stopped at start-up, so every picture shows 0:00.
const stoppedClock = 'data:text/javascript,const start = Date.now(); Date.now = () => start;';

// What it needs, checked first and reported in one line.
const has = command => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = [
	...['Xvfb:xvfb', 'xterm:xterm', 'tmux:tmux', 'import:imagemagick', 'compare:imagemagick', 'fc-list:fontconfig'].filter(entry => !has(entry.split(':')[0])).map(entry => entry.split(':')[1]).filter((name, index, all) => all.indexOf(name) === index),
	...(has('fc-list') && !execFileSync('fc-list', [':family'], {encoding: 'utf8'}).includes(wideFont) ? ['fonts-noto-cjk'] : []),
	...(has('fc-list') && !execFileSync('fc-list', [':family'], {encoding: 'utf8'}).includes(font) ? ['fonts-dejavu-core'] : []),
];
if (missing.length > 0) {
	process.stderr.write(`screenshots: missing ${missing.join(', ')} (apt-get install ${missing.join(' ')})\n`);
	process.exit(2);
}
if (!fs.existsSync(cli)) {
	process.stderr.write('screenshots: dist/cli.js is missing (npm run build first)\n');
	process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-shots-'));
const socket = `bideck-shots-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
const children = [];
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function cleanup() {
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	for (const child of children.reverse()) if (child.exitCode === null) child.kill();
	fs.rmSync(work, {recursive: true, force: true});
}

/** Polls `check` every 100 ms until it returns a value, for at most `seconds`. */
async function until(what, seconds, check) {
	for (let attempt = 0; attempt < seconds * 10; attempt++) {
		const value = await check();
		if (value) return value;
		await sleep(100);
	}
	throw new Error(`timed out waiting for ${what}`);
}

async function main() {
	// Xvfb picks a free display and writes its number on fd 3.
	const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
	children.push(xvfb);
	let displayNumber = '';
	xvfb.stdio[3].on('data', chunk => (displayNumber += chunk));
	const display = `:${(await until('Xvfb', 10, () => /\n/.test(displayNumber) && displayNumber)).trim()}`;
	const env = {
		...process.env,
		DISPLAY: display,
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		TERM: 'xterm-256color',
		XDG_CONFIG_HOME: path.join(work, 'config'),
		PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
	};
	delete env.CI; // Ink draws only the last frame when CI is set.
	delete env.TMUX;

	// bideck in a detached tmux session, shown by an xterm attached to it.
	tmux('new-session', '-d', '-s', 'shots', '-x', String(columns), '-y', String(rows), '-e', `XDG_CONFIG_HOME=${env.XDG_CONFIG_HOME}`, `${process.execPath} --import '${stoppedClock}' ${cli} --fresh --lang en --slide 3`);
	tmux('set-option', '-g', 'status', 'off');
	const windowFile = path.join(work, 'window');
	const xterm = spawn(
		'xterm',
		['-geometry', `${columns}x${rows}+0+0`, '-fa', font, '-fd', wideFont, '-fs', '11', '-bg', '#101418', '-fg', '#d8dee4', '-b', '6', '-bw', '0', '+sb', '+bc', '-u8', '-e', 'sh', '-c', `echo "$WINDOWID" > ${windowFile}; exec tmux -L ${socket} -f /dev/null attach -t shots`],
		{env, stdio: 'ignore'},
	);
	children.push(xterm);
	const windowId = await until('the xterm window', 15, () => fs.existsSync(windowFile) && fs.readFileSync(windowFile, 'utf8').trim());

	const screen = () => tmux('capture-pane', '-p', '-t', 'shots');
	const grab = () => execFileSync('import', ['-display', display, '-window', windowId, 'png:-'], {maxBuffer: 32 << 20});

	/** Waits until `text` is on the screen and the window's picture has settled, then saves it. */
	async function shot(name, text) {
		await until(`"${text}" on screen`, 15, () => screen().includes(text));
		let previous = grab();
		await until(`${name} to settle`, 10, () => {
			const next = grab();
			const same = next.equals(previous);
			previous = next;
			return same && next;
		});
		const file = path.join(out, `${name}.png`);
		const fresh = path.join(work, `${name}.png`);
		// 64 colours without dithering keep each picture small and the same screen the same bytes.
		execFileSync('import', ['-display', display, '-window', windowId, '-dither', 'None', '-colors', '64', '-strip', `png8:${fresh}`], {env: {...process.env, MAGICK_THREAD_LIMIT: '1'}});
		// xterm's anti-aliasing can differ by a few pixels between redraws: a picture that differs
		// from the one in docs/ by less than that is left alone, so re-runs change only what changed.
		const compared = fs.existsSync(file) ? spawnSync('compare', ['-metric', 'AE', '-fuzz', '5%', file, fresh, 'null:'], {encoding: 'utf8'}) : undefined;
		const differing = compared ? Number.parseFloat(compared.stderr) : Number.NaN;
		const unchanged = compared?.status !== 2 && differing < 1000;
		if (!unchanged) fs.copyFileSync(fresh, file);
		process.stdout.write(`${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KB${unchanged ? ', unchanged' : ''})\n`);
	}
	const keys = (...sequence) => tmux('send-keys', '-t', 'shots', ...sequence);

	fs.mkdirSync(out, {recursive: true});
	await shot('speaker-en', 'Zhang Guoyi');
	keys('t');
	await shot('speaker-zh', '張國義');
	keys('b');
	await until('the bilingual view', 15, () => screen().includes('Zhang Guoyi') && screen().includes('張國義'));
	await shot('bilingual', 'Zhang Guoyi');
	keys('b', 't', 'i');
	await shot('index', 'Index');
	keys('Escape', 'Escape');
	await until('the slide again', 15, () => !screen().includes('Index'));
	keys('/', 'g', 'o', 'l', 'd');
	await shot('search', 'slides match');
}

main().then(
	() => cleanup(),
	error => {
		cleanup();
		process.stderr.write(`screenshots: ${error.message}\n`);
		process.exit(1);
	},
);
