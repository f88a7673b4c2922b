import {describe, expect, it} from 'vitest';
import {parseListen, parseOptions} from '../../source/cli/options.js';

// The room's command line: --share with or without HOST:PORT, --name, --share-notes,
// --max-followers, and the console and follow commands; each bad value is one usage error.

const options = (...argv: string[]) => {
	const result = parseOptions(argv);
	if (!result.ok) throw new Error(`${result.error.key} ${JSON.stringify(result.error.values)}`);
	return result.options;
};
const error = (...argv: string[]) => {
	const result = parseOptions(argv);
	if (result.ok) throw new Error(`parsed: ${argv.join(' ')}`);
	return result.error;
};

describe('--share', () => {
	it('alone publishes on this machine only', () => {
		expect(options('--share')).toMatchObject({command: 'present', share: {}});
		expect(options('--share').share?.listen).toBeUndefined();
		expect(options('--share', '--lang', 'en')).toMatchObject({share: {}, lang: 'en'});
		expect(options('--lang', 'en', '--share')).toMatchObject({share: {}, lang: 'en'});
	});

	it('takes HOST:PORT joined or as the next argument, host 127.0.0.1 unless given', () => {
		expect(options('--share=0.0.0.0:7450').share).toEqual({listen: {host: '0.0.0.0', port: 7450}});
		expect(options('--share', '192.168.1.5:80').share).toEqual({listen: {host: '192.168.1.5', port: 80}});
		expect(options('--share', ':7450').share).toEqual({listen: {host: '127.0.0.1', port: 7450}});
		expect(options('--share', '7450').share).toEqual({listen: {host: '127.0.0.1', port: 7450}});
		expect(options('--share', '[::1]:7450').share).toEqual({listen: {host: '::1', port: 7450}});
		expect(options('--share', 'localhost:0').share).toEqual({listen: {host: 'localhost', port: 0}});
	});

	it('bad addresses are one error naming --share', () => {
		for (const value of ['127.0.0.1:99999', 'host:', 'a b:1', 'x:port']) {
			expect(error(`--share=${value}`)).toEqual({key: 'cli.badShare', values: {option: '--share', value}});
		}
		expect(parseListen('1.2.3.4')).toBeUndefined();
	});

	it('with other commands is refused', () => {
		expect(error('console', '--share').key).toBe('cli.presentOnly');
		expect(error('validate', '--share').key).toBe('cli.presentOnly');
	});

	it('--share-notes and --max-followers go only with it', () => {
		expect(options('--share', '--share-notes', '--max-followers', '5')).toMatchObject({shareNotes: true, maxFollowers: 5});
		expect(options('--share').maxFollowers).toBeUndefined();
		expect(error('--share-notes')).toMatchObject({key: 'cli.shareOnly', values: {option: '--share-notes'}});
		expect(error('--max-followers', '3')).toMatchObject({key: 'cli.shareOnly', values: {option: '--max-followers'}});
		for (const value of ['0', '-1', 'many', '10001', '2.5']) {
			expect(error('--share', `--max-followers=${value}`)).toEqual({key: 'cli.badMaxFollowers', values: {option: '--max-followers', value}});
		}
	});
});

describe('--name', () => {
	it('goes with --share, console and follow, and is a plain name', () => {
		expect(options('--share', '--name', 'hall-a')).toMatchObject({name: 'hall-a'});
		expect(options('console', '--name', 'hall-a')).toMatchObject({command: 'console', name: 'hall-a'});
		expect(options('follow', '--name', '論壇')).toMatchObject({command: 'follow', name: '論壇'});
		expect(error('--name', 'x').key).toBe('cli.nameOnly');
		for (const value of ['../etc', 'a b', '', 'x'.repeat(41), 'a\u001b[2J']) {
			expect(error('console', `--name=${value}`)).toEqual({key: 'cli.badName', values: {option: '--name', value}});
		}
	});
});

describe('console and follow', () => {
	it('console takes no argument', () => {
		expect(options('console', '--lang', 'en')).toMatchObject({command: 'console', lang: 'en'});
		expect(error('console', 'extra')).toEqual({key: 'cli.unexpectedArgument', values: {argument: 'extra'}});
	});

	it('follow takes an optional HOST:PORT/TOKEN', () => {
		expect(options('follow')).toMatchObject({command: 'follow', address: undefined});
		expect(options('follow', '10.0.0.2:7450/Zx8_k-2', '--lang', 'zh-Hans')).toMatchObject({address: '10.0.0.2:7450/Zx8_k-2', lang: 'zh-Hans'});
		expect(error('follow', 'a:1/t', 'b').key).toBe('cli.unexpectedArgument');
	});
});
