// Fails when custom-elements.json differs from what the analyzer makes of the code now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so keep it inside the project.
const outdir = join('node_modules', '.cache', 'cem-check');
rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh.trim() !== committed.trim()) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
