import type {SlideText} from './deck-schema.js';
import {chromeFor, slideText, type I18n} from './i18n.js';
import {slideHeading} from './slide-content.js';
import {joinText} from '../text/join.js';
import {plainText} from '../text/inline.js';
import {own} from './own.js';
import type {Deck} from './load-deck.js';

// Everything the index filter and the search look through, built once per deck: per slide and
// language, the text of each field in reading order as it shows (inline Markdown markers removed:
// "bold" finds "**bold**", "*" finds no marker), with a lower-cased copy for matching.

export type Field = 'title' | 'subtitle' | 'speaker' | 'role' | 'thesis' | 'point' | 'entry' | 'quote' | 'notes';
export type CatalogText = {field: Field; text: string; folded: string};
export type CatalogSlide = {
	/** Per language: the speaker and title the index shows, and every text of the slide. */
	languages: Record<string, {speaker?: string; title: string; texts: CatalogText[]}>;
};
export type Catalog = {slides: CatalogSlide[]};

export type SearchHit = {slide: number; language: string; field: Field; text: string; start: number; length: number};

/** Case-folding for matching: Latin case is ignored, CJK is unchanged. */
export const fold = (text: string) => text.toLowerCase();

function texts(slide: SlideText): CatalogText[] {
	const out: Array<[Field, string | undefined]> = [
		['title', slide.title],
		['subtitle', slide.subtitle],
		['speaker', slide.speaker],
		['role', slide.role],
		['thesis', slide.thesis],
		...(slide.points ?? []).map(point => ['point', point] as [Field, string]),
		...(slide.entries ?? []).map(entry => ['entry', joinText(plainText(entry.term), ' — ', plainText(entry.text))] as [Field, string]),
		['quote', slide.quote],
		['notes', slide.notes],
	];
	return out
		.filter((item): item is [Field, string] => Boolean(item[1]))
		.map(([field, raw]) => {
			const text = field === 'entry' ? raw : plainText(raw);
			return {field, text, folded: fold(text)};
		});
}

export function buildCatalog(deck: Deck, i18n: I18n, languages: readonly string[] = deck.structure.languages): Catalog {
	return {
		slides: deck.structure.slides.map(meta => ({
			languages: Object.fromEntries(
				languages.map(language => {
					const text = slideText(i18n, language, meta.id);
					const speaker = text.speaker === undefined ? undefined : plainText(text.speaker);
					return [language, {speaker, title: plainText(slideHeading(meta, text.title, chromeFor(i18n, language))), texts: texts(text)}];
				}),
			),
		})),
	};
}

/** The slides the index lists for a filter: by number, or by speaker or title in any language. */
export function filterIndex(catalog: Catalog, filter: string): number[] {
	const all = catalog.slides.map((_, index) => index);
	const wanted = fold(filter.trim());
	if (!wanted) return all;
	return all.filter(index => {
		if (String(index + 1).startsWith(wanted)) return true;
		return Object.values(catalog.slides[index]!.languages).some(({speaker, title}) => fold(`${speaker ?? ''} ${title}`).includes(wanted));
	});
}

/** One hit per matching slide: its first match, preferring the given language. */
export function searchCatalog(catalog: Catalog, query: string, languages: readonly string[], preferred: string): SearchHit[] {
	const wanted = fold(query.trim());
	if (!wanted) return [];
	const order = [preferred, ...languages.filter(language => language !== preferred)];
	const hits: SearchHit[] = [];
	catalog.slides.forEach((slide, index) => {
		for (const language of order) {
			const found = own(slide.languages, language)?.texts.find(text => text.folded.includes(wanted));
			if (found) {
				// Case folding keeps lengths for the scripts decks use, so offsets carry over.
				hits.push({slide: index, language, field: found.field, text: found.text, start: found.folded.indexOf(wanted), length: wanted.length});
				return;
			}
		}
	});
	return hits;
}
