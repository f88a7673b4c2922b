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
};

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
	};
}
