import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

// bideck remembers where each deck was left in $XDG_CONFIG_HOME/bideck. Tests, and every
// process they spawn, use a fresh folder of their own instead of the user's.
const config = fs.mkdtempSync(path.join(os.tmpdir(), 'bideck-config-'));
process.env['XDG_CONFIG_HOME'] = config;
afterAll(() => fs.rmSync(config, {recursive: true, force: true}));
