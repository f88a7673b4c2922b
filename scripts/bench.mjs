#!/usr/bin/env node
// npm run bench — how fast bideck feels on this machine: first frame, keypress → next frame,
// --print of a large deck, and peak memory, each next to its target and (for start-up) to bare
// Node measured the same way in the same run. A benchmark, not a test: it prints a table and the
// exact commands it ran, and exits 0 whether or not the targets are met. `--json` prints JSON.
// `--build` rebuilds dist/ first (it is built anyway when dist/cli.js is missing).
//
// Everything interactive runs in a real 100×30 pseudo-terminal (util-linux `script`), with CI
// removed from the environment (`env -u CI`; Ink
// draws only the last frame when CI is set). Times are taken in this process: from just before
// the spawn (start-up) or the write of the key's bytes (keypress) to the arrival of the pty output
// that holds the expected text. The presenter is the bin, dist/cli.js, run through its shebang
// (as `bideck` runs it); start-up and memory are also measured as `node dist/cli.js`. Start-up is
// measured with and without NODE_EXTRA_CA_CERTS (when set, Node reads the whole CA store before
// running any code). patat and tpp, when installed, show the same 3-slide CJK deck (written in
// their formats) in the same run; without them that row says so.
//
// The forum deck (the repository's slides/ and locales/) is used when `dist/cli.js validate`
// passes on it, else examples/minimal. A 1,000-slide bilingual deck is generated in a temp dir,
// which is removed at the end, as is every child process, on success, error or Ctrl+C.
//
// The room (issue #10, scripts/bench-room.mjs): a slide change → the position at 1, 50 and 200
// followers over loopback TCP, and the presenter's memory per follower. `--room` runs only that.

import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchRoom} from './bench-room.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const node = process.execPath;
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const roomOnly = argv.includes('--room');
const size = {cols: 100, rows: 30};
const runs = 7; // start-up runs measured, after `warmUps` not measured
const warmUps = 1;
const presses = 30; // per key and deck (t is pressed twice per round: en → zh-Hant → en)
const gap = 60; // ms between a frame's arrival and the next key (Ink draws at most 30–60 fps)
const printRuns = 5;
const bigCount = 1000;
const budget = 480_000; // ms: give up (and clean up) well inside the 10 minutes a command may take
const benchStart = performance.now();

const sgr = /\u001B\[[0-9;]*m/g;
const median = values => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
// Nearest-rank percentile: with 30 samples, p95 is the 29th smallest.
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const quote = word => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const log = message => {
	if (!json) process.stderr.write(`${message}\n`);
};

// ---------------------------------------------------------------------------------------------
// Temp dir, environment, clean-up

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-bench-'));
const tempLabel = '$TMP';
// Variables set on every pty command (written into the command itself, so it is exact): a known
// terminal type and locale, and config and cache dirs in the temp dir, so that the presenter's
// remembered place and its code cache (see scripts/build.mjs) never touch the user's: the first
// run of each command (the warm-up) starts without a code cache and writes it.
const ptyVariables = {TERM: 'xterm-256color', LANG: 'C.UTF-8', XDG_CONFIG_HOME: path.join(temp, 'config'), XDG_CACHE_HOME: path.join(temp, 'cache'), XDG_RUNTIME_DIR: path.join(temp, 'run')};
fs.mkdirSync(ptyVariables.XDG_RUNTIME_DIR, {mode: 0o700}); // the room's sockets (bideck --share)
const live = new Set(); // pseudo-terminals not yet ended
const commands = [];
const note = command => {
	const shown = command.split(temp).join(tempLabel);
	if (!commands.includes(shown)) commands.push(shown);
};

let cleanedUp = false;
function cleanUp() {
	if (cleanedUp) return;
	cleanedUp = true;
	for (const terminal of live) terminal.kill();
	fs.rmSync(temp, {recursive: true, force: true});
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

// ---------------------------------------------------------------------------------------------
// Pseudo-terminals

const backend = 'script';

/** A command in a 100×30 pseudo-terminal, with CI removed from its environment; resolves the time
 * at which all of a set of texts have arrived in its output. */
class Terminal {
	/** `lowest`: at the lowest CPU priority (nice 19), pty forwarding included: a load generator
	 * that in real use runs on another machine (a follower), not something measured for speed. */
	constructor(words, unset = [], {lowest = false} = {}) {
		const envWords = ['env', '-u', 'CI', ...unset.flatMap(name => ['-u', name]), ...Object.entries(ptyVariables).map(([name, value]) => `${name}=${value}`)];
		const full = [...envWords, ...words];
		this.output = '';
		this.waiter = undefined;
		this.ended = false;
		const inner = `stty cols ${size.cols} rows ${size.rows} && exec ${full.map(quote).join(' ')}`;
		const command = [...(lowest ? ['chrt', '--idle', '0'] : []), 'script', '-qfec', inner, '/dev/null'];
		note(command.map(quote).join(' '));
		this.started = performance.now();
		// nice execs script: the child's pid is script's either way.
		this.child = spawn(command[0], command.slice(1), {cwd: root, env: process.env, stdio: ['pipe', 'pipe', 'ignore']});
		this.child.stdin.on('error', () => {}); // a command that has ended takes no more keys
		this.child.stdout.setEncoding('utf8');
		this.child.stdout.on('data', chunk => this.receive(chunk));
		this.exited = new Promise(resolve => this.child.on('exit', () => resolve()));
		this.exited.then(() => {
			this.ended = true;
			live.delete(this);
			if (this.waiter) this.waiter.reject(new Error(`${words.join(' ')} ended while waiting for ${this.waiter.label}\n${this.output.replace(sgr, '').slice(-2000)}`));
		});
		live.add(this);
	}

	receive(chunk) {
		const now = performance.now();
		this.output += chunk;
		if (this.waiter && this.waiter.test(this.output.replace(sgr, ''))) {
			const {resolve} = this.waiter;
			this.waiter = undefined;
			resolve(now);
		}
	}

	/** Forgets the output so far: later waits look only at what arrives after this. */
	mark() {
		this.output = '';
	}

	/** The time (performance.now) at which every pattern has appeared since the last mark(). */
	waitFor(patterns, timeout = 10_000) {
		const label = patterns.map(String).join(' and ');
		const test = text => patterns.every(pattern => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)));
		if (test(this.output.replace(sgr, ''))) return Promise.resolve(performance.now());
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiter = undefined;
				reject(new Error(`timed out after ${timeout} ms waiting for ${label}; last output:\n${this.output.replace(sgr, '').slice(-2000)}`));
			}, timeout);
			this.waiter = {label, test, resolve: time => (clearTimeout(timer), resolve(time)), reject: error => (clearTimeout(timer), reject(error))};
		});
	}

	write(bytes) {
		this.child.stdin.write(bytes);
	}

	/** Writes `bytes` and returns the ms until every pattern has arrived. */
	async press(bytes, patterns) {
		this.mark();
		const written = performance.now();
		this.write(bytes);
		return (await this.waitFor(patterns)) - written;
	}

	/** The pid of the program itself (script's child, once it has exec'd). */
	programPid() {
		const children = fs.readFileSync(`/proc/${this.child.pid}/task/${this.child.pid}/children`, 'utf8').trim().split(/\s+/);
		return Number(children[0]);
	}

	/** q, then up to 3 s to exit; then killed. */
	async quit() {
		if (!this.ended) this.write('q');
		await Promise.race([this.exited, sleep(3000)]);
		this.kill();
	}

	kill() {
		if (this.ended) return;
		try {
			this.child.kill('SIGKILL');
		} catch {}
		live.delete(this);
	}
}

// ---------------------------------------------------------------------------------------------
// Decks and what their frames show

const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
const chrome = Object.fromEntries(['en', 'zh-Hant'].map(language => [language, readJson(path.join(root, 'locales', language, 'ui.json'))]));
const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name]));

/** A short start of `text` that fits on one line of the frame (cut at a space when it has one). */
function lead(text) {
	if ([...text].length <= 20) return text;
	const cut = text.slice(0, 24).lastIndexOf(' ');
	return cut >= 8 ? text.slice(0, cut) : [...text].slice(0, 10).join('');
}

/** What identifies a deck's frames: the status position, the language hint, slide 1's text. */
function describeDeck(dir) {
	const structure = readJson(path.join(dir, 'slides', 'deck.json'));
	const count = structure.slides.length;
	const first = structure.slides[0].id;
	const text = Object.fromEntries(structure.languages.map(language => [language, readJson(path.join(dir, 'locales', language, 'deck.json')).slides[first]]));
	const position = (language, current) => new RegExp(`(?<!\\d)${escapeRegExp(fill(chrome[language].status.position, {current, total: count}))}(?!\\d)`);
	const other = language => (language === 'en' ? 'zh-Hant' : 'en');
	return {
		count,
		languages: structure.languages,
		position,
		/** The status bar's hint for t, which names the other language: only in this language's frames. */
		language: language => `t ${fill(chrome[language].hints.language, {language: chrome[other(language)].language.name})}`,
		title: language => lead(text[language].title),
		/** Text of slide 1 that the index does not show (the index lists titles). */
		body: language => {
			const slide = text[language];
			const field = slide.subtitle ?? slide.thesis ?? slide.points?.[0] ?? slide.quote ?? slide.speaker ?? slide.title;
			return lead(field);
		},
		// The index title is plural-aware (i18next's _one/_other keys).
		index: language => {
			const titles = chrome[language].index;
			return fill(titles.title ?? (count === 1 ? titles.title_one : undefined) ?? titles.title_other, {count});
		},
	};
}

function validates(dir) {
	const words = [cli, 'validate', ...(dir ? [dir] : [])];
	note(`node ${words.map(quote).join(' ')}`);
	const result = spawnSync(node, words, {cwd: root, encoding: 'utf8', env: {...process.env, CI: undefined}});
	return {ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim()};
}

/** A generated deck of `count` short bilingual slides (each fits 80×24, which validate checks). */
function generateDeck(count) {
	const dir = path.join(temp, `deck-${count}`);
	fs.mkdirSync(path.join(dir, 'slides'), {recursive: true});
	const slides = Array.from({length: count}, (_, i) => ({id: `s${i + 1}`, kind: i === 0 ? 'title' : 'speaker'}));
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en', 'zh-Hant'], slides}, null, 1));
	const text = {
		en: i =>
			i === 0
				? {title: `Generated deck of ${count} slides`, subtitle: 'Central Asia cooperation: a benchmark', points: ['Every slide is short enough for 80×24.']}
				: {
						title: `Slide ${i + 1}: cooperation with Central Asia`,
						speaker: `Speaker ${i + 1}`,
						role: 'Research Fellow',
						thesis: 'Hong Kong can turn uncertainty into predictable cooperation dividends.',
						points: ['Law and finance: common law, arbitration and green finance', 'Trade and logistics: ports, air cargo and commodities', 'Digital: data sandbox, computing power and AI'],
						notes: 'Generated for the benchmark.',
					},
		'zh-Hant': i =>
			i === 0
				? {title: `${count} 頁的生成投影片`, subtitle: '中亞合作：基準測試', points: ['每一頁都短得放得進 80×24。']}
				: {
						title: `第${i + 1}頁：與中亞合作`,
						speaker: `講者${i + 1}`,
						role: '研究員',
						thesis: '香港可把不確定性轉化為可預期的合作紅利。',
						points: ['法律與金融：普通法、仲裁與綠色融資', '貿易與物流：港口、航空物流與大宗商品', '數字：數據沙箱、算力與人工智能'],
						notes: '為基準測試而生成。',
					},
	};
	for (const [language, make] of Object.entries(text)) {
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		const deck = {title: `Generated deck of ${count}`, slides: Object.fromEntries(slides.map((slide, i) => [slide.id, make(i)]))};
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify(deck, null, 1));
	}
	const check = validates(dir);
	if (!check.ok) throw new Error(`the generated deck is invalid:\n${check.output}`);
	return dir;
}

/** The same 3 CJK slides for bideck (a deck folder), patat (Markdown) and tpp (its own format). */
const cjkSlides = [
	{title: '香港大講堂', text: '中亞合作：香港如何平衡機遇與挑戰'},
	{title: '法律與金融', text: '普通法、仲裁與綠色融資'},
	{title: '貿易與物流', text: '港口、航空物流與大宗商品'},
];
const cjkMark = '中亞合作'; // on slide 1 in every tool

function generateCjkDecks() {
	const dir = path.join(temp, 'cjk');
	fs.mkdirSync(path.join(dir, 'slides'), {recursive: true});
	const ids = cjkSlides.map((_, i) => `s${i + 1}`);
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['zh-Hant', 'en'], slides: ids.map((id, i) => ({id, kind: i === 0 ? 'title' : 'overview'}))}));
	for (const language of ['zh-Hant', 'en']) {
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		const slides = Object.fromEntries(cjkSlides.map((slide, i) => [ids[i], i === 0 ? {title: slide.title, subtitle: slide.text} : {title: slide.title, points: [slide.text]}]));
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify({title: '香港大講堂', slides}));
	}
	const markdown = cjkSlides.map((slide, i) => `# ${slide.title}\n\n${i === 0 ? slide.text : `- ${slide.text}`}\n`).join('\n---\n\n');
	fs.writeFileSync(path.join(temp, 'cjk.md'), markdown);
	const tpp = cjkSlides.map((slide, i) => `${i === 0 ? '' : `--newpage s${i + 1}\n`}--heading ${slide.title}\n${i === 0 ? slide.text : `* ${slide.text}`}\n`).join('');
	fs.writeFileSync(path.join(temp, 'cjk.tpp'), tpp);
	const check = validates(dir);
	if (!check.ok) throw new Error(`the generated CJK deck is invalid:\n${check.output}`);
	return {dir, markdown: path.join(temp, 'cjk.md'), tpp: path.join(temp, 'cjk.tpp')};
}

/** The path of a program on PATH, or undefined. */
function which(name) {
	const result = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'});
	return result.status === 0 ? result.stdout.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Measures

const binWords = deckArgs => [cli, '--fresh', '--lang', 'en', ...deckArgs];
const nodeWords = deckArgs => [node, cli, '--fresh', '--lang', 'en', ...deckArgs];

/** Process start → every pattern on screen, for several commands in turn (interleaved, so that
 * drift in the machine's load hits them alike): `warmUps` + `runs` rounds. */
async function firstFrames(subjects) {
	const times = subjects.map(() => []);
	const cold = subjects.map(() => []);
	for (let round = 0; round < warmUps + runs; round++) {
		for (const [index, subject] of subjects.entries()) {
			const terminal = new Terminal(subject.words, subject.unset);
			const shown = await terminal.waitFor(subject.patterns);
			(round >= warmUps ? times : cold)[index].push(shown - terminal.started);
			await terminal.quit();
		}
	}
	return {times, cold};
}

/** → written 10 ms after the spawn: ms from the spawn to slide 2 on screen, or undefined when
 * slide 2 never came (the key was lost); and whether an echo ("^[[C") is left on the screen
 * (after bideck's clear of the line it was echoed on, if any). */
async function earlyKey(deck, deckArgs) {
	const terminal = new Terminal(binWords(deckArgs));
	await sleep(10);
	terminal.write('\u001B[C');
	let ms;
	try {
		ms = (await terminal.waitFor([deck.position('en', 2)], 5000)) - terminal.started;
	} catch {
		ms = undefined;
	}
	const output = terminal.output;
	await terminal.quit();
	const afterClear = output.slice(output.lastIndexOf('\u001B[2K') + 1);
	return {ms, echoed: afterClear.includes('^[[C')};
}

/** Keypress → new frame for →, ←, t (both ways), i (open the index) and Esc (close it). */
async function keypresses(deck, deckArgs) {
	const terminal = new Terminal(binWords(deckArgs));
	await terminal.waitFor([deck.title('en'), deck.position('en', 1)]);
	await sleep(300);
	const result = {right: [], left: [], toggle: [], index: [], close: []};
	const step = async (series, bytes, patterns) => {
		const ms = await terminal.press(bytes, patterns);
		if (series) result[series].push(ms);
		await sleep(gap);
	};
	for (let i = 0; i < presses; i++) {
		await step('right', '\u001B[C', [deck.position('en', 2)]);
		await step('left', '\u001B[D', [deck.position('en', 1)]);
		await step('toggle', 't', [deck.language('zh-Hant'), deck.position('zh-Hant', 1)]);
		await step('toggle', 't', [deck.language('en'), deck.position('en', 1)]);
		await step('index', 'i', [deck.index('en'), deck.position('en', 1)]);
		await step('close', '\u001B', [deck.body('en'), deck.position('en', 1)]);
	}
	await terminal.quit();
	return result;
}

/** Peak resident memory (VmHWM, MB) after → through every slide, both languages and the index. */
async function peakMemory(deck, words) {
	const terminal = new Terminal(words);
	await terminal.waitFor([deck.title('en'), deck.position('en', 1)]);
	for (let slide = 2; slide <= deck.count; slide++) {
		await terminal.press('\u001B[C', [deck.position('en', slide)]);
		await sleep(20);
	}
	await terminal.press('t', [deck.language('zh-Hant'), deck.position('zh-Hant', deck.count)]);
	await terminal.press('i', [deck.index('zh-Hant')]);
	await sleep(gap);
	await terminal.press('\u001B', [deck.position('zh-Hant', deck.count)]);
	await terminal.press('t', [deck.language('en'), deck.position('en', deck.count)]);
	await sleep(100);
	const status = fs.readFileSync(`/proc/${terminal.programPid()}/status`, 'utf8');
	await terminal.quit();
	return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** Wall time of --print --lang both to /dev/null: a warm-up, then `printRuns` runs. */
function timePrint(dir) {
	const words = [cli, '--print', '--lang', 'both', '--deck', dir];
	note(`node ${words.map(quote).join(' ')} > /dev/null`);
	const devNull = fs.openSync('/dev/null', 'w');
	const times = [];
	try {
		for (let run = 0; run <= printRuns; run++) {
			const started = performance.now();
			const result = spawnSync(node, words, {cwd: root, stdio: ['ignore', devNull, 'pipe'], env: {...process.env, CI: undefined}});
			const ms = performance.now() - started;
			if (result.status !== 0) throw new Error(`--print failed (${result.status}): ${result.stderr}`);
			if (run > 0) times.push(ms);
		}
	} finally {
		fs.closeSync(devNull);
	}
	return times;
}

// ---------------------------------------------------------------------------------------------

async function main() {
	if (argv.includes('--build') || !fs.existsSync(cli)) {
		log('building dist/…');
		note('node scripts/build.mjs');
		execFileSync(node, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
	}

	// The forum deck once it validates; until then the minimal example.
	const forumCheck = validates(undefined);
	const forumDir = forumCheck.ok ? root : path.join(root, 'examples', 'minimal');
	const forumArgs = forumCheck.ok ? [] : ['--deck', forumDir];
	const forumName = forumCheck.ok ? 'forum' : 'examples/minimal';
	if (!forumCheck.ok) log(`the forum deck does not validate yet; using examples/minimal:\n${forumCheck.output}`);
	const forum = describeDeck(forumDir);

	log('generating and validating a 1,000-slide deck…');
	const bigDir = generateDeck(bigCount);
	const big = describeDeck(bigDir);
	const bigArgs = ['--deck', bigDir];

	const cjk = generateCjkDecks();
	const others = [
		{name: 'patat', words: [which('patat'), cjk.markdown]},
		{name: 'tpp', words: [which('tpp'), cjk.tpp]},
	].filter(other => other.words[0]);
	const missing = ['patat', 'tpp'].filter(name => !others.some(other => other.name === name));
	if (missing.length > 0) log(`not installed, skipped: ${missing.join(', ')} (Debian: apt-get install ${missing.join(' ')})`);

	const caSet = Boolean(process.env['NODE_EXTRA_CA_CERTS']);
	log(`first frame: bare Node, bideck (bin and node dist/cli.js), ${others.map(other => other.name).join(', ') || 'no other presenters'}; ${warmUps} + ${runs} runs each…`);
	const firstPatterns = deck => [deck.title('en'), deck.position('en', 1)];
	const noCa = ['NODE_EXTRA_CA_CERTS'];
	const subjects = [
		{words: [node, '-e', "console.log('x')"], patterns: ['x'], unset: noCa},
		{words: binWords(forumArgs), patterns: firstPatterns(forum), unset: noCa},
		{words: nodeWords(forumArgs), patterns: firstPatterns(forum), unset: noCa},
		{words: binWords(bigArgs), patterns: firstPatterns(big), unset: noCa},
		{words: [cli, '--fresh', '--lang', 'zh-Hant', '--deck', cjk.dir], patterns: [cjkMark], unset: noCa},
		...others.map(other => ({words: other.words, patterns: [cjkMark]})),
		...(caSet
			? [
					{words: [node, '-e', "console.log('x')"], patterns: ['x']},
					{words: binWords(forumArgs), patterns: firstPatterns(forum)},
				]
			: []),
	];
	const {times, cold} = await firstFrames(subjects);
	const [bare, bin, viaNode, bigFirst, cjkBin] = times;
	const otherTimes = times.slice(5, 5 + others.length);
	const [bareCa, binCa] = caSet ? times.slice(5 + others.length) : [];
	const binCold = cold[1][0];

	log('a key pressed 10 ms after start, 5 runs…');
	const early = [];
	for (let run = 0; run < 5; run++) early.push(await earlyKey(forum, forumArgs));

	log(`keypresses: ${forumName} deck, ${presses} rounds…`);
	const forumKeys = await keypresses(forum, forumArgs);
	log(`keypresses: ${bigCount}-slide deck, ${presses} rounds…`);
	const bigKeys = await keypresses(big, bigArgs);

	log(`--print --lang both of ${bigCount} slides, 1 + ${printRuns} runs…`);
	const print = timePrint(bigDir);

	log('peak memory…');
	const rssBin = await peakMemory(forum, binWords(forumArgs));
	const rssNode = await peakMemory(forum, nodeWords(forumArgs));

	const roomRows = await room(forumDir, forumArgs);

	const bareMedian = median(bare);
	const rows = [];
	const add = row => rows.push({unit: 'ms', ...row});
	const startLimit = 'Node start-up (loading the ~40 KB the first frame needs), reading the deck (checked with zod unless it is the prebuilt built-in one: the 1,000-slide and CJK decks are), i18next, the catalog and the layout of slide 1; Ink loads after the frame';
	const startRow = (id, measure, values, withTarget, bareValue = bareMedian) => {
		const ratio = median(values) / bareValue;
		add({id, measure, n: values.length, median: median(values), high: Math.max(...values), highLabel: 'max', ratio, ...(withTarget ? {target: '≤ 2× bare Node', pass: ratio <= 2, limit: startLimit} : {})});
	};
	startRow('firstFrame.bareNode', 'first frame: bare Node (node -e "console.log(\'x\')"), no NODE_EXTRA_CA_CERTS', bare, false);
	startRow('firstFrame.bin', `first frame: bideck, ${forumName} deck (dist/cli.js, shebang flags), no NODE_EXTRA_CA_CERTS`, bin, true);
	startRow('firstFrame.binFirstRun', `first frame: bideck, ${forumName} deck, first run (warm-up: no code cache yet)`, [binCold], false);
	startRow('firstFrame.node', `first frame: node dist/cli.js, ${forumName} deck`, viaNode, true);
	startRow('firstFrame.big', `first frame: bideck, ${bigCount}-slide deck`, bigFirst, true);
	if (caSet) {
		const bareCaMedian = median(bareCa);
		startRow('firstFrame.bareNodeCa', 'first frame: bare Node, with NODE_EXTRA_CA_CERTS (as set here)', bareCa, false, bareCaMedian);
		startRow('firstFrame.binCa', `first frame: bideck, ${forumName} deck, with NODE_EXTRA_CA_CERTS (× bare Node with it)`, binCa, true, bareCaMedian);
	} else {
		add({id: 'firstFrame.binCa', measure: 'first frame with NODE_EXTRA_CA_CERTS: not set in this environment, not measured', n: 0});
	}
	const fastestOther = Math.min(...otherTimes.map(median));
	const cjkMedian = median(cjkBin);
	startRow('firstFrame.cjk', `first frame: bideck, 3-slide CJK deck (zh-Hant)`, cjkBin, false);
	const cjkRow = rows.at(-1);
	if (others.length > 0) {
		Object.assign(cjkRow, {target: `first of bideck, ${others.map(other => other.name).join(', ')}`, pass: cjkMedian <= fastestOther, limit: startLimit});
	} else {
		cjkRow.target = 'patat and tpp not installed: not compared';
	}
	others.forEach((other, index) => startRow(`firstFrame.${other.name}`, `first frame: ${other.name}, the same 3-slide CJK deck`, otherTimes[index], false));
	for (const name of missing) add({id: `firstFrame.${name}`, measure: `first frame: ${name} — not installed, skipped (apt-get install ${name})`, n: 0});
	const answered = early.filter(run => run.ms !== undefined);
	add({
		id: 'earlyKey',
		measure: `→ pressed 10 ms after start: answered ${answered.length}/${early.length}, echo left on screen ${early.filter(run => run.echoed).length}/${early.length} (ms: start → slide 2)`,
		n: early.length,
		median: answered.length > 0 ? median(answered.map(run => run.ms)) : NaN,
		high: answered.length > 0 ? Math.max(...answered.map(run => run.ms)) : NaN,
		highLabel: 'max',
		target: 'answered, not echoed',
		pass: answered.length === early.length && !early.some(run => run.echoed),
		limit: 'keys typed before the first frame are echoed by the terminal (cooked mode) and read once Ink starts',
	});
	const keyLabels = {right: '→', left: '←', toggle: 't (en ⇄ zh-Hant)', index: 'i (open index)', close: 'Esc (close index)'};
	const frameLimit = 'React render + yoga layout + Ink output of the whole frame; Ink throttles to maxFps';
	// Ink 8's components/App.js: a lone ESC byte waits pendingInputFlushDelayMilliseconds (20) for
	// the rest of an escape sequence (an arrow key is ESC [ C) before it is taken as the Esc key.
	const escLimit = 'Ink holds a lone Esc byte 20 ms, in case it starts an escape sequence (an arrow key), then draws the frame as for the other keys';
	for (const [deckName, keys] of [
		[forumName, forumKeys],
		[`${bigCount} slides`, bigKeys],
	]) {
		for (const [key, label] of Object.entries(keyLabels)) {
			const values = keys[key];
			const p95 = percentile(values, 95);
			add({id: `keypress.${deckName === forumName ? 'forum' : 'big'}.${key}`, measure: `keypress ${label}, ${deckName}`, n: values.length, median: median(values), high: p95, highLabel: 'p95', max: Math.max(...values), target: '≤ 16 ms median, ≤ 33 ms p95', pass: median(values) <= 16 && p95 <= 33, limit: key === 'close' ? escLimit : frameLimit});
		}
	}
	add({id: 'print.big', measure: `--print --lang both, ${bigCount} slides, > /dev/null`, n: print.length, median: median(print), high: Math.max(...print), highLabel: 'max', target: '≤ 1 s', pass: median(print) <= 1000, limit: 'deck validation and wrapping every slide in both languages'});
	const rssLimit = "bare Node 24 is ~43 MB; the node binary's code paged in (compilers, ICU, ESM loader) ~10 MB more; V8's heap (React fibers, each frame's garbage until it is collected) 15–25 MB; yoga's WebAssembly memory and malloc ~8 MB. The bin's flags (source/start.ts) keep the heap and the compilers' share down; `node dist/cli.js` runs without them";
	add({id: 'rss.bin', measure: `peak RSS, ${forumName} deck (dist/cli.js, shebang flags)`, unit: 'MB', n: 1, median: rssBin, high: rssBin, highLabel: 'max', target: '≤ 80 MB', pass: rssBin <= 80, limit: rssLimit});
	add({id: 'rss.node', measure: `peak RSS, ${forumName} deck (node dist/cli.js)`, unit: 'MB', n: 1, median: rssNode, high: rssNode, highLabel: 'max', target: '≤ 80 MB', pass: rssNode <= 80, limit: rssLimit});
	rows.push(...roomRows);
	report(rows, forumName);
}

/** The room rows (scripts/bench-room.mjs) with the given deck. */
function room(deckDir, deckArgs) {
	const deck = describeDeck(deckDir);
	return benchRoom({
		root,
		node,
		temp,
		deckDir,
		log,
		note,
		track: child => live.add({kill: () => child.kill('SIGKILL')}),
		terminals: {
			Terminal,
			presenterWords: name => [...binWords(deckArgs), '--share', '127.0.0.1:0', '--name', name],
			followWords: address => [cli, 'follow', address, '--lang', 'en'],
			deck,
			presses,
			gap,
		},
	});
}

async function roomMain() {
	if (argv.includes('--build') || !fs.existsSync(cli)) execFileSync(node, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
	const forum = validates(undefined).ok;
	report(await room(forum ? root : path.join(root, 'examples', 'minimal'), forum ? [] : ['--deck', path.join(root, 'examples', 'minimal')]), forum ? 'forum' : 'examples/minimal');
}

/** Prints the rows: a table (or JSON with --json), the targets missed, the machine and the
 * commands run. */
function report(rows, forumName) {

	const machine = {node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', pty: backend, size: `${size.cols}×${size.rows}`};
	const seconds = round((performance.now() - benchStart) / 1000);
	if (json) {
		const out = rows.map(({highLabel = 'max', high = NaN, ...row}) => ({...row, [highLabel]: round(high, 2), median: round(row.median, 2), ...(row.ratio === undefined ? {} : {ratio: round(row.ratio, 2)}), ...(row.max === undefined ? {} : {max: round(row.max, 2)})}));
		process.stdout.write(`${JSON.stringify({machine, forumDeck: forumName, seconds, rows: out, commands, tmp: temp}, null, 2)}\n`);
		return;
	}
	const cell = (value, unit) => `${round(value)} ${unit}`;
	const table = [
		'| measure | n | median | p95 / max | × bare Node | target | met |',
		'|---|---|---|---|---|---|---|',
		...rows.map(row =>
			row.n === 0
				? `| ${row.measure} | 0 | | | | ${row.target ?? ''} | |`
				: `| ${row.measure} | ${row.n} | ${cell(row.median, row.unit)} | ${cell(row.high, row.unit)} ${row.highLabel} | ${row.ratio === undefined ? '' : `${round(row.ratio, 2)}×`} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'yes' : 'NO'} |`,
		),
	];
	// Every target missed, with what limits it.
	const missed = rows.filter(row => row.pass === false);
	table.push('', missed.length === 0 ? 'Every target is met.' : 'Targets not met, and what limits them:', ...missed.map(row => `- ${row.measure}: ${cell(row.median, row.unit)}${row.ratio === undefined ? '' : ` (${round(row.ratio, 2)}× bare Node)`} against ${row.target} — ${row.limit}`));
	process.stdout.write(`${table.join('\n')}\n\n`);
	process.stdout.write(
		[
			`Node ${machine.node}, ${machine.cpus} × ${machine.cpu}; pseudo-terminal: ${backend}, ${machine.size}; ${runs} start-up runs after ${warmUps} warm-up, interleaved;`,
			roomOnly ? `The room only (--room); ${seconds} s in all.` : `${presses} rounds of → ← t t i Esc per deck, ${gap} ms after each frame; --print: ${printRuns} runs after 1 warm-up; ${seconds} s in all.`,
			`Commands (${tempLabel} = ${temp}, removed at the end):`,
			...commands.map(command => `  ${command}`),
			'',
		].join('\n'),
	);
}

const watchdog = setTimeout(() => {
	process.stderr.write(`bench: still running after ${budget / 1000} s; giving up\n`);
	cleanUp();
	process.exit(1);
}, budget);
watchdog.unref();

try {
	await (roomOnly ? roomMain() : main());
} catch (error) {
	process.stderr.write(`bench: ${error.stack ?? error}\n`);
	process.exitCode = 1;
} finally {
	cleanUp();
	clearTimeout(watchdog);
}
