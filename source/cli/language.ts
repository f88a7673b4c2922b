// Which language to start in: --lang if given, else the user's locale, else English.

const aliases: Record<string, string> = {zh: 'zh-Hant'};

/** Maps a --lang value to one of the deck's languages (case-insensitive; "zh" means zh-Hant). */
export function matchLanguage(value: string, available: readonly string[]): string | undefined {
	const wanted = (aliases[value.toLowerCase()] ?? value).toLowerCase();
	return available.find(language => language.toLowerCase() === wanted);
}

/** The language named by LC_ALL / LC_MESSAGES / LANG (zh* → zh-Hant), if the deck has it. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv, available: readonly string[]): string | undefined {
	const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
	const base = locale.split(/[_.@-]/)[0]!.toLowerCase();
	if (!base || base === 'c' || base === 'posix') return undefined;
	return matchLanguage(base, available);
}

export function initialLanguage(env: NodeJS.ProcessEnv, available: readonly string[]): string {
	return languageFromEnvironment(env, available) ?? matchLanguage('en', available) ?? available[0]!;
}
