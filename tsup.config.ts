import { defineConfig } from 'tsup';

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
    banner: { js: '#!/usr/bin/env node' },
  },
]);
