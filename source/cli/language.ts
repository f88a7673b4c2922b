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
	/** --lang, when given. */
	asked?: string;
	/** The language of the remembered place; ignored when the deck no longer offers it. */
	remembered?: string;
	env: NodeJS.ProcessEnv;
	/** The deck's languages, as its slides/deck.json lists them. */
	languages: readonly string[];
	/** Whether `--lang both` or `all` (every language, for --print) may be asked. */
	allowEvery?: boolean;
};

export type LanguageChoice = {
	/** The language to show (for `both`, the deck's first). */
	language: string;
	/** Every language of the deck, one after the other (--print --lang both). */
	every: boolean;
	/** The language is zh-Hans, to be derived from the deck's zh-Hant. */
	simplified: boolean;
	/** --lang named no language of the deck; `language` is then the choice without it. */
	error?: UsageError;
};

export function chooseLanguage(request: LanguageRequest): LanguageChoice {
	const {asked, remembered, env, languages} = request;
	const offered = offeredLanguages(languages);
	const decide = (language: string, every = false): LanguageChoice => ({
		language,
		every,
		simplified: language === simplified && !languages.includes(simplified),
	});

	if (asked !== undefined && request.allowEvery && ['both', 'all'].includes(asked.toLowerCase())) return decide(languages[0]!, true);
	const chosen = asked === undefined ? undefined : matchLanguage(asked, offered);
	if (chosen !== undefined) return decide(chosen);

	const fromPlace = remembered === undefined ? undefined : offered.find(language => language === remembered);
	const tag = environmentTag(env);
	const fallback = decide(fromPlace ?? (tag === undefined ? undefined : matchLanguage(tag, offered)) ?? matchLanguage('en', offered) ?? languages[0]!);
	if (asked === undefined) return fallback;
	return {...fallback, error: {key: 'cli.badLanguage', values: {value: asked, languages: offered.join(', ')}}};
}
