import {simplified, traditional} from '../deck/simplified.js';
import type {UsageError} from './options.js';

// The one place that decides which language to show, for the presenter, --print, validate and
// the program's messages alike: --lang, else the remembered place, else the locale (LC_ALL /
// LC_MESSAGES / LANG), else English, else the deck's first language. Simplified Chinese is
// offered whenever the deck has Traditional (zh-Hant) and not zh-Hans of its own: it is then
// derived from the Traditional text (see deck/simplified.ts), never stored.

/** Tags (lower case) that stand for a Chinese script: by the language alone or by region. A Map:
 * the tag looked up comes from --lang or the locale, and may be "constructor". */
const aliases = new Map([
	['zh', traditional],
	['zh-tw', traditional],
	['zh-hk', traditional],
	['zh-mo', traditional],
	['zh-cn', simplified],
	['zh-sg', simplified],
	['zh-hans', simplified],
]);

/** What two tags must share to match when they differ: the primary language subtag and the
 * script, if the tag names one or implies one by alias ("zh-TW" → "zh-hant", "en-GB" → "en"). */
function matchKey(tag: string): string {
	const subtags = tag.toLowerCase().split('-');
	const primary = subtags[0]!;
	const script = subtags.slice(1).find(subtag => /^[a-z]{4}$/.test(subtag));
	if (script) return `${primary}-${script}`;
	const region = subtags.slice(1).find(subtag => /^([a-z]{2}|\d{3})$/.test(subtag));
	const alias = (region === undefined ? undefined : aliases.get(`${primary}-${region}`)) ?? aliases.get(primary);
	return alias?.toLowerCase() ?? primary;
}

/** `tag` among `offered`: the same tag (case-insensitive), else the first with the same
 * language and script (zh-cn → zh-Hans, ZH-hant-TW → zh-Hant, en-US → en). */
export function matchLanguage(tag: string, offered: readonly string[]): string | undefined {
	const exact = offered.find(language => language.toLowerCase() === tag.toLowerCase());
	if (exact !== undefined || tag === '') return exact;
	const key = matchKey(tag);
	return offered.find(language => matchKey(language) === key);
}

/** The deck's languages, and zh-Hans when it can be derived from the deck's zh-Hant. */
export function offeredLanguages(languages: readonly string[]): string[] {
	const derivable = languages.includes(traditional) && !languages.includes(simplified);
	return derivable ? [...languages, simplified] : [...languages];
}

/** The locale's language as a tag: "zh_CN.UTF-8" → "zh-CN"; none for C and POSIX. */
export function environmentTag(env: NodeJS.ProcessEnv): string | undefined {
	const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
	const tag = locale.split(/[.@]/)[0]!.replace(/_/g, '-');
	return tag === '' || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

export type LanguageRequest = {
	/** --lang, when given: one language, a comma list ("en,ja"), `both` (the deck's first two)
	 * or `all` (every language of the deck). */
	asked?: string;
	/** The language of the remembered place; ignored when the deck no longer offers it. */
	remembered?: string;
	env: NodeJS.ProcessEnv;
	/** The deck's languages, as its slides/deck.json lists them. */
	languages: readonly string[];
};

export type LanguageChoice = {
	/** The language to show first. */
	language: string;
	/** --lang named several languages (a list, both, all): the order `t` cycles through and the
	 * languages --print exports. Absent, `t` cycles the deck's languages and --print exports one. */
	languages?: string[];
	/** zh-Hans is among the languages chosen, to be derived from the deck's zh-Hant. */
	simplified: boolean;
	/** --lang named no language of the deck, or a list --lang gave has a problem; `language` is
	 * then the choice without --lang. */
	error?: UsageError;
};

/** --lang's value as a list of the deck's languages (as the deck spells them), or the problem. */
function askedList(asked: string, languages: readonly string[]): {list: string[]} | {error: UsageError} {
	const offered = offeredLanguages(languages);
	const keyword = asked.toLowerCase();
	if (keyword === 'all') return {list: [...languages]};
	if (keyword === 'both') return {list: languages.slice(0, 2)};
	// zh-Hans derived from zh-Hant replaces it: the two count as one language.
	const pair = [simplified, traditional];
	const same = (a: string, b: string) => a === b || (!languages.includes(simplified) && a !== b && pair.includes(a) && pair.includes(b));
	const items = asked.split(',').map(item => item.trim());
	const list: string[] = [];
	for (const item of items) {
		if (item === '') return {error: {key: 'cli.emptyLanguage', values: {value: asked}}};
		const language = matchLanguage(item, offered);
		if (language === undefined) {
			const values = {value: asked, languages: offered.join(', ')};
			return {error: items.length > 1 ? {key: 'cli.badLanguageInList', values: {...values, item}} : {key: 'cli.badLanguage', values}};
		}
		if (list.some(other => same(other, language))) {
			return {error: {key: 'cli.repeatedLanguage', values: {value: asked, item}}};
		}
		list.push(language);
	}
	return {list};
}

export function chooseLanguage(request: LanguageRequest): LanguageChoice {
	const {asked, remembered, env, languages} = request;
	const offered = offeredLanguages(languages);
	const derived = (language: string) => language === simplified && !languages.includes(simplified);

	if (asked !== undefined) {
		const parsed = askedList(asked, languages);
		if ('list' in parsed) {
			const [language] = parsed.list as [string, ...string[]];
			const several = parsed.list.length > 1 || ['all', 'both'].includes(asked.toLowerCase());
			return {language, ...(several ? {languages: parsed.list} : {}), simplified: parsed.list.some(derived)};
		}
		const fallback = chooseLanguage({...request, asked: undefined});
		return {...fallback, error: parsed.error};
	}

	const fromPlace = remembered === undefined ? undefined : offered.find(language => language === remembered);
	const tag = environmentTag(env);
	const language = fromPlace ?? (tag === undefined ? undefined : matchLanguage(tag, offered)) ?? matchLanguage('en', offered) ?? languages[0]!;
	return {language, simplified: derived(language)};
}
