// Fails when custom-elements.json differs from what the analyzer makes of the code now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh.trim() !== committed.trim()) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
