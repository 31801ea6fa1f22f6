// Public API of the clean capability; re-exported by src/index.ts.
export {};
