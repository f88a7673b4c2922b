import {describe, expect, it} from 'vitest';
import {didYouMean} from '../../source/deck/did-you-mean.js';

describe('didYouMean', () => {
	it('the closest name within a third of its letters (at least one edit); a swap of neighbours is one edit', () => {
		expect(didYouMean('subtitel', ['title', 'subtitle', 'speaker'])).toBe('subtitle');
		expect(didYouMean('wrods', ['welcome', 'words'])).toBe('words');
		expect(didYouMean('curent', ['current', 'total'])).toBe('current');
		expect(didYouMean('Words', ['words', 'welcome'])).toBe('words');
		expect(didYouMean('speakr', ['title', 'speaker'])).toBe('speaker');
	});

	it('nothing when no name is close, or the name is itself one', () => {
		expect(didYouMean('colour', ['id', 'kind', 'refs'])).toBeUndefined();
		expect(didYouMean('ab', ['xy'])).toBeUndefined();
		expect(didYouMean('words', ['words', 'word'])).toBeUndefined();
		expect(didYouMean('x', [])).toBeUndefined();
	});
});
