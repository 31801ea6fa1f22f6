import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The CLI imports the library as `../index.js` (src/index.ts while
 * developing). In the build it must use the package's own `dist/index.js`
 * instead of bundling a second copy of the library (and its language data)
 * into `dist/cli.js`.
 */
const cliUsesBuiltLibrary: Plugin = {
  name: 'cli-uses-built-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    );
  },
};

/**
 * natural's German stemmer requires all of stopwords-iso (a 200 KB JSON of 50
 * languages) only for its `tokenizeAndStem` helper, which article-lens never
 * calls. Give it an empty list instead so the bundle stays small.
 */
const naturalStemmerWithoutStopwordsIso: Plugin = {
  name: 'natural-stemmer-without-stopwords-iso',
  setup(build) {
    build.onResolve({ filter: /^stopwords-iso$/ }, (args) =>
      /[\\/]natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]/.test(args.importer)
        ? { path: 'stopwords-iso', namespace: 'empty-stopwords' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-stopwords' }, () => ({
      contents: 'module.exports = { de: [] };',
      loader: 'js',
    }));
  },
};

// Everything the library needs at run time (franc's data, natural's stemmers)
// is bundled into dist/, so installing article-lens pulls in no dependencies.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    noExternal: [/.*/],
    treeshake: true,
    esbuildPlugins: [naturalStemmerWithoutStopwordsIso],
    minify: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    esbuildPlugins: [cliUsesBuiltLibrary],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
