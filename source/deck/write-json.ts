import type {DeckValues} from './markdown/write.js';

// A deck → its JSON files (slides/deck.json, locales/<lang>/deck.json and ui.json), laid out as
// the repository's own: the structure one section and one slide a line, the text indented.

const line = (value: unknown) => JSON.stringify(value);

function structureJson({structure}: DeckValues): string {
	const list = (items: readonly unknown[]) => `[\n${items.map(item => `    ${line(item)}`).join(',\n')}\n  ]`;
	const parts = [`  "languages": ${line(structure.languages)}`];
	if (structure.sections) parts.push(`  "sections": ${list(structure.sections)}`);
	parts.push(`  "slides": ${list(structure.slides)}`);
	return `{\n${parts.join(',\n')}\n}\n`;
}

/** Every file of the deck, by path relative to the deck's folder. */
export function jsonDeckFiles(values: DeckValues): Map<string, string> {
	const files = new Map([['slides/deck.json', structureJson(values)]]);
	for (const language of values.structure.languages) {
		files.set(`locales/${language}/deck.json`, `${JSON.stringify(values.text[language], null, 2)}\n`);
		const chrome = values.chrome?.[language];
		if (chrome && Object.keys(chrome).length > 0) files.set(`locales/${language}/ui.json`, `${JSON.stringify(chrome, null, 2)}\n`);
	}
	return files;
}
