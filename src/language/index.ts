// Public API of the language capability; re-exported by src/index.ts.
export {};
