import fs from 'node:fs';
import path from 'node:path';
import {chromeFor, createI18n, type TFunction} from './deck/i18n.js';
import {initialLanguage, matchLanguage} from './cli/language.js';
import {builtInDeckDir, loadDeck, packageChrome, packageRoot, type Deck} from './deck/load-deck.js';
import {parseOptions, parseSlideNumber, type UsageError} from './cli/options.js';
import {DeckError, formatProblem} from './deck/problem.js';
import {placesFile, readPlaces, savePlace} from './cli/resume.js';
import {wantsSimplified} from './deck/simplified.js';

// Parses the command line and hands over to one of three commands: present (the TUI),
// --print (export) or validate. Each is imported only when used, so --help, --print and
// validate never load Ink.

/** One line on stderr and an exit code; never a stack trace. */
export function fail(message: string, code: number): number {
	process.stderr.write(`bideck: ${message}\n`);
	return code;
}

function usageError(t: TFunction, error: UsageError): number {
	return fail(t('cli.withHint', {message: t(error.key, error.values), hint: t('cli.seeHelp')}), 2);
}

function usage(t: TFunction): string {
	const options = ['lang', 'slide', 'fresh', 'deck', 'print', 'format', 'color', 'help', 'version'].map(name => `  ${t(`cli.options.${name}`).replace(/\n/g, '\n  ')}`);
	return [t('cli.usage'), t('cli.usageValidate'), t('cli.usagePrint'), '', t('cli.description'), '', ...options, '', t('cli.keys'), ''].join('\n');
}

/** The remembered place for a deck; a state file that cannot be read is ignored with a warning. */
function rememberedPlace(deckDir: string, t: TFunction) {
	const file = placesFile();
	const {places, problem} = readPlaces(file);
	if (problem) process.stderr.write(`bideck: ${t('cli.resumeIgnored', {file, problem})}\n`);
	return places[deckDir];
}

async function main(argv: string[]): Promise<number> {
	// Messages before the deck is loaded use the program's own chrome, in the user's language.
	const chrome = packageChrome();
	const chromeLanguages = Object.keys(chrome);
	const chromeI18n = createI18n({chrome, text: {}});
	let t = chromeFor(chromeI18n, initialLanguage(process.env, chromeLanguages));

	const parsed = parseOptions(argv);
	if (!parsed.ok) return usageError(t, parsed.error);
	const {options} = parsed;
	const chromeAsked = options.lang === undefined ? undefined : matchLanguage(options.lang, chromeLanguages);
	if (chromeAsked) t = chromeFor(chromeI18n, chromeAsked);

	if (options.help) {
		process.stdout.write(usage(t));
		return 0;
	}
	if (options.version) {
		const {version} = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string};
		process.stdout.write(`bideck ${version}\n`);
		return 0;
	}
	if (options.format !== undefined && !options.print) return usageError(t, {key: 'cli.printOnly', values: {option: '--format'}});
	if (options.format !== undefined && !['text', 'markdown'].includes(options.format)) {
		return usageError(t, {key: 'cli.badFormat', values: {value: options.format}});
	}

	const deckDir = path.resolve(options.target ?? options.deck ?? builtInDeckDir);
	if (options.command === 'validate') {
		const {validate} = await import('./commands/validate.js');
		return validate(deckDir, t);
	}

	let deck: Deck;
	try {
		deck = loadDeck(deckDir);
	} catch (error) {
		if (error instanceof DeckError) return fail(t('cli.deckError', {problem: formatProblem(error.problems[0]!)}), 1);
		throw error;
	}

	if (wantsSimplified(options.lang)) {
		const {withSimplified} = await import('./deck/simplified.js');
		deck = (await withSimplified(deck)) ?? deck;
	}
	const deckLanguages = deck.structure.languages;
	const slides = deck.structure.slides;
	const everyLanguage = options.print && options.lang?.toLowerCase() === 'both';
	const asked = everyLanguage ? deckLanguages[0] : options.lang === undefined ? undefined : matchLanguage(options.lang, deckLanguages);
	if (options.lang !== undefined && !asked) return usageError(t, {key: 'cli.badLanguage', values: {value: options.lang, languages: deckLanguages.join(', ')}});
	const askedSlide = options.slide === undefined ? undefined : parseSlideNumber(options.slide, slides.length);
	if (options.slide !== undefined && askedSlide === undefined) {
		return usageError(t, {key: 'cli.badSlide', values: {value: options.slide, count: String(slides.length)}});
	}

	if (options.print) {
		const language = asked ?? initialLanguage(process.env, deckLanguages);
		const {print} = await import('./commands/print.js');
		return print(deck, {languages: everyLanguage ? deckLanguages : [language], format: options.format === 'markdown' ? 'markdown' : 'text', color: options.color});
	}

	// Presenting needs a terminal both ways; say so before anything else is read or shown.
	for (const [name, stream] of [
		['stdin', process.stdin],
		['stdout', process.stdout],
	] as const) {
		if (!stream.isTTY) return fail(t('cli.notTerminal', {stream: name}), 2);
	}

	// Where this deck was left last time, unless --fresh; --lang and --slide win over it.
	const remembered = options.fresh ? undefined : rememberedPlace(deckDir, t);
	const language = asked ?? (remembered && deckLanguages.includes(remembered.language) ? remembered.language : initialLanguage(process.env, deckLanguages));
	if (chromeLanguages.includes(language)) t = chromeFor(chromeI18n, language);
	const slide = askedSlide ?? Math.max(0, slides.findIndex(candidate => candidate.id === remembered?.slide));

	const {present} = await import('./commands/present.js');
	return present(deck, {
		language,
		slide,
		savePlace: state => savePlace(placesFile(), deckDir, {slide: deck.structure.slides[state.slide]!.id, language: state.language}),
		report: problem => process.stderr.write(`bideck: ${t('cli.resumeUnwritable', {file: placesFile(), problem})}\n`),
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
