import fs from 'node:fs';
import path from 'node:path';
import {chromeFor, createI18n, type TFunction} from './deck/i18n.js';
import {chooseLanguage, type LanguageChoice} from './cli/language.js';
import type {Deck} from './deck/load-deck.js';
import {builtInDeckDir, packageRoot} from './deck/package-root.js';
import {readPrebuilt} from './deck/prebuilt.js';
import {readCachedDeck, writeCachedDeck} from './deck/deck-cache.js';
import {defaultMaxFollowers, parseOptions, parseSlideNumber, wantsColor, type UsageError} from './cli/options.js';
import type {PresenterRoom} from './commands/present.js';
import {DeckError} from './deck/problem.js';
import {cannotLoad} from './deck/cannot-load.js';
import {placesFile, readPlaces, savePlace} from './cli/resume.js';
import type {Chrome} from './deck/deck-schema.js';
import {printFormats, type PrintFormat} from './commands/print-formats.js';
import {echo, fail, say, writeOutput} from './io/output.js';
import {prepareInline} from './text/inline.js';

// Parses the command line and hands over to one of three commands: present (the TUI),
// --print (export) or validate. Each is imported only when used, so --help, --print and
// validate never load Ink.

/** A usage error: one line, exit 2; the values it echoes (an option, a --lang…) are the
 * user's, shown sanitised and cut short. */
function usageError(t: TFunction, error: UsageError): number {
	const values = Object.fromEntries(Object.entries(error.values).map(([name, value]) => [name, echo(value)]));
	return fail(t('cli.withHint', {message: t(error.key, values), hint: t('cli.seeHelp')}), 2);
}

function usage(t: TFunction): string {
	const options = ['lang', 'slide', 'fresh', 'deck', 'print', 'format', 'output', 'compact', 'chromium', 'color', 'share', 'name', 'shareNotes', 'maxFollowers', 'help', 'version'].map(name => `  ${t(`cli.options.${name}`).replace(/\n/g, '\n  ')}`);
	const usages = [...['usage', 'usageValidate', 'usagePrint', 'usageHandout'].map(name => t(`cli.${name}`)), t('convert.usage'), t('newDeck.usage'), ...['usageShare', 'usageConsole', 'usageFollow'].map(name => t(`cli.${name}`))];
	return [...usages, '', t('cli.description'), '', ...options, '', t('cli.keys'), ''].join('\n');
}

/** A translator for the chosen language from `chrome`, Simplified derived when chosen. */
async function chromeIn(chrome: Record<string, Chrome>, choice: LanguageChoice): Promise<TFunction> {
	const resources = choice.simplified ? await (await import('./deck/simplified.js')).withSimplifiedChrome(chrome) : chrome;
	return chromeFor(createI18n({chrome: resources, text: {}}), choice.language);
}

/** Presenting, the console and following need a terminal both ways: the exit code of the one
 * line that says what is missing, or undefined when the terminal will do. */
function terminalProblem(t: TFunction): number | undefined {
	for (const [name, stream] of [
		['stdin', process.stdin],
		['stdout', process.stdout],
	] as const) {
		if (!stream.isTTY) return fail(t('cli.notTerminal', {stream: name}), 2);
	}
	// A terminal that cannot move its cursor (TERM=dumb: Emacs shell buffers, some CI logs) would
	// show every frame one after the other: say so, rather than fill it with escape codes.
	if (process.env['TERM'] === 'dumb') return fail(t('cli.dumbTerminal'), 2);
	return undefined;
}

async function main(argv: string[]): Promise<number> {
	// Messages before the deck is loaded use the program's own chrome, in the language --lang
	// or the locale asks for; a --lang the deck lacks is reported once the deck is loaded.
	// The built-in deck and chrome as checked at build time while their files are unchanged, so
	// that zod and the deck checks are not even loaded (see source/deck/prebuilt.ts).
	const prebuilt = readPrebuilt();
	const chrome = prebuilt?.chrome ?? (await import('./deck/load-deck.js')).packageChrome();
	const parsed = parseOptions(argv);
	// A list's first language, when the program speaks it ("ja,en" falls back to the locale).
	let t = await chromeIn(chrome, chooseLanguage({asked: parsed.ok ? parsed.options.lang?.split(',')[0] : undefined, env: process.env, languages: Object.keys(chrome)}));
	if (!parsed.ok) return usageError(t, parsed.error);
	const {options} = parsed;

	if (options.help) return writeOutput(usage(t), t);
	if (options.version) {
		const {version} = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string};
		return writeOutput(`bideck ${version}\n`, t);
	}
	// convert and new write a deck folder; they take none of the presenter's or --print's options.
	if (options.command === 'convert' || options.command === 'new') {
		const result = options.command === 'convert'
			? await (await import('./commands/convert.js')).convert(options.target, options.destination, options.to, t)
			: await (await import('./commands/new.js')).newDeck(options.target, options, t);
		return typeof result === 'number' ? result : usageError(t, result);
	}
	if (options.to !== undefined) return usageError(t, {key: 'convert.toOnly', values: {}});
	for (const [option, given] of [['--format', options.format], ['--output', options.output], ['--chromium', options.chromium], ['--compact', options.compact || undefined]] as const) {
		if (given !== undefined && !options.print) return usageError(t, {key: 'cli.printOnly', values: {option}});
	}
	if (options.share && options.print) return usageError(t, {key: 'cli.notWithPrint', values: {option: '--share'}});
	if (options.format !== undefined && !(printFormats as readonly string[]).includes(options.format)) {
		return usageError(t, {key: 'cli.badFormat', values: {value: options.format}});
	}

	// The console and followers get their deck from the presenter.
	if (options.command === 'console' || options.command === 'follow') {
		for (const [option, given] of [['--deck', options.deck], ['--slide', options.slide], ['--print', options.print || undefined], ['--fresh', options.fresh || undefined]] as const) {
			if (given !== undefined) return usageError(t, {key: 'cli.presentOnly', values: {option}});
		}
		const {command, address, name, lang, color} = options;
		if (address !== undefined && !(await import('./room/index.js')).parseAddress(address)) return usageError(t, {key: 'cli.badAddress', values: {option: 'follow', value: address}});
		const unfit = terminalProblem(t);
		if (unfit !== undefined) return unfit;
		process.argv = process.argv.filter(argument => argument !== '--no-color');
		const {attend} = await import('./room/ui/attend.js');
		return attend({role: command === 'console' ? 'console' : 'follower', address, name, lang, color: wantsColor(color), t, fail, say, usage: error => usageError(t, error)});
	}

	const deckDir = path.resolve(options.target ?? options.deck ?? builtInDeckDir);
	if (options.command === 'validate') {
		const {validate} = await import('./commands/validate.js');
		return validate(deckDir, t);
	}

	let deck: Deck;
	try {
		if (prebuilt && deckDir === builtInDeckDir) {
			deck = {dir: deckDir, ...prebuilt.deck};
			// Deck text may hold inline Markdown (text/inline.ts): its parser is loaded only for text
			// that holds a marker (the built-in deck has none); open-deck.ts does so for other decks.
			await prepareInline(deck.text);
		} else {
			// Another deck: as it was kept after its last check, while its files are unchanged.
			const cached = readCachedDeck(deckDir);
			if (cached.deck) {
				deck = cached.deck;
				await prepareInline(deck.text);
			} else {
				deck = await (await import('./deck/open-deck.js')).loadAnyDeck(deckDir);
				if (cached.sources) writeCachedDeck(deck, cached.sources);
			}
		}
	} catch (error) {
		if (error instanceof DeckError) return fail(cannotLoad(error.problems, deckDir, t), 1);
		throw error;
	}

	// Where this deck was left last time, unless --fresh or --print; --lang and --slide win over
	// it. A problem with the file is told only when presenting, after the terminal check.
	const memory = options.fresh || options.print ? undefined : readPlaces(placesFile());
	const remembered = memory?.places.get(deckDir);
	const choice = chooseLanguage({asked: options.lang, remembered: remembered?.language, env: process.env, languages: deck.structure.languages});
	if (choice.error) return usageError(t, choice.error);
	const slides = deck.structure.slides;
	const askedSlide = options.slide === undefined ? undefined : parseSlideNumber(options.slide, slides.length);
	if (options.slide !== undefined && askedSlide === undefined) {
		return usageError(t, {key: 'cli.badSlide', values: {value: options.slide, count: String(slides.length)}});
	}

	// Followers get the deck as it is on disk and derive Simplified themselves, if they want it.
	const original = deck;
	if (choice.simplified) {
		const {withSimplified} = await import('./deck/simplified.js');
		deck = (await withSimplified(deck))!; // chooseLanguage offers zh-Hans only with zh-Hant
	}
	const {language} = choice;

	if (options.print) {
		const {print} = await import('./commands/print.js');
		const {output, chromium, compact, color} = options;
		return print(deck, {languages: choice.languages ?? [language], format: (options.format ?? 'text') as PrintFormat, color: wantsColor(color), compact, output, chromium}, t);
	}

	const unfit = terminalProblem(t);
	if (unfit !== undefined) return unfit;

	if (memory?.problem) say(t('cli.resumeIgnored', {file: placesFile(), problem: memory.problem}));
	// From here on, messages are in the presenter's language (Simplified included).
	t = chromeFor(createI18n(deck), language);
	const slide = askedSlide ?? Math.max(0, slides.findIndex(candidate => candidate.id === remembered?.slide));

	// chalk, Ink's colours, turns off every style (bold and reverse too) when it sees --no-color
	// in process.argv; bideck drops only the colours itself (styles.ts monochrome), so chalk is
	// left to judge the terminal alone.
	process.argv = process.argv.filter(argument => argument !== '--no-color');
	let room: PresenterRoom | undefined;
	if (options.share) {
		const {shareRoom} = await import('./room/ui/share-room.js');
		const {RoomError} = await import('./room/index.js');
		const {name, shareNotes, maxFollowers = defaultMaxFollowers} = options;
		try {
			room = await shareRoom(original, deck, {listen: options.share.listen, name, shareNotes, maxFollowers});
		} catch (error) {
			if (error instanceof RoomError) return fail(t(error.key, error.values), 1);
			throw error;
		}
	}
	const {present} = await import('./commands/present.js');
	return present(deck, {
		room,
		language,
		...(choice.languages ? {languages: choice.languages} : {}),
		slide,
		color: wantsColor(options.color),
		savePlace: state => savePlace(placesFile(), deckDir, {slide: deck.structure.slides[state.slide]!.id, language: state.language}),
		report: problem => say(t('cli.resumeUnwritable', {file: placesFile(), problem})),
	});
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.exitCode = fail((error as Error)?.message ?? String(error), 1);
	},
);
