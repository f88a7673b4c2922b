import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {slideKinds} from '../../source/deck/deck-schema.js';
import {cleanupApps, deckCopy, englishOnly, plain, renderApp, runCli, coloursAsATerminalGetsThem} from '../helpers.js';

// Each slide kind as the README's table of kinds describes it on screen: title centred, its lines
// without bullets; appendix in a yellow box with its subtitle as a black-on-yellow marker; every
// other kind (content included) left-aligned with bulleted points in the cyan box. A speaker slide
// must name its speaker; a content slide need not.

coloursAsATerminalGetsThem();
afterEach(() => cleanupApps());

/** An English deck with one slide of each kind, in slideKinds order. */
function kindsDeck(change: (slides: Record<string, Record<string, unknown>>) => void = () => {}): string {
	return deckCopy(dir => {
		englishOnly(dir);
		fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en'], slides: slideKinds.map(kind => ({id: kind, kind}))}));
		const slides: Record<string, Record<string, unknown>> = Object.fromEntries(
			slideKinds.map(kind => [kind, {title: `A ${kind} slide`, subtitle: `Subtitle of ${kind}`, points: ['First point', 'Second point']}]),
		);
		slides['speaker']!['speaker'] = 'An invented speaker';
		change(slides);
		fs.writeFileSync(path.join(dir, 'locales', 'en', 'deck.json'), JSON.stringify({title: 'Kinds', slides}));
	});
}

/** The SGR colour code in force where `text` starts in `frame`. */
function colourAt(frame: string, text: string): number | undefined {
	const before = frame.slice(0, frame.indexOf(text));
	// eslint-disable-next-line no-control-regex
	const codes = [...before.matchAll(/\u001B\[([0-9;]*)m/g)].flatMap(([, list]) => (list || '0').split(';').map(Number));
	let colour: number | undefined;
	for (const code of codes) colour = code === 0 || code === 39 ? undefined : (code >= 30 && code <= 37) || (code >= 90 && code <= 97) ? code : colour;
	return colour;
}
const cyan = 36;
const yellow = 33;

describe('slide kinds on screen', () => {
	const dir = kindsDeck();

	for (const [index, kind] of slideKinds.entries()) {
		it(`${kind}`, async () => {
			const app = renderApp({deckDir: dir, slide: index, columns: 80, rows: 24});
			const frame = await app.waitFor(`A ${kind} slide`);
			const lines = plain(frame);
			const titleLine = lines.find(line => line.includes(`A ${kind} slide`))!;
			const pointLine = lines.find(line => line.includes('First point'))!;
			const indent = (line: string) => line.indexOf(line.trim().slice(1).trimStart()) - 1;
			if (kind === 'title') {
				// Centred: as much room on the left of the title as on its right, give or take one.
				const left = titleLine.indexOf('A title slide') - 1;
				const right = titleLine.length - 1 - (titleLine.indexOf('A title slide') + 'A title slide'.length);
				expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
				expect(left).toBeGreaterThan(20);
				expect(pointLine).not.toContain('•');
			} else {
				expect(indent(titleLine)).toBeLessThanOrEqual(3);
				expect(pointLine).toMatch(/│\s{1,3}• First point/);
			}
			expect(colourAt(frame, '╭')).toBe(kind === 'appendix' ? yellow : cyan);
			// The appendix's subtitle is a marker: black on a yellow background.
			const subtitleCodes = frame.slice(0, frame.indexOf(`Subtitle of ${kind}`)).split('\u001B[').slice(-2).join(' ');
			if (kind === 'appendix') expect(subtitleCodes).toMatch(/43/);
			else expect(subtitleCodes).not.toMatch(/43/);
			if (kind === 'speaker') expect(frame).toContain('An invented speaker');
		});
	}
});

describe('slide kinds in validate', () => {
	it('a speaker slide without its speaker is a problem; a content slide without one is not', () => {
		expect(runCli(['validate', kindsDeck()]).code).toBe(0);
		const noSpeaker = runCli(['validate', kindsDeck(slides => delete slides['speaker']!['speaker'])]);
		expect(noSpeaker.code).toBe(1);
		expect(noSpeaker.stdout + noSpeaker.stderr).toMatch(/speaker/);
	});

	it('an unknown kind is refused and content is among the kinds offered', () => {
		const dir = kindsDeck();
		const file = path.join(dir, 'slides', 'deck.json');
		fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"kind":"content"', '"kind":"contents"'));
		const result = runCli(['validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stdout + result.stderr).toMatch(/\bcontent\b/);
	});
});
