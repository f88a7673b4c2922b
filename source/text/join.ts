// Full-width (CJK) brackets and punctuation carry their own spacing: a half-width space beside
// one shows as a gap too many ("詞彙表 （1/2）"). Wherever a label is joined to text, the
// separator loses its space on a side where it meets such a character.

const fullWidthPunctuation = /^[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]$/;

/** 「」（），。、：；… and the other CJK and full-width punctuation (not ideographs, not full-width letters or digits). */
export const isFullWidthPunctuation = (char: string | undefined): boolean => char !== undefined && fullWidthPunctuation.test(char);

/** `separator` as it goes between `left` and `right`: without its spaces on a side that meets
 * full-width punctuation (" " → "", " — " → "— " before 「). */
export function separatorBetween(left: string, separator: string, right: string): string {
	let middle = separator;
	if (isFullWidthPunctuation(left.at(-1))) middle = middle.trimStart();
	if (isFullWidthPunctuation(right[0])) middle = middle.trimEnd();
	return middle;
}

/** `left`, `separator` and `right`, spaced as separatorBetween says. */
export const joinText = (left: string, separator: string, right: string): string => left + separatorBetween(left, separator, right) + right;
