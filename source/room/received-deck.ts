import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {DeckText} from '../deck/deck-schema.js';
import {packageChrome, readDeck, type Deck} from '../deck/load-deck.js';
import {limits} from '../deck/bounds.js';
import {own} from '../deck/own.js';
import type {Problem} from '../deck/problem.js';
import type {WireDeck} from './protocol.js';

// A deck travels as the values of its files and is checked on arrival exactly as a deck read
// from disk: the same size limit per file, bounds, sanitiser, schemas and cross-checks, because
// it is the same code. The received files are written to a private temporary folder (0700,
// removed at once) and read with readDeck; no second checker exists to drift from the first.
// (When the deck checks take raw values — the DeckSource seam of issue #11 — this writes none.)

/** The deck as sent to consoles and followers: notes only when the presenter shares them; the
 * chrome only of languages bideck has none for (a follower's own bideck has the rest). */
export function toWire(deck: Deck, shareNotes: boolean): WireDeck {
	const builtIn = packageChrome();
	const languages: WireDeck['languages'] = {};
	for (const language of deck.structure.languages) {
		const text = deck.text[language];
		if (!text) continue;
		const chrome = own(deck.chrome, language);
		// A chrome with only the language's name is the one readDeck makes up for a language
		// without any; the receiving side makes the same.
		const ownChrome = !own(builtIn, language) && chrome && Object.keys(chrome).length > 1 ? chrome : undefined;
		languages[language] = {text: shareNotes ? text : withoutNotes(text), ...(ownChrome ? {chrome: ownChrome} : {})};
	}
	return {structure: deck.structure, languages};
}

function withoutNotes(text: DeckText): DeckText {
	const slides: DeckText['slides'] = {};
	for (const [id, {notes: _notes, ...slide}] of Object.entries(text.slides)) slides[id] = slide;
	return {...text, slides};
}

/** A language tag as slides/deck.json allows it, and so a safe folder name. */
const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Checks a received deck as loadDeck checks one on disk; problems name files as
 * "<label>/locales/en/deck.json". */
export function fromWire(wire: WireDeck, label: string): {deck?: Deck; problems: Problem[]} {
	const names = Object.keys(wire.languages);
	if (names.length > limits.languages) return {problems: [{file: label, message: `more than ${limits.languages} languages`}]};
	const bad = names.find(name => !languageTag.test(name));
	if (bad !== undefined) return {problems: [{file: label, key: 'languages', message: 'not a language tag'}]};

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-received-'));
	try {
		const write = (file: string, value: unknown) => {
			fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
			fs.writeFileSync(file, JSON.stringify(value) ?? 'null', {mode: 0o600, flag: 'wx'});
		};
		write(path.join(dir, 'slides', 'deck.json'), wire.structure);
		fs.mkdirSync(path.join(dir, 'locales'), {mode: 0o700});
		for (const [language, files] of Object.entries(wire.languages)) {
			write(path.join(dir, 'locales', language, 'deck.json'), files.text);
			if (files.chrome !== undefined) write(path.join(dir, 'locales', language, 'ui.json'), files.chrome);
		}
		const {deck, problems} = readDeck(dir);
		const relabel = (problem: Problem): Problem => (problem.file.startsWith(dir) ? {...problem, file: label + problem.file.slice(dir.length)} : problem);
		return {deck: deck && {...deck, dir: label}, problems: problems.map(relabel)};
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
}
