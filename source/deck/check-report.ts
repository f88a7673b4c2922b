import type {KeyPath, SourceFile} from './deck-source.js';
import type {Problem} from './problem.js';

// Where a problem is, as an author reads it: file:line:column, and for anything on a slide or a
// source section its number and id (`slide 8 "article-6"`, `section 2 "format"`), never an array
// index ("slides.7").

/** What a file holds: its key paths name slides differently (by index in slides/deck.json, by
 * id in a language's text). */
export type FileKind = 'structure' | 'text' | 'chrome';

export class Report {
	readonly problems: Problem[] = [];
	/** Slide ids in order (undefined where a slide has none) and each id's 1-based number. */
	ids: Array<string | undefined> = [];
	numbers = new Map<string, number>();
	/** The same for the source sections. */
	sectionIds: Array<string | undefined> = [];
	sectionNumbers = new Map<string, number>();

	setSlides(ids: Array<string | undefined>): void {
		this.ids = ids;
		this.numbers = numbering(ids);
	}

	setSections(ids: Array<string | undefined>): void {
		this.sectionIds = ids;
		this.sectionNumbers = numbering(ids);
	}

	/** A problem about the value at `path` in `file`. */
	add(file: SourceFile, kind: FileKind, path: KeyPath, message: string, extra: Pick<Problem, 'values' | 'suggestion' | 'severity'> = {}): void {
		const position = file.locate(path);
		this.problems.push({file: file.file, ...position, ...this.place(kind, path), message, ...extra});
	}

	/** A problem about a whole file or folder, with no position inside it. */
	addFile(file: string, message: string, extra: Pick<Problem, 'values' | 'suggestion'> = {}): void {
		this.problems.push({file, message, ...extra});
	}

	private place(kind: FileKind, path: KeyPath): Pick<Problem, 'slide' | 'section' | 'key'> {
		const [top, item, ...rest] = path;
		const key = (parts: KeyPath) => (parts.length > 0 ? parts.join('.') : undefined);
		const [field, ids, numbers] = top === 'slides' ? (['slide', this.ids, this.numbers] as const) : top === 'sections' ? (['section', this.sectionIds, this.sectionNumbers] as const) : [];
		if (!field) return {key: key(path)};
		// slides/deck.json lists them (by index); a language's text keys them by id.
		if (kind === 'structure' && typeof item === 'number') return {[field]: {number: item + 1, id: ids[item]}, key: key(rest)};
		if (kind === 'text' && typeof item === 'string') {
			const number = numbers.get(item);
			if (number !== undefined) return {[field]: {number, id: item}, key: key(rest)};
		}
		return {key: key(path)};
	}
}

/** Each id's 1-based number (its first place, when it is there twice). */
function numbering(ids: Array<string | undefined>): Map<string, number> {
	const numbers = new Map<string, number>();
	ids.forEach((id, index) => {
		if (id !== undefined && !numbers.has(id)) numbers.set(id, index + 1);
	});
	return numbers;
}
