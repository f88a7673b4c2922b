import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root, runCli} from '../helpers.js';
import {folderWith} from './folders.js';

// The README's "Writing a deck" example is a deck: as its English file alone, it validates clean.

describe("the README's Markdown example", () => {
	it('validates clean and presents its slides', () => {
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const section = readme.slice(readme.indexOf('## Writing a deck'));
		const example = /```markdown\n([\s\S]*?)\n```\n/.exec(section)![1]!;
		const dir = folderWith({'deck.en.md': example.replace('languages: [en, zh-Hant]', 'languages: [en]')});
		expect(runCli(['validate', dir]).stdout).toMatch(/: 2 slides in en: no problems\n$/);
		const printed = runCli(['--print', '--deck', dir]).stdout;
		expect(printed).toContain('Mira Okafor — driver on Line 3');
		expect(printed).toContain('• catenary — the overhead wire that powers the tram');
	});
});
