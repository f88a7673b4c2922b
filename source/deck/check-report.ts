import type {KeyPath, SourceFile} from './deck-source.js';
import type {Problem} from './problem.js';

// Where a problem is, as an author reads it: file:line:column, and for anything on a slide the
// slide's number and id (`slide 8 "article-6"`), never an array index ("slides.7").

/** What a file holds: its key paths name slides differently (by index in slides/deck.json, by
 * id in a language's text). */
export type FileKind = 'structure' | 'text' | 'chrome';

export class Report {
	readonly problems: Problem[] = [];
	/** Slide ids in order (undefined where a slide has none) and each id's 1-based number. */
	ids: Array<string | undefined> = [];
	numbers = new Map<string, number>();

	setSlides(ids: Array<string | undefined>): void {
		this.ids = ids;
		this.numbers = new Map();
		ids.forEach((id, index) => {
			if (id !== undefined && !this.numbers.has(id)) this.numbers.set(id, index + 1);
		});
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

	private place(kind: FileKind, path: KeyPath): Pick<Problem, 'slide' | 'key'> {
		const [top, slide, ...rest] = path;
		const key = (parts: KeyPath) => (parts.length > 0 ? parts.join('.') : undefined);
		if (top === 'slides' && kind === 'structure' && typeof slide === 'number') {
			return {slide: {number: slide + 1, id: this.ids[slide]}, key: key(rest)};
		}
		if (top === 'slides' && kind === 'text' && typeof slide === 'string') {
			const number = this.numbers.get(slide);
			if (number !== undefined) return {slide: {number, id: slide}, key: key(rest)};
		}
		return {key: key(path)};
	}
}
