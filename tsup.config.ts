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
