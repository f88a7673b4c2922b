#!/usr/bin/env node
// npm run bench — how fast bideck feels: first frame, keypress → next frame, --print of a large
// deck, and peak memory, each next to its target and (for start-up) to bare Node in the same run.
// A benchmark, not a test: it prints a table and the commands it ran. `--json` prints JSON.
//
// The program runs as users run it (the bin, dist/cli.js, with its shebang's Node flags) in a
// real pseudo-terminal made by util-linux `script`, at 100×30, with CI removed from its
// environment (Ink draws only the last frame when CI is set).

import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const json = process.argv.includes('--json');
const runs = 7;
const presses = 30;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-bench-'));
const env = {...process.env, XDG_CONFIG_HOME: path.join(temp, 'config'), TERM: 'xterm-256color', LANG: 'C.UTF-8'};
delete env.CI;
const commands = [];

const log = message => {
	if (!json) process.stderr.write(`${message}\n`);
};
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const round = value => Math.round(value * 10) / 10;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** A command in a 100×30 pseudo-terminal; resolves markers as they appear in its output. */
class Terminal {
	constructor(command) {
		commands.push(command);
		this.output = '';
		this.waiters = [];
		this.started = performance.now();
		this.child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec env -u CI ${command}`, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'ignore']});
		// A command that has already ended (bare Node) cannot take a keypress: not an error here.
		this.child.stdin.on('error', () => {});
		this.child.stdout.on('data', chunk => {
			this.output += chunk;
			const now = performance.now();
			this.waiters = this.waiters.filter(waiter => {
				if (!this.output.includes(waiter.marker)) return true;
				waiter.resolve(now);
				return false;
			});
		});
		this.exited = new Promise(resolve => this.child.on('exit', resolve));
	}

	/** Time (performance.now) at which `marker` is first in the output after this call. */
	waitFor(marker, timeout = 10_000) {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(marker)}`)), timeout);
			this.waiters.push({marker, resolve: time => (clearTimeout(timer), resolve(time))});
		});
	}

	/** Writes `bytes` and returns the ms until `marker` appears. */
	async press(bytes, marker) {
		this.output = '';
		const written = performance.now();
		const seen = this.waitFor(marker);
		this.child.stdin.write(bytes);
		return (await seen) - written;
	}

	async quit() {
		this.child.stdin.write('q');
		await Promise.race([this.exited, sleep(3000)]);
		this.child.kill('SIGKILL');
	}
}

/** Process start → marker on screen, `runs` times after a warm-up. */
async function firstFrame(command, marker) {
	const times = [];
	for (let run = 0; run <= runs; run++) {
		const terminal = new Terminal(command);
		const shown = await terminal.waitFor(marker);
		if (run > 0) times.push(shown - terminal.started);
		await terminal.quit();
	}
	commands.splice(commands.length - runs, runs); // list each command once
	return times;
}

/** A generated deck of `count` short bilingual slides. */
function generateDeck(count) {
	const dir = path.join(temp, `deck-${count}`);
	fs.mkdirSync(path.join(dir, 'slides'), {recursive: true});
	const slides = Array.from({length: count}, (_, i) => ({id: `s${i + 1}`, kind: 'speaker'}));
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en', 'zh-Hant'], slides}));
	const text = {
		en: i => ({title: `Slide ${i + 1}: cooperation with Central Asia`, speaker: `Speaker ${i + 1}`, role: 'Research Fellow', thesis: 'Hong Kong can turn uncertainty into predictable cooperation dividends.', points: ['Law and finance: common law, arbitration and green finance', 'Trade and logistics: ports, air cargo and commodities', 'Digital: data sandbox, computing power and AI'], notes: 'Generated for the benchmark.'}),
		'zh-Hant': i => ({title: `第${i + 1}頁：與中亞合作`, speaker: `講者${i + 1}`, role: '研究員', thesis: '香港可把不確定性轉化為可預期的合作紅利。', points: ['法律與金融：普通法、仲裁與綠色融資', '貿易與物流：港口、航空物流與大宗商品', '數字：數據沙箱、算力與人工智能'], notes: '為基準測試而生成。'}),
	};
	for (const [language, make] of Object.entries(text)) {
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		const deck = {title: `Generated deck of ${count}`, slides: Object.fromEntries(slides.map((slide, i) => [slide.id, make(i)]))};
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify(deck));
	}
	const check = spawnSync(process.execPath, [cli, 'validate', dir], {encoding: 'utf8'});
	if (check.status !== 0) throw new Error(`generated deck is invalid:\n${check.stdout}`);
	return dir;
}

/** Keypress → frame latencies for →, ←, t and the index (i, then Esc), on one deck. */
async function keypresses(deckArgs, count) {
	const terminal = new Terminal(`${cli} --fresh --lang en ${deckArgs}`);
	await terminal.waitFor(`1/${count}`);
	await sleep(200);
	const result = {right: [], left: [], toggle: [], index: []};
	for (let i = 0; i < presses; i++) {
		result.right.push(await terminal.press('\u001B[C', `2/${count}`));
		await sleep(60);
		result.left.push(await terminal.press('\u001B[D', `1/${count}`));
		await sleep(60);
		result.toggle.push(await terminal.press('t', 't English'));
		await sleep(60);
		await terminal.press('t', 't 繁體中文');
		await sleep(60);
		result.index.push(await terminal.press('i', 'Index —'));
		await sleep(60);
		await terminal.press('\u001B', `1/${count} `);
		await sleep(60);
	}
	await terminal.quit();
	return result;
}

/** Peak resident memory of the presenter after stepping through every slide and both languages. */
async function peakMemory(count) {
	const terminal = new Terminal(`${cli} --fresh --lang en`);
	await terminal.waitFor(`1/${count}`);
	for (let slide = 2; slide <= count; slide++) {
		await terminal.press('\u001B[C', `${slide}/${count}`);
		await sleep(40);
	}
	await terminal.press('t', 't English');
	await terminal.press('i', '目錄');
	await terminal.press('\u001B', `${count}/${count}`);
	const pid = execFileSync('pgrep', ['-P', String(terminal.child.pid)], {encoding: 'utf8'}).trim().split('\n')[0];
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	await terminal.quit();
	return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
}

function timePrint(dir) {
	const args = [cli, '--print', '--lang', 'both', '--deck', dir];
	commands.push(`node ${args.join(' ')} > /dev/null`);
	const times = [];
	for (let run = 0; run < 6; run++) {
		const started = performance.now();
		const result = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
		if (result.status !== 0) throw new Error(`--print failed: ${result.stderr}`);
		if (run > 0) times.push(performance.now() - started);
	}
	return times;
}

async function main() {
	if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
	const forumCount = JSON.parse(fs.readFileSync(path.join(root, 'slides', 'deck.json'), 'utf8')).slides.length;

	log('first frame: bare Node…');
	const bare = await firstFrame(`${process.execPath} -e "console.log('ready')"`, 'ready');
	log('first frame: bideck…');
	const first = await firstFrame(`${cli} --fresh --lang en`, `1/${forumCount}`);
	log('keypresses: forum deck…');
	const forumKeys = await keypresses('', forumCount);
	log('keypresses: 1,000-slide deck…');
	const big = generateDeck(1000);
	const bigKeys = await keypresses(`--deck ${big}`, 1000);
	log('--print of 1,000 slides…');
	const print = timePrint(big);
	log('peak memory…');
	const rss = await peakMemory(forumCount);

	const bareMedian = median(bare);
	const rows = [
		{measure: 'first frame, bare Node (node -e)', median: median(bare), high: Math.max(...bare), ratio: 1},
		{measure: 'first frame, bideck (forum deck)', median: median(first), high: Math.max(...first), ratio: median(first) / bareMedian, target: '≤ 1.5× bare Node', pass: median(first) <= 1.5 * bareMedian},
	];
	for (const [deck, keys] of [['forum', forumKeys], ['1,000 slides', bigKeys]]) {
		for (const [key, label] of [['right', '→'], ['left', '←'], ['toggle', 't'], ['index', 'i (index)']]) {
			const values = keys[key];
			rows.push({measure: `keypress ${label}, ${deck}`, median: median(values), high: percentile(values, 95), target: '≤ 16 ms median, ≤ 33 ms p95', pass: median(values) <= 16 && percentile(values, 95) <= 33});
		}
	}
	rows.push({measure: '--print --lang both, 1,000 slides', median: median(print), high: Math.max(...print), target: '≤ 1000 ms', pass: median(print) <= 1000});
	rows.push({measure: 'peak RSS, forum deck (MB)', median: rss, high: rss, target: '≤ 80 MB', pass: rss <= 80, unit: 'MB'});

	if (json) {
		process.stdout.write(`${JSON.stringify({machine: {cpus: os.cpus().length, node: process.version}, rows, commands}, null, 2)}\n`);
		return;
	}
	const table = [
		'| measure | median | p95 / max | × bare Node | target | met |',
		'|---|---|---|---|---|---|',
		...rows.map(row => {
			const unit = row.unit ?? 'ms';
			return `| ${row.measure} | ${round(row.median)} ${unit} | ${round(row.high)} ${unit} | ${row.ratio === undefined ? '' : `${round(row.ratio)}×`} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'yes' : 'no'} |`;
		}),
	];
	process.stdout.write(`${table.join('\n')}\n\n`);
	process.stdout.write(`Node ${process.version}, ${os.cpus().length} cores; ${runs} runs after a warm-up for start-up, ${presses} presses per key, 100×30 pseudo-terminal (util-linux script).\nCommands:\n${[...new Set(commands)].map(command => `  ${command}`).join('\n')}\n`);
}

try {
	await main();
} finally {
	fs.rmSync(temp, {recursive: true, force: true});
}
