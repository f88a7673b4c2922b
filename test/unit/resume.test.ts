import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {placesFile, readPlaces, savePlace} from '../../source/cli/resume.js';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-resume-'));

describe('remembering the place', () => {
	it('lives in $XDG_CONFIG_HOME/bideck, else ~/.config/bideck', () => {
		expect(placesFile({XDG_CONFIG_HOME: '/x'})).toBe('/x/bideck/state.json');
		expect(placesFile({})).toBe(path.join(os.homedir(), '.config', 'bideck', 'state.json'));
	});

	it('saves per deck and reads back, atomically (no temp file left)', () => {
		const file = path.join(folder(), 'bideck', 'state.json');
		expect(readPlaces(file)).toEqual({places: {}});
		expect(savePlace(file, '/decks/a', {slide: 'su-chang', language: 'zh-Hant'})).toBeUndefined();
		expect(savePlace(file, '/decks/b', {slide: 'title', language: 'en'})).toBeUndefined();
		expect(readPlaces(file).places).toEqual({'/decks/a': {slide: 'su-chang', language: 'zh-Hant'}, '/decks/b': {slide: 'title', language: 'en'}});
		expect(fs.readdirSync(path.dirname(file))).toEqual(['state.json']);
	});

	it('a corrupt file is ignored with a reason, then replaced', () => {
		const file = path.join(folder(), 'state.json');
		fs.writeFileSync(file, '{"decks": {"/d": {"slide": 3');
		expect(readPlaces(file)).toEqual({places: {}, problem: 'not valid JSON'});
		fs.writeFileSync(file, '[1, 2]');
		expect(readPlaces(file).problem).toBe('unexpected content');
		expect(savePlace(file, '/d', {slide: 'x', language: 'en'})).toBeUndefined();
		expect(readPlaces(file)).toEqual({places: {'/d': {slide: 'x', language: 'en'}}});
	});

	it('an unwritable place is reported, not thrown', () => {
		const blocker = path.join(folder(), 'file');
		fs.writeFileSync(blocker, '');
		expect(savePlace(path.join(blocker, 'bideck', 'state.json'), '/d', {slide: 'x', language: 'en'})).toMatch(/ENOTDIR|EEXIST/);
	});
});
