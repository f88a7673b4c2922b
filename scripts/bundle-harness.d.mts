export function bundleHarness(root: string, entry: string, name: string): Promise<string>;
