import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({
  stdin: { contents: "export { configure } from './src/index.ts'; export { RestAdapter } from './src/adapters/rest/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, ignoreAnnotations: true, logLevel: 'error',
  plugins: [{ name: 'lazy', setup(b) { b.onResolve({ filter: /.*/ }, (a) => a.kind === 'dynamic-import' ? { external: true } : undefined); } }],
});
const out = r.outputFiles[0].contents;
console.log('min', (out.length/1024).toFixed(1), 'gz', (gzipSync(out,{level:9}).length/1024).toFixed(1));
const outs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(outs).map(([k,v]) => [k, v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
const groups = {};
for (const [k,v] of rows) { const g = k.replace(/^(src\/[^/]+(\/[^/]+)?).*/, '$1').replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1'); groups[g]=(groups[g]||0)+v; }
for (const [k,v] of Object.entries(groups).sort((a,b)=>b[1]-a[1])) console.log((v/1024).toFixed(1).padStart(6), k);
console.log('---');
for (const [k,v] of rows.slice(0,80)) console.log((v/1024).toFixed(1).padStart(6), k);
