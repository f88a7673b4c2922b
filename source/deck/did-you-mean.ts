// "did you mean …": the closest of the names a misspelt one could have been. Edit distance
// (Levenshtein, with a swap of two neighbours as one edit), on names of at most
// limits.nameLength characters, so the table stays small.

function distance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The candidate closest to `name`, when it is close enough to be a slip: at most a third of
 * its letters differ (at least one); case differences count as half an edit. Undefined when
 * none is, or when `name` is itself a candidate. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
	let best: {candidate: string; score: number} | undefined;
	const folded = name.toLowerCase();
	for (const candidate of candidates) {
		if (candidate === name) return undefined;
		if (Math.abs(candidate.length - name.length) > 3 || candidate.length > 200) continue;
		const score = distance(folded, candidate.toLowerCase()) + (candidate.toLowerCase() === folded ? 0.5 : 0);
		if (!best || score < best.score) best = {candidate, score};
	}
	const allowed = Math.max(1, Math.floor(name.length / 3));
	return best && best.score <= allowed ? best.candidate : undefined;
}
