/** `record[key]` when the record has that key itself, never a value inherited from
 * Object.prototype: keys come from deck files, and a slide may be called "constructor". */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
