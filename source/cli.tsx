#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import {render} from 'ink';
import {App} from './app.js';
import {chromeFor, createI18n, type TFunction} from './i18n.js';
import {initialLanguage, languageFromEnvironment, matchLanguage} from './language.js';
import {builtInDeckDir, loadDeck, packageChrome, packageRoot} from './load-deck.js';
import {parseOptions, parseSlideNumber, type UsageError} from './options.js';
import {DeckError, formatProblem} from './problem.js';
import {initialState} from './state.js';
import {takeScreen} from './terminal.js';

/** One line on stderr and an exit code; never a stack trace. */
function fail(message: string, code: number): number {
	process.stderr.write(`bideck: ${message}\n`);
	return code;
}

function usageError(t: TFunction, error: UsageError): number {
	return fail(t('cli.withHint', {message: t(error.key, error.values), hint: t('cli.seeHelp')}), 2);
}

function usage(t: TFunction): string {
	const options = ['lang', 'slide', 'deck', 'help', 'version'].map(name => `  ${t(`cli.options.${name}`).replace(/\n/g, '\n  ')}`);
	return [t('cli.usage'), '', t('cli.description'), '', ...options, '', t('cli.keys'), ''].join('\n');
}

async function main(argv: string[]): Promise<number> {
	// Messages before the deck is loaded use the program's own chrome, in the user's language.
	const chrome = packageChrome();
	const languages = Object.keys(chrome);
	let t = chromeFor(createI18n({chrome, text: {}}), initialLanguage(process.env, languages));

	const parsed = parseOptions(argv);
	if (!parsed.ok) return usageError(t, parsed.error);
	const {options} = parsed;
	const asked = options.lang === undefined ? undefined : matchLanguage(options.lang, languages);
	if (asked) t = chromeFor(createI18n({chrome, text: {}}), asked);

	if (options.help) {
		process.stdout.write(usage(t));
		return 0;
	}
	if (options.version) {
		const {version} = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string};
		process.stdout.write(`bideck ${version}\n`);
		return 0;
	}

	let deck;
	try {
		deck = loadDeck(options.deck === undefined ? builtInDeckDir : path.resolve(options.deck));
	} catch (error) {
		if (error instanceof DeckError) return fail(t('cli.deckError', {problem: formatProblem(error.problems[0]!)}), 1);
		throw error;
	}
	const deckLanguages = deck.structure.languages;
	const language = options.lang === undefined ? initialLanguage(process.env, deckLanguages) : matchLanguage(options.lang, deckLanguages);
	if (!language) return usageError(t, {key: 'cli.badLanguage', values: {value: options.lang!, languages: deckLanguages.join(', ')}});
	const slideCount = deck.structure.slides.length;
	const slide = options.slide === undefined ? 0 : parseSlideNumber(options.slide, slideCount);
	if (slide === undefined) return usageError(t, {key: 'cli.badSlide', values: {value: options.slide!, count: String(slideCount)}});

	for (const [name, stream] of [
		['stdin', process.stdin],
		['stdout', process.stdout],
	] as const) {
		if (!stream.isTTY) return fail(t('cli.notTerminal', {stream: name}), 2);
	}

	const i18n = createI18n(deck, language);
	const initial = initialState({
		slideCount,
		languages: deckLanguages,
		language,
		slide,
		columns: process.stdout.columns,
		rows: process.stdout.rows,
	});

	let instance: ReturnType<typeof render> | undefined;
	const screen = takeScreen(process.stdout, process.stdin, () => instance?.unmount());
	try {
		instance = render(<App deck={deck} i18n={i18n} initial={initial} />, {exitOnCtrlC: false, patchConsole: false});
		await instance.waitUntilExit();
	} finally {
		screen.restore();
	}
	return 0;
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.exitCode = fail((error as Error)?.message ?? String(error), 1);
	},
);

// Anything that escapes main still leaves the terminal usable and prints one line.
process.on('uncaughtException', error => {
	process.stdout.write('\u001B[?25h\u001B[?1049l');
	if (process.stdin.isTTY) process.stdin.setRawMode(false);
	process.exit(fail(error.message, 1));
});
