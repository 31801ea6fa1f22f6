// Public API of the terms capability; re-exported by src/index.ts.
export {};
