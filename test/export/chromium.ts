import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Readable, Writable} from 'node:stream';
import {chromiumArgs, findChromium} from '../../source/commands/pdf.js';

// A real headless Chromium driven over the DevTools protocol on a pipe (fd 3 in, fd 4 out):
// no port, no network. Enough of the protocol to load a page at a size and read what a
// reader would see, with every request, failure and console/CSP message recorded.

export const chromiumPath = findChromium();

type Message = {id?: number; method?: string; params?: any; result?: any; error?: {message: string}; sessionId?: string};

export type PageReport = {
	/** Every request the page made (blocked ones included: Chromium announces them first). */
	requests: string[];
	/** "url reason" of every request that failed or was blocked ("csp"). */
	failed: string[];
	log: string[];
	evaluate: <T>(expression: string) => Promise<T>;
};

export class Browser {
	private nextId = 1;
	private pending = new Map<number, {resolve: (value: any) => void; reject: (error: Error) => void}>();
	private listeners: Array<(message: Message) => void> = [];
	private constructor(
		private child: ChildProcess,
		private profile: string,
	) {
		let buffer = '';
		(child.stdio[4] as Readable).on('data', (chunk: Buffer) => {
			buffer += chunk.toString('utf8');
			let end;
			while ((end = buffer.indexOf('\0')) >= 0) {
				const message = JSON.parse(buffer.slice(0, end)) as Message;
				buffer = buffer.slice(end + 1);
				if (message.id !== undefined && this.pending.has(message.id)) {
					const {resolve, reject} = this.pending.get(message.id)!;
					this.pending.delete(message.id);
					if (message.error) reject(new Error(message.error.message));
					else resolve(message.result);
				} else {
					for (const listener of this.listeners) listener(message);
				}
			}
		});
	}

	static async launch(): Promise<Browser> {
		if (!chromiumPath) throw new Error('no Chromium on PATH (apt-get install chromium)');
		const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-chromium-'));
		// The same quiet flags as the PDF export, without the print-to-pdf part.
		const flags = chromiumArgs(profile, '', '', process.getuid?.() === 0).filter(flag => !flag.startsWith('--print-to-pdf') && flag !== '--no-pdf-header-footer' && flag !== 'file://');
		const child = spawn(chromiumPath, [...flags, '--remote-debugging-pipe', '--hide-scrollbars', 'about:blank'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe']});
		return new Browser(child, profile);
	}

	send(method: string, params: object = {}, sessionId?: string): Promise<any> {
		const id = this.nextId++;
		(this.child.stdio[3] as Writable).write(`${JSON.stringify({id, method, params, sessionId})}\0`);
		return new Promise((resolve, reject) => {
			this.pending.set(id, {resolve, reject});
			setTimeout(() => {
				if (this.pending.delete(id)) reject(new Error(`${method}: no answer in 15 s`));
			}, 15_000).unref();
		});
	}

	/** Opens `url` in a fresh tab of `width`×`height` CSS pixels and waits for its load event. */
	async open(url: string, width: number, height = 800): Promise<PageReport> {
		const {targetId} = await this.send('Target.createTarget', {url: 'about:blank'});
		const {sessionId} = await this.send('Target.attachToTarget', {targetId, flatten: true});
		const report: PageReport = {requests: [], failed: [], log: [], evaluate: async () => undefined as never};
		const urls = new Map<string, string>();
		let loaded!: () => void;
		const load = new Promise<void>(resolve => (loaded = resolve));
		this.listeners.push(message => {
			if (message.sessionId !== sessionId) return;
			const {method, params} = message;
			if (method === 'Network.requestWillBeSent') {
				report.requests.push(params.request.url);
				urls.set(params.requestId, params.request.url);
			}
			if (method === 'Network.loadingFailed') report.failed.push(`${urls.get(params.requestId)} ${params.blockedReason ?? params.errorText}`);
			if (method === 'Log.entryAdded') report.log.push(params.entry.text);
			if (method === 'Runtime.consoleAPICalled') report.log.push(params.args.map((arg: {value?: unknown}) => String(arg.value)).join(' '));
			if (method === 'Runtime.exceptionThrown') report.log.push(params.exceptionDetails.text);
			if (method === 'Page.loadEventFired') loaded();
		});
		for (const domain of ['Network', 'Page', 'Runtime', 'Log']) await this.send(`${domain}.enable`, {}, sessionId);
		await this.send('Emulation.setDeviceMetricsOverride', {width, height, deviceScaleFactor: 1, mobile: width < 600}, sessionId);
		await this.send('Page.navigate', {url}, sessionId);
		await load;
		report.evaluate = async <T>(expression: string) => {
			const {result, exceptionDetails} = await this.send('Runtime.evaluate', {expression, returnByValue: true}, sessionId);
			if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
			return result.value as T;
		};
		return report;
	}

	async close(): Promise<void> {
		const exited = new Promise(resolve => this.child.once('exit', resolve));
		try {
			await this.send('Browser.close');
		} catch {
			this.child.kill('SIGKILL');
		}
		await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5000))]);
		if (this.child.exitCode === null) this.child.kill('SIGKILL');
		fs.rmSync(this.profile, {recursive: true, force: true});
	}
}
