import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {DeckText, SlideText, Structure} from '../../source/deck/deck-schema.js';

// The forum deck says each name and term one way in each language. Read straight from the
// repo's files (no loader), so this checks the text a reader gets, not what code makes of it.

const root = path.resolve(import.meta.dirname, '../..');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;
const structure = read<Structure>('slides/deck.json');
const en = read<DeckText>('locales/en/deck.json');
const zh = read<DeckText>('locales/zh-Hant/deck.json');

/** Every text of a slide, in reading order, named by its field ("points.2"). */
function fields(slide: SlideText): Array<[string, string]> {
	const out: Array<[string, string | undefined]> = [
		['title', slide.title],
		['subtitle', slide.subtitle],
		['speaker', slide.speaker],
		['role', slide.role],
		['thesis', slide.thesis],
		...(slide.points ?? []).map((point, index): [string, string] => [`points.${index}`, point]),
		...(slide.entries ?? []).map((entry, index): [string, string] => [`entries.${index}`, `${entry.term} — ${entry.text}`]),
		['quote', slide.quote],
		['notes', slide.notes],
	];
	return out.filter((field): field is [string, string] => field[1] !== undefined);
}

/** The same field in both languages, everywhere in the deck: titles, section headings, slides. */
function pairs(): Array<{where: string; en: string; zh: string}> {
	const out = [{where: 'title', en: en.title, zh: zh.title}];
	for (const id of Object.keys(en.sections ?? {})) out.push({where: `sections.${id}`, en: en.sections![id]!, zh: zh.sections![id]!});
	for (const {id} of structure.slides) {
		const zhFields = new Map(fields(zh.slides[id]!));
		for (const [field, text] of fields(en.slides[id]!)) out.push({where: `${id}.${field}`, en: text, zh: zhFields.get(field) ?? ''});
	}
	return out;
}

// Quotation marks and case do not change a term: 「十五五」規劃 is 十五五規劃, "Through train" is "through train".
const normal = (text: string) => text.replace(/[「」『』“”"]/g, '').toLowerCase();

/** A glossary term and its gloss, split into its parts: "super-connector / super value-adder
 * (超級聯繫人／超級增值人)" → [super-connector, 超級聯繫人], [super value-adder, 超級增值人]. */
function glossary(text: DeckText, pattern: RegExp, order: 'en-zh' | 'zh-en'): Array<[en: string, zh: string]> {
	const out: Array<[string, string]> = [];
	for (const {id, kind} of structure.slides) {
		if (kind !== 'glossary') continue;
		for (const entry of text.slides[id]!.entries ?? []) {
			const match = pattern.exec(entry.term);
			expect(match, `${id}: "${entry.term}" has no gloss in brackets`).not.toBeNull();
			const [first, second] = [match![1]!, match![2]!];
			const [english, chinese] = order === 'en-zh' ? [first, second] : [second, first];
			const split = (term: string) => term.split(/\s*[/／→]\s*/).map(part => normal(part).trim());
			const parts = [split(english), split(chinese)] as const;
			expect(parts[0].length, `${id}: "${entry.term}"`).toBe(parts[1].length);
			parts[0].forEach((part, index) => out.push([part, parts[1][index]!]));
		}
	}
	return out;
}

const enGlossary = glossary(en, /^(.+) \((.+)\)$/, 'en-zh');
const zhGlossary = glossary(zh, /^(.+)（(.+)）$/, 'zh-en');

/** Names that are not glossary terms but must also read one way (names.md's forms). */
const names: Array<[zh: string, en: string[]]> = [
	['大灣區', ['Greater Bay Area', 'GBA']],
	['北部都會區', ['Northern Metropolis']],
	['創科', ['I&T', 'innovation and technology']],
	['上海合作組織', ['Shanghai Cooperation Organisation']],
	['證監會', ['Securities and Futures Commission']],
	['香港科技園公司', ['Hong Kong Science and Technology Parks Corporation', 'HKSTP']],
	['投資推廣署', ['Invest Hong Kong', 'InvestHK']],
	['貿發局', ['HKTDC']],
	['民心相通', ['people-to-people ties']],
];

describe('the forum deck: one rendering per term', () => {
	it('the two glossaries pair the same terms with the same glosses', () => {
		expect(zhGlossary).toEqual(enGlossary);
	});

	it('wherever one language uses a glossary term, the same field of the other uses its pair, spelt as in the glossary', () => {
		const found: string[] = [];
		for (const pair of pairs()) {
			for (const [english, chinese] of enGlossary) {
				const inEnglish = normal(pair.en).includes(english.replace(/^(the|a) /, ''));
				const inChinese = normal(pair.zh).includes(chinese);
				if (inEnglish !== inChinese) found.push(`${pair.where}: ${inChinese ? `Chinese has ${chinese}, English lacks "${english}"` : `English has "${english}", Chinese lacks ${chinese}`}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('names that are not glossary terms read one way too', () => {
		const found: string[] = [];
		for (const pair of pairs()) {
			for (const [chinese, forms] of names) {
				if (pair.zh.includes(chinese) && !forms.some(form => normal(pair.en).includes(normal(form)))) found.push(`${pair.where}: ${chinese} but none of ${forms.join(', ')}`);
			}
		}
		expect(found).toEqual([]);
	});
});

/** Abbreviations the deck uses, with the one expansion each is introduced by. */
const expansions: Record<string, string> = {
	GBA: 'Guangdong-Hong Kong-Macao Greater Bay Area',
	CASS: 'Chinese Academy of Social Sciences',
	SCO: 'Shanghai Cooperation Organisation',
	SFC: 'Securities and Futures Commission',
	HKSTP: 'Hong Kong Science and Technology Parks Corporation',
	'I&T': 'innovation and technology',
	AIFC: 'Astana International Financial Centre',
	HKTDC: 'Hong Kong Trade Development Council',
	CMI: 'China Mobile International Limited',
	InvestHK: 'Invest Hong Kong',
	'RAISe+': 'Research, Academic and Industry Sectors One-plus Scheme',
};
/** Read as words by an English business reader, or part of a company's or event's name. */
const plainWords = new Set(['AI', 'US', 'USA', 'ESG', 'IPO', 'IPOs', 'ASEAN', 'R&D', 'BIO', 'HK', 'SPH', 'Web3', '5G']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The abbreviations in a text: capitals (with & or digits) as a word, and the mixed-case ones above. */
function abbreviations(text: string): string[] {
	const capitals = text.match(/(?<![\w&+])[A-Z][A-Z0-9&]*[A-Z](?:s)?(?![\w&+])/g) ?? [];
	const mixed = Object.keys(expansions).filter(abbreviation => new RegExp(`(?<![\\w&])${escape(abbreviation)}(?![\\w&])`).test(text));
	return [...new Set([...capitals, ...mixed])];
}

describe('the forum deck: abbreviations in English', () => {
	it('every abbreviation is known: expanded below, or read as a word', () => {
		const unknown = new Set<string>();
		for (const {id} of structure.slides) {
			for (const [, text] of fields(en.slides[id]!)) for (const abbreviation of abbreviations(text)) if (!plainWords.has(abbreviation) && !expansions[abbreviation]) unknown.add(`${abbreviation} (${id})`);
		}
		expect([...unknown]).toEqual([]);
	});

	it('each is expanded at its first use: "Expansion (ABBR)" before any bare ABBR, in reading order', () => {
		const seen = new Set<string>();
		const found: string[] = [];
		for (const {id} of structure.slides) {
			for (const [field, text] of fields(en.slides[id]!)) {
				for (const [abbreviation, expansion] of Object.entries(expansions)) {
					if (seen.has(abbreviation)) continue;
					const at = new RegExp(`(?<![\\w&])${escape(abbreviation)}(?![\\w&])`).exec(text);
					if (!at) continue;
					seen.add(abbreviation);
					if (!text.slice(0, at.index).endsWith(`${expansion} (`)) found.push(`${id}.${field}: first "${abbreviation}" is not "${expansion} (${abbreviation})"`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});
