import type {SlideKind, SlideMeta, SlideText} from './deck-schema.js';
import {chromeFor, sectionHeading, slideText, type I18n, type TFunction} from './i18n.js';
import {joinText} from '../text/join.js';
import {plainText} from '../text/inline.js';
import type {Deck} from './load-deck.js';

/** One line of argument on a slide (its thesis, a point, its quote) and where it comes from. */
export type SourceRow = {field: 'thesis' | 'point' | 'quote'; text: string; reference: string};

/** Everything needed to show one slide in one language: its text plus the chrome around it. */
export type SlideContent = {
	kind: SlideKind;
	text: SlideText;
	/** The title as every view shows it, with the part label of a slide that is one part of
	 * several ("Glossary (1/2)", 「詞彙表（1/2）」). */
	heading: string;
	quoteMarks: [open: string, close: string];
	/** Headings of the article sections the slide draws on (thesis, points, quote), in order. */
	sources: string[];
	/** Thesis, points and quote in reading order, each with its reference ("section heading ·
	 * paragraph 3"); empty when the deck gives the slide no references. */
	sourceRows: SourceRow[];
};

/** A slide's title with its part label, in the language of `t`: one rendering for the slide, the
 * index, search and every export. */
export function slideHeading(meta: Pick<SlideMeta, 'part' | 'parts'>, title: string, t: TFunction): string {
	return meta.part ? joinText(title, ' ', t('slide.part', {part: meta.part, parts: meta.parts})) : title;
}

/** "lead#2" or "lead#2-3" as a reader sees it, in a language. */
function describeRef(i18n: I18n, language: string, ref: string): string {
	const [section, paragraphs] = ref.split('#') as [string, string];
	const t = chromeFor(i18n, language);
	return t('sources.reference', {section: plainText(sectionHeading(i18n, language, section) ?? section), paragraphs: paragraphs.replace('-', '–')});
}

export function slideContent(deck: Deck, i18n: I18n, language: string, index: number): SlideContent {
	const meta = deck.structure.slides[index]!;
	const t = chromeFor(i18n, language);
	const text = slideText(i18n, language, meta.id);
	const rows: SourceRow[] = [];
	const refs: string[] = [];
	const add = (field: SourceRow['field'], rowText: string | undefined, ref: string | undefined) => {
		if (rowText === undefined || ref === undefined) return;
		rows.push({field, text: rowText, reference: describeRef(i18n, language, ref)});
		refs.push(ref);
	};
	add('thesis', text.thesis, meta.thesisRef);
	(text.points ?? []).forEach((point, p) => add('point', point, meta.refs?.[p]));
	add('quote', text.quote, meta.quoteRef);
	// The sections a slide draws on, in the article's order (a thesis may come from a later one).
	const order = (deck.structure.sections ?? []).map(section => section.id);
	const sections = [...new Set(refs.map(ref => ref.split('#')[0]!))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
	return {
		kind: meta.kind,
		text,
		heading: slideHeading(meta, text.title, t),
		quoteMarks: [t('slide.quoteOpen'), t('slide.quoteClose')],
		sources: sections.map(section => sectionHeading(i18n, language, section) ?? section),
		sourceRows: rows,
	};
}
