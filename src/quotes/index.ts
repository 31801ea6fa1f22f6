// Public API of the quotes capability; re-exported by src/index.ts.
export {};
