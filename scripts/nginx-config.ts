/**
 * Prints the nginx configuration that sends the headers of `dist/_headers` (the README's recipe, for the build at
 * hand, so a site built with its own `ALT_ATLAS_FRAME_ANCESTORS` gets its own). Usage: node scripts/nginx-config.ts [--dir dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeaders } from '../src/lib/headers.ts';
import { nginxRecipe } from '../src/lib/nginx-config.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
process.stdout.write(nginxRecipe(parseHeaders(readFileSync(join(values.dir, '_headers'), 'utf8'))));
