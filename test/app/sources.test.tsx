import {afterEach, describe, expect, it} from 'vitest';
import {createI18n, sectionHeading, slideText} from '../../source/deck/i18n.js';
import {loadDeck} from '../../source/deck/load-deck.js';
import {slideContent} from '../../source/deck/slide-content.js';
import {textWidth, wrap} from '../../source/text/wrap.js';
import {cleanupApps, plain, renderApp, root} from './../helpers.js';

// The sources view (s) shows the thesis, each point and the quote, each with its first lines and
// where in the article it comes from.
// Its lines are the point wrapped to the box, never glued back together.

afterEach(() => cleanupApps());

const deck = loadDeck(root);
const i18n = createI18n(deck);
const slides = deck.structure.slides;

/** The box's inner lines: the frame's rows between the borders, without border and padding. */
const inner = (frame: string) =>
	plain(frame)
		.filter(line => line.startsWith('│'))
		.map(line => line.slice(2, -2).trimEnd());

describe('sources view', () => {
	it('shows every point as its wrapped lines, a long one ending in "…", at 50 and 80 columns, in both languages', async () => {
		for (const columns of [50, 80]) {
			for (const language of ['en', 'zh-Hant']) {
				for (const [index, slide] of slides.entries()) {
					if (!slide.refs) continue;
					const app = renderApp({language, slide: index, columns, rows: 60});
					const lines = inner(await app.press('s'));
					const width = columns - 4 - 2; // inside the border and padding, after the bullet
					for (const point of slideText(i18n, language, slide.id).points ?? []) {
						const wrapped = wrap(point, width);
						const start = lines.findIndex(line => line === `• ${wrapped[0]}`);
						const where = `${language} ${columns} columns, slide ${index + 1}: ${point}`;
						expect(start, `${where}\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
						if (wrapped.length === 1) continue;
						const second = lines[start + 1]!.slice(2);
						if (wrapped.length === 2) expect(second, where).toBe(wrapped[1]);
						// Cut: the second line as wrapped (or as much of it as leaves room), then "…".
						else expect(`${wrapped[1]}…`.startsWith(second.slice(0, -1)) && second.endsWith('…'), `${where}\nshown: ${second}`).toBe(true);
						expect(textWidth(second)).toBeLessThanOrEqual(width);
					}
					app.unmount();
				}
			}
		}
	});

	it('leads from the thesis, every point and the quote to its paragraph, in reading order', async () => {
		let theses = 0;
		let quotes = 0;
		for (const [index, slide] of slides.entries()) {
			const text = slideText(i18n, 'en', slide.id);
			const expected: Array<[string, string]> = [];
			if (slide.thesisRef) expected.push([`  ${text.thesis!}`, slide.thesisRef]);
			(slide.refs ?? []).forEach((ref, p) => expected.push([`• ${text.points![p]!}`, ref]));
			if (slide.quoteRef) expected.push([`  “${text.quote!}”`, slide.quoteRef]);
			theses += slide.thesisRef ? 1 : 0;
			quotes += slide.quoteRef ? 1 : 0;
			const app = renderApp({language: 'en', slide: index, columns: 160, rows: 80});
			const lines = inner(await app.press('s'));
			let from = 0;
			for (const [shown, ref] of expected) {
				const [section, paragraph] = ref.split('#');
				const start = lines.findIndex((line, at) => at >= from && line.startsWith(shown.slice(0, 30)));
				expect(start, `slide ${index + 1}: ${shown}\n${lines.join('\n')}`).toBeGreaterThanOrEqual(from);
				const arrow = lines.findIndex((line, at) => at > start && line.startsWith('  ↳'));
				expect(lines[arrow], `slide ${index + 1}: ${shown}`).toBe(`  ↳ ${sectionHeading(i18n, 'en', section!)} · paragraph ${paragraph!.replace('-', '–')}`);
				from = arrow + 1;
			}
			app.unmount();
		}
		// The forum deck gives every thesis and every quote a reference.
		expect(theses).toBe(slides.filter(slide => slideText(i18n, 'en', slide.id).thesis).length);
		expect(quotes).toBe(slides.filter(slide => slideText(i18n, 'en', slide.id).quote).length);
		expect(theses).toBeGreaterThan(10);
	});

	it('the notes name the sections a slide draws on once each, in the article\'s order', () => {
		const headings = Object.values(deck.text['zh-Hant']!.sections!);
		for (const index of slides.keys()) {
			const shown = slideContent(deck, i18n, 'zh-Hant', index).sources.map(heading => headings.indexOf(heading));
			expect(shown, `slide ${index + 1}`).toEqual([...new Set(shown)].sort((a, b) => a - b));
		}
		const lam = slides.findIndex(slide => slide.id === 'lam-nixie-2');
		expect(slideContent(deck, i18n, 'en', lam).sources).toEqual(['Proposal: deepen links in education and academia', 'Building platforms for innovation, entrepreneurship and overseas internships']);
	});

	it('never joins two wrapped lines without their space ("order tostabil…")', async () => {
		const index = slides.findIndex(slide => slideText(i18n, 'en', slide.id).points?.some(point => point.includes('from order to stability')));
		expect(index).toBeGreaterThan(0);
		const app = renderApp({language: 'en', slide: index, columns: 50, rows: 40});
		const frame = plain(await app.press('s')).join('\n');
		expect(frame).not.toMatch(/[a-z,][A-Z]?[a-z]*(to|order)stabil|Kazakhstan,Uzbek|[a-z]{2},[A-Z]/);
		expect(frame).toContain('Source');
	});
});
