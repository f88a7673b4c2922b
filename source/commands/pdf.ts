import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// --format pdf: the HTML handout printed by a Chromium already on the machine. The page goes to
// a file of its own in a private temporary folder (Chromium reads files, not stdin), and the
// folder, with Chromium's throwaway profile, is removed whatever happens.

/** The names Chromium and Chrome are installed under, tried in order on PATH. */
export const chromiumNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];
const macApps = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export const isExecutable = (file: string) => {
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
};

/** The first Chromium found on PATH (or in the usual macOS places), if any. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const dirs = (env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
	for (const name of chromiumNames) {
		for (const dir of dirs) {
			const candidate = path.join(dir, name);
			if (isExecutable(candidate)) return candidate;
		}
	}
	return macApps.find(isExecutable);
}

export type PdfResult = {ok: true; pdf: Buffer} | {ok: false; problem: string};

/** Flags for a quiet, one-shot headless print: no first-run, sync, updates or background
 * connections, and a fresh profile. Chromium refuses to run as root without --no-sandbox. */
export function chromiumArgs(profile: string, pdfFile: string, htmlFile: string, root = process.getuid?.() === 0): string[] {
	return [
		'--headless',
		...(root ? ['--no-sandbox'] : []),
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--no-default-browser-check',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-extensions',
		`--user-data-dir=${profile}`,
		'--no-pdf-header-footer',
		'--print-to-pdf-no-header',
		`--print-to-pdf=${pdfFile}`,
		`file://${htmlFile}`,
	];
}

/** Prints `html` to PDF with `chromium`; gives up after `timeoutMs`. */
export async function htmlToPdf(html: string, chromium: string, timeoutMs = 60_000): Promise<PdfResult> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-pdf-'));
	try {
		fs.chmodSync(dir, 0o700);
		const htmlFile = path.join(dir, 'handout.html');
		const pdfFile = path.join(dir, 'handout.pdf');
		fs.writeFileSync(htmlFile, html, {flag: 'wx', mode: 0o600});
		const child = spawn(chromium, chromiumArgs(path.join(dir, 'profile'), pdfFile, htmlFile), {stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL'});
		let stderr = '';
		child.stderr.on('data', chunk => {
			if (stderr.length < 65_536) stderr += chunk;
		});
		const outcome = await new Promise<{code: number | null; signal: NodeJS.Signals | null; error?: Error}>(resolve => {
			child.on('error', error => resolve({code: null, signal: null, error}));
			child.on('close', (code, signal) => resolve({code, signal}));
		});
		if (outcome.error) return {ok: false, problem: outcome.error.message};
		if (outcome.signal) return {ok: false, problem: `stopped after ${Math.round(timeoutMs / 1000)} s (${outcome.signal})`};
		const pdf = fs.existsSync(pdfFile) ? fs.readFileSync(pdfFile) : undefined;
		if (outcome.code !== 0 || !pdf || pdf.length === 0) {
			const last = stderr.trim().split('\n').filter(Boolean).at(-1) ?? 'no PDF written';
			return {ok: false, problem: `exit ${outcome.code}: ${last}`};
		}
		return {ok: true, pdf};
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
}
