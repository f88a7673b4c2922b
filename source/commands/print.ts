import {exportDeck, type ExportOptions} from '../text/export.js';
import {createI18n} from '../deck/i18n.js';
import type {Deck} from '../deck/load-deck.js';

/** `bideck --print`: the deck to stdout, coloured only on a terminal without NO_COLOR. */
export function print(deck: Deck, options: Omit<ExportOptions, 'width' | 'color'> & {color: boolean}): number {
	const {stdout} = process;
	// A reader that stops early (`| head`) is not an error.
	stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		process.stderr.write(`bideck: ${error.message}\n`);
		process.exit(1);
	});
	const color = options.color && options.format === 'text' && Boolean(stdout.isTTY) && !('NO_COLOR' in process.env && process.env['NO_COLOR'] !== '');
	const width = stdout.isTTY && stdout.columns ? stdout.columns : 80;
	stdout.write(exportDeck(deck, createI18n(deck), {...options, width, color}));
	return 0;
}
