import { findQuotes } from './src/index.js';
const t = '„'.repeat(100000);
for (let k = 0; k < 20; k++) findQuotes(t);
