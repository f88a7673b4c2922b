import {describe, expect, it} from 'vitest';
import {chooseLanguage, environmentTag, matchLanguage, type LanguageRequest} from '../../source/cli/language.js';

const bilingual = ['en', 'zh-Hant'];
const choose = (request: Partial<LanguageRequest>) => chooseLanguage({env: {}, languages: bilingual, ...request});
/** The language shown and whether it is derived; an error too, when --lang matched nothing. */
const shown = (request: Partial<LanguageRequest>) => {
	const {language, simplified, error} = choose(request);
	return {language, simplified, error};
};

describe('chooseLanguage: --lang', () => {
	it('zh, zh-tw, zh-hk, zh-mo mean zh-Hant; zh-cn, zh-sg, zh-hans mean zh-Hans, derived; any case', () => {
		for (const asked of ['zh', 'ZH', 'zh-Hant', 'ZH-hant', 'zh-tw', 'zh-HK', 'zh-mo', 'zh-Hant-TW']) {
			expect(shown({asked}), asked).toEqual({language: 'zh-Hant', simplified: false});
		}
		for (const asked of ['zh-cn', 'ZH-CN', 'zh-SG', 'zh-hans', 'zh-Hans', 'zh-Hans-CN']) {
			expect(shown({asked}), asked).toEqual({language: 'zh-Hans', simplified: true});
		}
	});

	it('other tags: the same tag, else the same language (en-GB → en), in any case', () => {
		expect(shown({asked: 'EN'})).toEqual({language: 'en', simplified: false});
		expect(shown({asked: 'en-GB'})).toEqual({language: 'en', simplified: false});
		expect(choose({asked: 'en', languages: ['fr', 'en-US']}).language).toBe('en-US');
		expect(choose({asked: 'fr-CA', languages: ['en', 'fr']}).language).toBe('fr');
	});

	it('a language the deck lacks is an error naming the deck languages; the choice falls back', () => {
		const choice = choose({asked: 'ja', env: {LANG: 'zh_TW.UTF-8'}});
		expect(choice.error).toEqual({key: 'cli.badLanguage', values: {value: 'ja', languages: 'en, zh-Hant, zh-Hans'}});
		expect(choice.language).toBe('zh-Hant');
		expect(choose({asked: 'zh-Hant'}).error).toBeUndefined();
	});

	it('zh-Hans only when the deck has zh-Hant; never a Traditional deck for a Simplified request', () => {
		for (const languages of [['en'], ['en', 'zh-HK'], ['en', 'zh-TW']]) {
			const choice = choose({asked: 'zh-Hans', languages});
			expect(choice.error?.values).toEqual({value: 'zh-Hans', languages: languages.join(', ')});
			expect(choice.simplified).toBe(false);
		}
		expect(choose({asked: 'zh-cn', languages: ['en']}).error?.key).toBe('cli.badLanguage');
	});

	it('a deck with zh-Hans of its own shows it as it is, not derived', () => {
		expect(choose({asked: 'zh-cn', languages: ['en', 'zh-Hant', 'zh-Hans']})).toMatchObject({language: 'zh-Hans', simplified: false});
	});

	it('both: the deck\'s first two; all: every language; the list is the order t cycles and --print writes', () => {
		const three = ['en', 'zh-Hant', 'ja'];
		expect(choose({asked: 'both', languages: three})).toEqual({language: 'en', languages: ['en', 'zh-Hant'], simplified: false});
		expect(choose({asked: 'Both'}).languages).toEqual(['en', 'zh-Hant']);
		expect(choose({asked: 'ALL', languages: three})).toEqual({language: 'en', languages: three, simplified: false});
		expect(choose({asked: 'both', languages: ['en']})).toEqual({language: 'en', languages: ['en'], simplified: false});
	});

	it('a comma list: each item matched as one --lang is, in the order given', () => {
		const three = ['en', 'zh-Hant', 'ja'];
		expect(choose({asked: 'ja,en', languages: three})).toEqual({language: 'ja', languages: ['ja', 'en'], simplified: false});
		expect(choose({asked: 'zh, JA ,en-GB', languages: three}).languages).toEqual(['zh-Hant', 'ja', 'en']);
		expect(choose({asked: 'en,zh-cn', languages: three})).toEqual({language: 'en', languages: ['en', 'zh-Hans'], simplified: true});
		// One language alone is no list: t cycles the deck's languages, --print writes that one.
		expect(choose({asked: 'en', languages: three}).languages).toBeUndefined();
	});

	it('a list with a language the deck lacks, twice the same, or an empty item: an error naming it', () => {
		const three = ['en', 'zh-Hant', 'ja'];
		expect(choose({asked: 'en,fr', languages: three}).error).toEqual({key: 'cli.badLanguageInList', values: {value: 'en,fr', item: 'fr', languages: 'en, zh-Hant, ja, zh-Hans'}});
		expect(choose({asked: 'en,EN', languages: three}).error).toEqual({key: 'cli.repeatedLanguage', values: {value: 'en,EN', item: 'EN'}});
		expect(choose({asked: 'zh,zh-Hant', languages: three}).error?.key).toBe('cli.repeatedLanguage');
		// Simplified replaces the deck's Traditional: the two cannot be shown together.
		expect(choose({asked: 'zh-Hant,zh-Hans', languages: three}).error?.key).toBe('cli.repeatedLanguage');
		expect(choose({asked: 'zh-Hans,zh-Hant', languages: ['en', 'zh-Hant', 'zh-Hans']}).languages).toEqual(['zh-Hans', 'zh-Hant']);
		expect(choose({asked: 'en,,ja', languages: three}).error).toEqual({key: 'cli.emptyLanguage', values: {value: 'en,,ja'}});
		// The choice without --lang stays usable for the message's language.
		expect(choose({asked: 'en,fr', env: {LANG: 'zh_HK.UTF-8'}}).language).toBe('zh-Hant');
	});
});

describe('chooseLanguage without --lang', () => {
	it('the remembered place first, Simplified included; --lang wins over it', () => {
		expect(shown({remembered: 'zh-Hans', env: {LANG: 'en_US.UTF-8'}})).toEqual({language: 'zh-Hans', simplified: true});
		expect(shown({remembered: 'zh-Hant'})).toEqual({language: 'zh-Hant', simplified: false});
		expect(shown({remembered: 'zh-Hans', asked: 'en'})).toEqual({language: 'en', simplified: false});
	});

	it('a remembered language the deck no longer offers is ignored', () => {
		expect(shown({remembered: 'fr', env: {LANG: 'zh_HK.UTF-8'}})).toEqual({language: 'zh-Hant', simplified: false});
		expect(choose({remembered: 'zh-Hans', languages: ['en']})).toMatchObject({language: 'en', simplified: false});
	});

	it('then the locale: zh_CN, zh_SG, zh_Hans → Simplified; zh_TW, zh_HK, zh_Hant, zh → Traditional', () => {
		for (const LANG of ['zh_CN.UTF-8', 'zh_SG', 'zh_Hans', 'zh_CN.GB18030', 'zh_Hans_CN.UTF-8']) {
			expect(shown({env: {LANG}}), LANG).toEqual({language: 'zh-Hans', simplified: true});
		}
		for (const LANG of ['zh_TW.UTF-8', 'zh_HK.UTF-8', 'zh_MO', 'zh_Hant', 'zh', 'zh.UTF-8']) {
			expect(shown({env: {LANG}}), LANG).toEqual({language: 'zh-Hant', simplified: false});
		}
	});

	it('LC_ALL before LC_MESSAGES before LANG; C, POSIX and unknown locales give English, else the first language', () => {
		expect(choose({env: {LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_TW.UTF-8'}}).language).toBe('zh-Hans');
		expect(choose({env: {LC_ALL: '', LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8'}}).language).toBe('zh-Hant');
		for (const LANG of ['C', 'C.UTF-8', 'POSIX', 'ja_JP.UTF-8', '']) expect(choose({env: {LANG}}).language, LANG).toBe('en');
		expect(choose({env: {}, languages: ['fr', 'zh-Hant']}).language).toBe('fr');
	});
});

describe('the pieces', () => {
	it('environmentTag drops the encoding and modifier', () => {
		expect(environmentTag({LANG: 'zh_CN.UTF-8'})).toBe('zh-CN');
		expect(environmentTag({LANG: 'sr_RS@latin'})).toBe('sr-RS');
		expect(environmentTag({LANG: 'C.UTF-8'})).toBeUndefined();
	});

	it('matchLanguage gives the tag as the deck spells it', () => {
		expect(matchLanguage('ZH-HANT', ['en', 'zh-Hant'])).toBe('zh-Hant');
		expect(matchLanguage('', ['en'])).toBeUndefined();
	});
});
