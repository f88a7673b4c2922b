import fs from 'node:fs';
import path from 'node:path';

/** Writes a deck of `slides` slides in en and zh-Hant with `points` points of ~120 characters
 * each (neutral invented text), about 2 × slides × points × 130 bytes. */
export function writeBigDeck(dir: string, slides: number, points = 10): string {
	fs.mkdirSync(path.join(dir, 'slides'), {recursive: true});
	const ids = Array.from({length: slides}, (_, i) => `s${i + 1}`);
	fs.writeFileSync(path.join(dir, 'slides', 'deck.json'), JSON.stringify({languages: ['en', 'zh-Hant'], slides: ids.map((id, i) => ({id, kind: i === 0 ? 'title' : 'overview'}))}));
	for (const [language, word] of [['en', 'tram line timetable note'], ['zh-Hant', '電車路線時間表備註']] as const) {
		const point = (i: number, p: number) => `${word} ${i}.${p} `.repeat(6).slice(0, 120);
		const text = {
			title: `Trams ${language}`,
			slides: Object.fromEntries(ids.map((id, i) => [id, {title: `${word} ${i + 1}`, points: Array.from({length: points}, (_, p) => point(i, p)), notes: `note ${i + 1}`}])),
		};
		fs.mkdirSync(path.join(dir, 'locales', language), {recursive: true});
		fs.writeFileSync(path.join(dir, 'locales', language, 'deck.json'), JSON.stringify(text));
	}
	return dir;
}
