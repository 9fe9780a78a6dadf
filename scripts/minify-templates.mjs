// No bundler minifies what is inside Lit's template literals: the CSS of every `css` sheet and the
// indentation of every `html` template reach the browser as written. This plugin (the Lit team's,
// with lightningcss for the CSS) minifies them in the library and CDN builds. The HTML's whitespace
// is collapsed conservatively (a run of spaces becomes one, never none), so no text or inline
// element moves; a template it cannot parse fails the build instead of shipping half-minified.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

export function minifyTemplates() {
  return {
    ...minifyHtmlLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    name: 'minify-templates',
  };
}
