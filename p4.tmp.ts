import { pairQuoteMarks } from './src/quotes/pair-marks.js';
const t = '„'.repeat(100000);
const t0 = performance.now();
for (let k = 0; k < 20; k++) pairQuoteMarks(t, { lowNineCloses: true, rightGuillemetOpens: true });
console.log('pair', (performance.now() - t0) / 20);
