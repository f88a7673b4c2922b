import fs from 'node:fs';
import path from 'node:path';
import {limits} from '../../source/deck/bounds.js';
import {fileURLToPath} from 'node:url';

// A seeded generator of hostile decks. Each deck is a small valid deck, one fault from the
// catalogue below (chosen in turn, its details at random), and, on most decks, hostile text
// woven into every field. The same seed gives the same decks, so a failure names the seed and
// the deck and can be made again.

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (below: number) => Math.floor(next() * below);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	return {next, int, pick, chance: (p: number) => next() < p};
}
export type Random = ReturnType<typeof random>;

/** Text in scripts that width, wrapping and truncation get wrong. */
export const scripts = {
	ascii: 'The quick brown fox jumps ',
	cjk: '香港大講堂：中亞合作，機遇與挑戰。',
	arabic: 'مرحبا بالعالم العربي ',
	hebrew: 'שלום עולם ',
	combining: 'e\u0301a\u0308o\u0328Z\u0351\u0352\u0353\u0354\u0355 ',
	emojiZwj: '👨‍👩‍👧‍👦👩🏽‍💻🏳️‍🌈',
	flags: '🇭🇰🇰🇿🇺🇿🇹🇯',
	thai: 'สวัสดีครับ ภาษาไทย ',
	zeroWidth: 'a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060',
	fullwidth: 'ＡＢＣ１２３　',
	loneSurrogates: 'x\uD800y\uDFFFz',
} as const;

/** Sequences that must never reach a terminal or an export. The payload words (pwned, ZXZpbA)
 * only ever appear inside a sequence, so finding one in any output means a sequence got out. */
export const controls = {
	clear: '\u001B[2J',
	osc52: '\u001B]52;c;ZXZpbA==\u0007',
	oscTitle: '\u001B]0;pwned\u001B\\',
	c1Csi: '\u009B31m',
	c1Osc: '\u009D0;pwned\u009C',
	dcs: '\u001BPpwned\u001B\\',
	bidi: '\u202Eevil\u202C\u2066x\u2069',
	bell: '\u0007',
	nul: '\u0000',
	del: '\u007F',
	backspace: '\u0008',
	carriageReturn: '\r',
	loneEscape: '\u001B',
} as const;
export const payloads = ['pwned', 'ZXZpbA'];

const whitespace = ['\n', '\n\n', '\t', ' \t ', '\r\n', '\u3000', '\u00A0'];

/** What a deck's fault should lead to: refused (with `mention` in validate's report), shown
 * (when nothing else is woven in, validate finds nothing), or either (only the invariants). */
export type Expectation = {outcome: 'refused'; mention: RegExp} | {outcome: 'shown'} | {outcome: 'either'};

type Json = unknown;
type SlideMeta = {id: string; kind: string; refs?: string[]; thesisRef?: string; quoteRef?: string};
type SlideText = Record<string, Json> & {title: string; points?: string[]};
export type Model = {
	languages: string[];
	sections: Array<{id: string; paragraphs: number}>;
	slides: SlideMeta[];
	/** Per language folder: locales/<lang>/deck.json. */
	text: Record<string, {title: string; sections: Record<string, string>; slides: Record<string, SlideText>}>;
	/** Per language folder: locales/<lang>/ui.json, when the deck brings its own chrome. */
	chrome: Record<string, Json>;
	/** Files written as they are, after the rest (raw bytes, or a folder where a file belongs). */
	raw: Record<string, string | Buffer | 'folder'>;
	/** Whether hostile text is woven into every field. */
	woven: boolean;
};

/** Defines an own property even for "__proto__", which plain assignment would make the prototype. */
export function setKey(object: object, key: string, value: Json): void {
	Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true});
}

/** `length` UTF-16 units of a script, repeated (cut anywhere, a surrogate pair may be split). */
export const textOfLength = (script: string, length: number) => script.repeat(Math.ceil(length / script.length) + 1).slice(0, length);

const kinds = ['title', 'overview', 'section', 'speaker', 'synthesis', 'glossary', 'appendix'];
const words = {en: ['Trade', 'Hong Kong', 'Central Asia', 'bridges', 'finance', 'youth'], 'zh-Hant': ['貿易', '香港', '中亞', '橋樑', '金融', '青年']};

function baseDeck(rng: Random): Model {
	const count = 2 + rng.int(4);
	const slides: SlideMeta[] = [];
	const text: Model['text'] = {};
	for (const language of ['en', 'zh-Hant'] as const) text[language] = {title: language === 'en' ? 'A hostile deck' : '敵意簡報', sections: {src: language === 'en' ? 'The source' : '來源'}, slides: {}};
	for (let i = 0; i < count; i++) {
		const kind = i === 0 ? 'title' : rng.pick(kinds);
		const points = kind === 'glossary' ? 0 : 1 + rng.int(3);
		const hasThesis = rng.chance(0.5);
		const hasQuote = rng.chance(0.3);
		const hasNotes = rng.chance(0.5);
		const hasSubtitle = rng.chance(0.3);
		const meta: SlideMeta = {id: `s${i + 1}`, kind};
		if (points > 0) meta.refs = Array.from({length: points}, () => `src#${1 + rng.int(3)}`);
		if (hasThesis) meta.thesisRef = 'src#1';
		if (hasQuote) meta.quoteRef = 'src#2';
		slides.push(meta);
		for (const language of ['en', 'zh-Hant'] as const) {
			const word = () => rng.pick(words[language]);
			const slide: SlideText = {title: `${word()} ${i + 1}`};
			if (kind === 'speaker') slide['speaker'] = word();
			if (hasSubtitle) slide['subtitle'] = word();
			if (hasThesis) slide['thesis'] = `${word()} ${word()}`;
			if (points > 0) slide.points = Array.from({length: points}, () => `${word()} ${word()}`);
			if (kind === 'glossary') slide['entries'] = [{term: word(), text: word()}];
			if (hasQuote) slide['quote'] = word();
			if (hasNotes) slide['notes'] = `${word()} ${word()}`;
			text[language]!.slides[meta.id] = slide;
		}
	}
	return {languages: ['en', 'zh-Hant'], sections: [{id: 'src', paragraphs: 3}], slides, text, chrome: {}, raw: {}, woven: false};
}

/** The program's English chrome, as a deck's own ui.json would start from. */
const englishChrome = () => JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../locales/en/ui.json', import.meta.url)), 'utf8')) as Record<string, Json>;

/** Every string field of every slide, as [holder, key] pairs, so that a fault can replace one. */
function textFields(model: Model, language: string): Array<[Record<string, Json> | Json[], string | number, string]> {
	const fields: Array<[Record<string, Json> | Json[], string | number, string]> = [];
	const languageText = model.text[language]!;
	fields.push([languageText, 'title', 'title']);
	for (const [id, slide] of Object.entries(languageText.slides)) {
		for (const [key, value] of Object.entries(slide)) {
			if (typeof value === 'string') fields.push([slide, key, `slides.${id}.${key}`]);
			else if (Array.isArray(value)) {
				value.forEach((item, index) => {
					if (typeof item === 'string') fields.push([value, index, `slides.${id}.${key}.${index}`]);
					else if (item && typeof item === 'object') for (const inner of Object.keys(item)) fields.push([item as Record<string, Json>, inner, `slides.${id}.${key}.${index}.${inner}`]);
				});
			}
		}
	}
	return fields;
}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text field's path (textFields) as a problem names it, as a pattern: `slide 3 "s3": points.0`. */
const shownAt = (at: string) => {
	const slide = /^slides\.([^.]+)\.(.+)$/.exec(at);
	return slide ? `slide \\d+ "${regexEscape(slide[1]!)}": ${regexEscape(slide[2]!)}` : regexEscape(at);
};
const prototypeNames = ['constructor', 'valueof', 'tostring', 'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring'];
const prototypeKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'prototype'];

/** A placeholder a fault leaves in a JSON value, swapped for raw text when the file is written
 * (JSON.stringify itself cannot write 5,000 levels of nesting). */
export const deepMarker = '@@deep@@';
const deepJson = (depth: number, closed: boolean) => `${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}`;

/** `round` counts the decks the fault was given before, so that its main variants come in
 * turn rather than by chance; the rest of its details are drawn at random. */
type Fault = {name: string; apply: (model: Model, rng: Random, round: number) => {detail: string; expect: Expectation}};

/** The catalogue: one class of hostile input each, its details drawn at random. */
export const faults: Fault[] = [
	{
		name: 'none',
		apply: () => ({detail: 'a valid deck', expect: {outcome: 'shown'}}),
	},
	{
		name: 'text length',
		apply(model, rng, round) {
			const language = rng.pick(model.languages);
			const [holder, key, at] = rng.pick(textFields(model, language));
			const length = [200_000, limits.textLength + 1, limits.textLength, 1, 0][round % 5]!;
			const script = rng.pick(Object.keys(scripts)) as keyof typeof scripts;
			(holder as Record<string | number, Json>)[key] = textOfLength(scripts[script], length);
			const detail = `${language} ${at} = ${length} units of ${script}`;
			if (length === 0) return {detail, expect: {outcome: 'refused', mention: new RegExp(`${shownAt(at)}: empty: needs some text`)}};
			if (length > limits.textLength) return {detail, expect: {outcome: 'refused', mention: new RegExp(`${shownAt(at)}: ${length} characters long, over the limit of ${limits.textLength}$`, 'm')}};
			return {detail, expect: {outcome: length === 1 ? 'shown' : 'either'}};
		},
	},
	{
		name: 'chrome',
		apply(model, rng, round) {
			const language = rng.pick(model.languages);
			const chrome = englishChrome();
			const section = rng.pick(Object.keys(chrome).filter(key => typeof chrome[key] === 'object'));
			const group = chrome[section] as Record<string, Json>;
			const key = rng.pick(Object.keys(group).filter(name => typeof group[name] === 'string'));
			model.chrome[language] = chrome;
			const variant = round % 4;
			if (variant === 0) {
				group[key] = textOfLength(rng.pick(Object.values(scripts)), limits.chromeLength + 1 + rng.int(100_000));
				return {detail: `${language} ui.json ${section}.${key} over the limit`, expect: {outcome: 'refused', mention: new RegExp(`ui\\.json:\\d+:\\d+: ${section}\\.${key}: \\d+ characters long, over the limit of ${limits.chromeLength}`)}};
			}
			if (variant === 1) {
				// i18next syntax is not followed from a deck: nesting itself, interpolating nothing.
				group[key] = `$t(${section}.${key}) {{count}} {{- x}} $t(${section}.${key}, {"a": 1}) ${rng.pick(Object.values(controls))}`;
				return {detail: `${language} ui.json ${section}.${key} nests itself`, expect: {outcome: 'either'}};
			}
			if (variant === 2) {
				for (const name of Object.keys(group)) if (typeof group[name] === 'string') group[name] = `${group[name] as string}${rng.pick(Object.values(controls))}${rng.pick(Object.values(scripts))}`;
				return {detail: `${language} ui.json ${section}.* hostile text`, expect: {outcome: 'either'}};
			}
			const name = rng.pick(prototypeKeys);
			setKey(rng.chance(0.5) ? chrome : group, name, rng.chance(0.5) ? 'x' : {nested: 'x'});
			return {detail: `${language} ui.json key ${name}`, expect: {outcome: 'refused', mention: new RegExp(regexEscape(name))}};
		},
	},
	{
		name: 'name length',
		apply(model, rng, round) {
			if (round % 2 === 0) {
				const long = `s${'x'.repeat(limits.nameLength + rng.int(50_000))}`;
				const old = model.slides[0]!.id;
				model.slides[0]!.id = long;
				for (const language of model.languages) {
					const {slides} = model.text[language]!;
					setKey(slides, long, slides[old]);
					delete slides[old];
				}
				return {detail: `slide id of ${long.length}`, expect: {outcome: 'refused', mention: /slide 1: id: \d+ characters long, over the limit of 100/}};
			}
			const language = rng.pick(model.languages);
			setKey(model.text[language]!.slides, 'k'.repeat(limits.nameLength + 1 + rng.int(100_000)), {title: 'x'});
			return {detail: `${language} key over the limit`, expect: {outcome: 'refused', mention: /slides: has a key \d+ characters long, over the limit of 100/}};
		},
	},
	{
		name: 'deep nesting',
		apply(model, rng, round) {
			const depth = rng.pick([limits.depth + 1, 2000, 20_000]);
			const where = round % 4;
			if (where === 0) {
				model.raw[`locales/${rng.pick(model.languages)}/ui.json`] = `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
				return {detail: `ui.json nested ${depth}`, expect: {outcome: 'refused', mention: /ui\.json:\d+:\d+: (a\.)+a: nested deeper than 16 levels/}};
			}
			if (where === 1) {
				// Enough to overflow a recursive descent.
				const unclosed = Math.max(20_000, depth * 10);
				model.raw[`locales/${rng.pick(model.languages)}/ui.json`] = deepJson(unclosed, false);
				return {detail: `ui.json ${unclosed} unclosed brackets`, expect: {outcome: 'refused', mention: new RegExp(`ui\\.json:1:${unclosed + 1}: invalid JSON: unexpected end of file`)}};
			}
			if (where === 2) {
				const language = rng.pick(model.languages);
				const slide = rng.pick(Object.values(model.text[language]!.slides));
				slide.points = [deepMarker];
				model.raw[`locales/${language}/deck.json`] = String(depth);
				return {detail: `${language} a point nested ${depth}`, expect: {outcome: 'refused', mention: /deck\.json:\d+:\d+: slide \d+ "s\d+": points\.0(\.0)+: nested deeper than 16 levels/}};
			}
			(model.slides[0] as Record<string, Json>)['refs'] = [deepMarker];
			model.raw['slides/deck.json'] = String(depth);
			return {detail: `slides/deck.json refs nested ${depth}`, expect: {outcome: 'refused', mention: /slides\/deck\.json:\d+:\d+: slide 1 "[^"]+": refs\.0(\.0)+: nested deeper than 16 levels/}};
		},
	},
	{
		name: 'prototype ids',
		apply(model, rng, round) {
			// Of these, only "constructor" is on Object.prototype as written (ids are lower case).
			const id = rng.chance(0.75) ? 'constructor' : rng.pick(prototypeNames);
			const slide = model.slides[rng.int(model.slides.length)]!;
			const old = slide.id;
			slide.id = id;
			const textIn = (['none', 'all', 'one'] as const)[round % 3]!;
			model.languages.forEach((language, index) => {
				const {slides} = model.text[language]!;
				const keep = textIn === 'all' || (textIn === 'one' && index === 0);
				if (keep) setKey(slides, id, slides[old]);
				delete slides[old];
			});
			if (textIn === 'all') return {detail: `slide id ${id}, text in every language`, expect: {outcome: 'shown'}};
			return {detail: `slide id ${id}, text in ${textIn}`, expect: {outcome: 'refused', mention: new RegExp(`deck\\.json:\\d+:\\d+: slide \\d+ "${id}": missing: no text for this slide`)}};
		},
	},
	{
		name: 'prototype keys',
		apply(model, rng, round) {
			const name = rng.pick(prototypeKeys);
			const language = rng.pick(model.languages);
			const languageText = model.text[language]!;
			const where = round % 4;
			const mention = name === '__proto__' ? /has a key named "__proto__"/ : new RegExp(regexEscape(name));
			if (where === 0) setKey(languageText.slides, name, {title: 'x'});
			else if (where === 1) setKey(rng.pick(Object.values(languageText.slides)), name, 'x');
			else if (where === 2) setKey(languageText, name, {});
			else {
				// A section heading under a prototype name, and a reference to it.
				setKey(languageText.sections, name, 'x');
				return {detail: `${language} section heading ${name}`, expect: name === '__proto__' ? {outcome: 'refused', mention} : {outcome: 'either'}};
			}
			return {detail: `${language} key ${name} (${['slides', 'slide text', 'deck text'][where]})`, expect: {outcome: 'refused', mention}};
		},
	},
	{
		name: 'references',
		apply(model, rng) {
			const slide = model.slides.find(meta => meta.refs) ?? model.slides[0]!;
			const ref = rng.pick(['constructor#1', 'tostring#1', 'src#0', 'src#4', 'src#99999999999999999999', 'src#3-1']);
			slide.refs = slide.refs ? [ref, ...slide.refs.slice(1)] : [ref];
			return {detail: `reference ${ref}`, expect: {outcome: 'refused', mention: /slide \d+ "[^"]+": refs\.0: (unknown section|paragraph)/}};
		},
	},
	{
		name: 'duplicates',
		apply(model, rng, round) {
			const variant = round % 3;
			if (variant === 0 && model.slides.length > 1) {
				model.slides[1]!.id = model.slides[0]!.id;
				return {detail: 'duplicate slide id', expect: {outcome: 'refused', mention: /id: duplicate id \(slide 1 has it too\)/}};
			}
			if (variant === 1) {
				model.languages.push(model.languages[0]!);
				return {detail: 'a language listed twice', expect: {outcome: 'refused', mention: /listed twice/}};
			}
			// The same key twice in one object: JSON.parse keeps the last.
			model.raw['locales/en/deck.json'] = 'duplicate title';
			return {detail: 'a key twice in deck.json', expect: {outcome: 'either'}};
		},
	},
	{
		name: 'languages',
		apply(model, rng, round) {
			const variant = [2, 0, 4, 1, 3][round % 5]!;
			if (variant === 0) {
				model.languages.push('fr');
				return {detail: 'a language without a folder', expect: {outcome: 'refused', mention: /locales\/fr: missing: the folder for language "fr"/}};
			}
			if (variant === 1) {
				model.text['ar'] = structuredClone(model.text['en']!);
				return {detail: 'an extra folder not listed', expect: {outcome: 'shown'}};
			}
			if (variant === 2) {
				// A language bideck has no chrome for: shown in English, under its own name.
				const language = rng.pick(['ar', 'he', 'th', 'kk-Cyrl']);
				model.languages.push(language);
				model.text[language] = structuredClone(model.text['zh-Hant']!);
				return {detail: `extra language ${language}`, expect: {outcome: 'shown'}};
			}
			if (variant === 3) {
				model.languages = [rng.pick(model.languages)];
				return {detail: `one language: ${model.languages[0]}`, expect: {outcome: 'shown'}};
			}
			const slide = rng.pick(Object.values(model.text['zh-Hant']!.slides));
			slide.points = [...(slide.points ?? []), 'extra'];
			return {detail: 'an extra point in zh-Hant', expect: {outcome: 'refused', mention: /zh-Hant\/deck\.json:\d+:\d+: slide \d+ "s\d+": points/}};
		},
	},
	{
		name: 'counts',
		apply(model, rng, round) {
			if (round % 2 === 0) {
				const slide = model.slides.find(meta => meta.refs) ?? model.slides[0]!;
				const count = limits.items + 1;
				slide.refs = Array.from({length: count}, () => 'src#1');
				for (const language of model.languages) model.text[language]!.slides[slide.id]!.points = Array.from({length: count}, (_, i) => `p${i}`);
				return {detail: `${count} points`, expect: {outcome: 'refused', mention: /more than 100 items/}};
			}
			// Many slides: everything stays quick.
			const count = 500;
			for (let i = model.slides.length; i < count; i++) {
				model.slides.push({id: `m${i}`, kind: 'overview'});
				for (const language of model.languages) model.text[language]!.slides[`m${i}`] = {title: `${i} ${rng.pick(Object.values(scripts))}`};
			}
			return {detail: `${model.slides.length} slides`, expect: {outcome: 'either'}};
		},
	},
	{
		name: 'text as template',
		apply(model, rng) {
			const language = rng.pick(model.languages);
			const [holder, key, at] = rng.pick(textFields(model, language));
			(holder as Record<string | number, Json>)[key] = '{{title}} $t(ui:help.title) %s <b>x</b> {{- y}}';
			return {detail: `${language} ${at} looks like a template`, expect: {outcome: 'shown'}};
		},
	},
	{
		name: 'whitespace only',
		apply(model, rng) {
			const language = rng.pick(model.languages);
			const [holder, key, at] = rng.pick(textFields(model, language));
			const value = rng.pick(['\n', ' ', '\t\t', '\u200B', '\u3000\n\u3000', controls.clear, `${controls.bidi}\n`]);
			(holder as Record<string | number, Json>)[key] = value;
			return {detail: `${language} ${at} = ${JSON.stringify(value)}`, expect: value === controls.clear ? {outcome: 'refused', mention: new RegExp(`${shownAt(at)}: empty: needs some text`)} : {outcome: 'either'}};
		},
	},
	{
		name: 'files',
		apply(model, rng, round) {
			const file = rng.pick(['slides/deck.json', 'locales/en/deck.json', 'locales/zh-Hant/ui.json']);
			const variant = (round + rng.int(5)) % 5;
			const content = [Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0xfe]), '', '{"title": "x", \u0000}', '{"title": "\u0007"', 'folder'][variant]!;
			model.raw[file] = content as string | Buffer | 'folder';
			const mention = [/not valid UTF-8/, /invalid JSON/, /invalid JSON/, /invalid JSON/, /not a regular file|is a folder|directory/][variant]!;
			return {detail: `${file}: ${['bad UTF-8', 'empty', 'NUL', 'truncated', 'a folder'][variant]}`, expect: {outcome: 'refused', mention}};
		},
	},
];

/** Hostile text woven into a field: scripts, whitespace and control sequences, kept short so
 * that most decks still fit 80×24 and reach the presenter. */
function weave(text: string, rng: Random): string {
	const pieces = [text];
	for (let i = rng.int(3); i >= 0; i--) {
		const source = rng.pick([scripts, controls, whitespace] as const);
		const piece = rng.pick(Object.values(source));
		pieces.splice(rng.int(pieces.length + 1), 0, piece);
	}
	return pieces.join('');
}

export type HostileDeck = {index: number; seed: number; fault: string; detail: string; woven: boolean; expect: Expectation; dir: string};

/** Writes deck `index` of `seed` into `dir`. */
export function hostileDeck(seed: number, index: number, dir: string): HostileDeck {
	const rng = random(seed * 7919 + index);
	const model = baseDeck(rng);
	const fault = faults[index % faults.length]!;
	model.woven = fault.name !== 'none' && rng.chance(0.6);
	if (model.woven) {
		for (const language of model.languages) for (const [holder, key] of textFields(model, language)) {
			const value = (holder as Record<string | number, Json>)[key];
			if (typeof value === 'string' && rng.chance(0.5)) (holder as Record<string | number, Json>)[key] = weave(value, rng);
		}
	}
	const {detail, expect} = fault.apply(model, rng, Math.floor(index / faults.length));
	writeModel(model, dir);
	// Woven text may make a deck too long for 80×24: it is still shown, but validate may object.
	const expectation: Expectation = expect.outcome === 'shown' && model.woven ? {outcome: 'either'} : expect;
	return {index, seed, fault: fault.name, detail, woven: model.woven, expect: expectation, dir};
}

function writeModel(model: Model, dir: string): void {
	const write = (file: string, value: Json) => {
		const raw = model.raw[file];
		let text = JSON.stringify(value, null, 1);
		if (raw === 'duplicate title') text = text.replace(/^\{/, '{"title": "first",');
		else if (typeof raw === 'string' && /^\d+$/.test(raw)) text = text.replace(JSON.stringify(deepMarker), deepJson(Number(raw), true));
		fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
		fs.writeFileSync(path.join(dir, file), text);
	};
	write('slides/deck.json', {languages: model.languages, sections: model.sections, slides: model.slides});
	for (const [language, text] of Object.entries(model.text)) write(`locales/${language}/deck.json`, text);
	for (const [language, chrome] of Object.entries(model.chrome)) write(`locales/${language}/ui.json`, chrome);
	for (const [file, content] of Object.entries(model.raw)) {
		if (content === 'duplicate title' || (typeof content === 'string' && /^\d+$/.test(content))) continue;
		const target = path.join(dir, file);
		fs.rmSync(target, {recursive: true, force: true});
		fs.mkdirSync(path.dirname(target), {recursive: true});
		if (content === 'folder') fs.mkdirSync(target);
		else fs.writeFileSync(target, content);
	}
}
