import type {Chrome} from './deck-schema.js';
import type {Deck} from './load-deck.js';

// Simplified Chinese readers: "zh-Hans" is derived from the hand-curated Traditional text with
// OpenCC (Hong Kong Traditional → Mainland Simplified). The Traditional text stays the only
// source; nothing Simplified is stored.

export const simplified = 'zh-Hans';
const traditional = 'zh-Hant';

/** Whether --lang asks for Simplified Chinese. */
export const wantsSimplified = (value: string | undefined) => value !== undefined && ['zh-hans', 'zh-cn'].includes(value.toLowerCase());

function convertDeep<T>(value: T, convert: (text: string) => string): T {
	if (typeof value === 'string') return convert(value) as T;
	if (Array.isArray(value)) return value.map(item => convertDeep(item, convert)) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertDeep(item, convert)])) as T;
	}
	return value;
}

/** The deck with zh-Hans in place of zh-Hant, or undefined when the deck has no zh-Hant. */
export async function withSimplified(deck: Deck): Promise<Deck | undefined> {
	const text = deck.text[traditional];
	const chrome = deck.chrome[traditional];
	if (!text || !chrome) return undefined;
	const {Converter} = await import('opencc-js/t2cn');
	const convert = Converter({from: 'hk', to: 'cn'});
	const simplifiedChrome = convertDeep(chrome, convert) as Chrome & {language: {name: string; simplifiedName: string}};
	// The language is named by its own chrome: "簡體中文" converted is "简体中文".
	simplifiedChrome.language = {...simplifiedChrome.language, name: simplifiedChrome.language.simplifiedName};
	return {
		...deck,
		structure: {...deck.structure, languages: deck.structure.languages.map(language => (language === traditional ? simplified : language))},
		text: {...deck.text, [simplified]: convertDeep(text, convert)},
		chrome: {...deck.chrome, [simplified]: simplifiedChrome},
	};
}
