import fs from 'node:fs';
import {exportDeck} from '../text/export.js';
import {exportHtml} from '../text/export-html.js';
import {createI18n, type TFunction} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import type {PrintFormat} from './print-formats.js';


export type PrintOptions = {
	languages: readonly string[];
	format: PrintFormat;
	color: boolean;
	compact: boolean;
	/** A file to write instead of stdout. */
	output?: string;
	/** --chromium PATH for PDF; else one is looked for on PATH. */
	chromium?: string;
};

const fail = (message: string, code: number) => {
	process.stderr.write(`bideck: ${message}\n`);
	return code;
};

/** `bideck --print`: the deck to stdout (or --output FILE); text is coloured only on a terminal
 * without NO_COLOR; a PDF is never written to a terminal. */
export async function print(deck: Deck, options: PrintOptions, t: TFunction): Promise<number> {
	const {stdout} = process;
	const toStdout = options.output === undefined;
	if (options.format === 'pdf' && toStdout && stdout.isTTY) return fail(t('cli.binaryToTerminal'), 2);
	// A reader that stops early (`| head`) is not an error.
	stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		process.stderr.write(`bideck: ${error.message}\n`);
		process.exit(1);
	});
	const i18n = createI18n(deck);
	let document: string | Buffer;
	if (options.format === 'html' || options.format === 'pdf') {
		document = exportHtml(deck, i18n, {languages: options.languages, compact: options.compact});
		if (options.format === 'pdf') {
			const {findChromium, htmlToPdf, isExecutable} = await import('./pdf.js');
			if (options.chromium !== undefined && !isExecutable(options.chromium)) return fail(t('cli.chromiumNotFound', {path: options.chromium}), 2);
			const chromium = options.chromium ?? findChromium();
			if (!chromium) return fail(t('cli.noChromium'), 2);
			const result = await htmlToPdf(document, chromium);
			if (!result.ok) return fail(t('cli.chromiumFailed', {chromium, problem: result.problem}), 1);
			document = result.pdf;
		}
	} else {
		const terminal = toStdout && Boolean(stdout.isTTY);
		const color = options.color && options.format === 'text' && terminal && !('NO_COLOR' in process.env && process.env['NO_COLOR'] !== '');
		const width = terminal && stdout.columns ? stdout.columns : 80;
		document = exportDeck(deck, i18n, {languages: options.languages, format: options.format, width, color});
	}
	if (toStdout) {
		stdout.write(document);
		return 0;
	}
	try {
		fs.writeFileSync(options.output!, document);
	} catch (error) {
		return fail(t('cli.cannotWrite', {file: options.output, problem: (error as NodeJS.ErrnoException).code ?? (error as Error).message}), 1);
	}
	return 0;
}
