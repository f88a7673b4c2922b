import {describe, expect, it} from 'vitest';
import {createI18n, deckTitle, sectionHeading, slideText} from '../../source/deck/i18n.js';
import {clip} from '../../source/text/layout.js';
import {clipWrapped, textWidth} from '../../source/text/wrap.js';

describe('clip (every bordered view cuts its rows with it)', () => {
	it('keeps lines that fit, and otherwise ends on the "more" row within the rows given', () => {
		expect(clip(['a', 'b'], 2, '…')).toEqual(['a', 'b']);
		expect(clip(['a', 'b', 'c'], 2, '…')).toEqual(['a', '…']);
		expect(clip(['a', 'b', 'c'], 1, '…')).toEqual(['…']);
		expect(clip(['a'], 0, '…')).toEqual([]);
	});
});

describe('clipWrapped', () => {
	it('keeps wrapped lines as they are and marks the cut on the last one kept, within the width', () => {
		expect(clipWrapped(['one two', 'three'], 2, 10)).toEqual(['one two', 'three']);
		expect(clipWrapped(['order to', 'stability and', 'change'], 2, 20)).toEqual(['order to', 'stability and…']);
		const cut = clipWrapped(['香港香港', '中亞中亞中亞', '合作'], 2, 12);
		expect(cut).toEqual(['香港香港', '中亞中亞中…']);
		expect(textWidth(cut[1]!)).toBeLessThanOrEqual(12);
	});
});

describe('deck text accessors', () => {
	const text = {title: 'T', sections: {lead: 'Lead'}, slides: {constructor: {title: 'A slide named constructor'}, 'a.b': {title: 'Dotted'}}};
	const i18n = createI18n({chrome: {}, text: {en: text}});

	it('read ids and sections as own properties: "constructor" and "a.b" are plain names', () => {
		expect(slideText(i18n, 'en', 'constructor').title).toBe('A slide named constructor');
		expect(slideText(i18n, 'en', 'a.b').title).toBe('Dotted');
		expect(() => slideText(i18n, 'en', 'toString')).toThrow(/no text for slide toString/);
		expect(sectionHeading(i18n, 'en', 'lead')).toBe('Lead');
		expect(sectionHeading(i18n, 'en', 'hasOwnProperty')).toBeUndefined();
		expect(deckTitle(i18n, 'en')).toBe('T');
	});
});
