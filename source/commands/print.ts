import fs from 'node:fs';
import {exportDeck} from '../text/export.js';
import {exportHtml} from '../text/export-html.js';
import {createI18n, type TFunction} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';
import type {PrintFormat} from './print-formats.js';
import {echo, fail, writeOutput, writeProblem} from '../io/output.js';

export type PrintOptions = {
	languages: readonly string[];
	format: PrintFormat;
	/** Colours wanted (no --no-color, no NO_COLOR); given only to text on a terminal. */
	color: boolean;
	compact: boolean;
	/** A file to write instead of stdout. */
	output?: string;
	/** --chromium PATH for PDF; else one is looked for on PATH. */
	chromium?: string;
};

/** `bideck --print`: the deck to stdout (or --output FILE); text is coloured only on a terminal
 * and when colours are wanted; a PDF is never written to a terminal. Output that cannot be
 * written whole ends as io/output.ts says. */
export async function print(deck: Deck, options: PrintOptions, t: TFunction): Promise<number> {
	const {stdout} = process;
	const toStdout = options.output === undefined;
	if (options.format === 'pdf' && toStdout && stdout.isTTY) return fail(t('cli.binaryToTerminal'), 2);
	const i18n = createI18n(deck);
	let document: string | Buffer;
	if (options.format === 'html' || options.format === 'pdf') {
		document = exportHtml(deck, i18n, {languages: options.languages, compact: options.compact});
		if (options.format === 'pdf') {
			const {findChromium, htmlToPdf, isExecutable} = await import('./pdf.js');
			if (options.chromium !== undefined && !isExecutable(options.chromium)) return fail(t('cli.chromiumNotFound', {path: echo(options.chromium)}), 2);
			const chromium = options.chromium ?? findChromium();
			if (!chromium) return fail(t('cli.noChromium'), 2);
			const result = await htmlToPdf(document, chromium);
			if (!result.ok) return fail(t('cli.chromiumFailed', {chromium: echo(chromium), problem: result.problem}), 1);
			document = result.pdf;
		}
	} else if (options.format === 'markdown') {
		document = (await import('../text/export-markdown.js')).exportMarkdown(deck, i18n, options.languages);
	} else {
		const terminal = toStdout && Boolean(stdout.isTTY);
		const color = options.color && terminal;
		const width = terminal && stdout.columns ? stdout.columns : 80;
		document = exportDeck(deck, i18n, {languages: options.languages, width, color});
	}
	if (toStdout) return writeOutput(document, t);
	try {
		fs.writeFileSync(options.output!, document);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		return fail(t('cli.cannotWrite', {file: echo(options.output!), problem: writeProblem(code, t)}), 1);
	}
	return 0;
}
