import type {SlideKind, SlideText} from './deck-schema.js';
import {chromeFor, sectionHeading, slideText, type I18n} from './i18n.js';
import type {Deck} from './load-deck.js';

/** Everything needed to show one slide in one language: its text plus the chrome around it. */
export type SlideContent = {
	kind: SlideKind;
	text: SlideText;
	/** "(1/2)" for a slide that is one part of several. */
	partLabel?: string;
	quoteMarks: [open: string, close: string];
	/** Headings of the article sections the slide's points come from, in order. */
	sources: string[];
	/** Per point, where it comes from: "section heading · paragraph 3". */
	references: string[];
};

/** "lead#2" or "lead#2-3" as a reader sees it, in a language. */
function describeRef(i18n: I18n, language: string, ref: string): string {
	const [section, paragraphs] = ref.split('#') as [string, string];
	const t = chromeFor(i18n, language);
	return t('sources.reference', {section: sectionHeading(i18n, language, section) ?? section, paragraphs: paragraphs.replace('-', '–')});
}

export function slideContent(deck: Deck, i18n: I18n, language: string, index: number): SlideContent {
	const meta = deck.structure.slides[index]!;
	const t = chromeFor(i18n, language);
	const sections = [...new Set((meta.refs ?? []).map(ref => ref.split('#')[0]!))];
	return {
		kind: meta.kind,
		text: slideText(i18n, language, meta.id),
		partLabel: meta.part ? t('slide.part', {part: meta.part, parts: meta.parts}) : undefined,
		quoteMarks: [t('slide.quoteOpen'), t('slide.quoteClose')],
		sources: sections.map(section => sectionHeading(i18n, language, section) ?? section),
		references: (meta.refs ?? []).map(ref => describeRef(i18n, language, ref)),
	};
}
