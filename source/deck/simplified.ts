import type {Chrome} from './deck-schema.js';
import type {Deck} from './load-deck.js';
import {own} from './own.js';

// Simplified Chinese readers: "zh-Hans" is derived from the hand-curated Traditional text with
// OpenCC (Hong Kong Traditional → Mainland Simplified). The Traditional text stays the only
// source; nothing Simplified is stored. Whether to derive it is decided in cli/language.ts.

export const simplified = 'zh-Hans';
export const traditional = 'zh-Hant';

type Convert = (text: string) => string;

async function converter(): Promise<Convert> {
	const {Converter} = await import('opencc-js/t2cn');
	return Converter({from: 'hk', to: 'cn'});
}

function convertDeep<T>(value: T, convert: Convert): T {
	if (typeof value === 'string') return convert(value) as T;
	if (Array.isArray(value)) return value.map(item => convertDeep(item, convert)) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertDeep(item, convert)])) as T;
	}
	return value;
}

function convertChrome(chrome: Chrome, convert: Convert): Chrome {
	const converted = convertDeep(chrome, convert) as Chrome & {language: {name: string; simplifiedName: string}};
	// The language is named by its own chrome: "簡體中文" converted is "简体中文".
	converted.language = {...converted.language, name: converted.language.simplifiedName};
	return converted;
}

/** The program's chrome with zh-Hans added beside zh-Hant (unchanged without zh-Hant). */
export async function withSimplifiedChrome(chrome: Record<string, Chrome>): Promise<Record<string, Chrome>> {
	const source = own(chrome, traditional);
	return source ? {...chrome, [simplified]: convertChrome(source, await converter())} : chrome;
}

/** The deck with zh-Hans in place of zh-Hant, or undefined when the deck has no zh-Hant. */
export async function withSimplified(deck: Deck): Promise<Deck | undefined> {
	const text = own(deck.text, traditional);
	const chrome = own(deck.chrome, traditional);
	if (!text || !chrome) return undefined;
	const convert = await converter();
	return {
		...deck,
		structure: {...deck.structure, languages: deck.structure.languages.map(language => (language === traditional ? simplified : language))},
		text: {...deck.text, [simplified]: convertDeep(text, convert)},
		chrome: {...deck.chrome, [simplified]: convertChrome(chrome, convert)},
	};
}
