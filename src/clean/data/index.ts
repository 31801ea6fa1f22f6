import { deu } from './deu.js';
import { eng } from './eng.js';
import { fra } from './fra.js';
import { spa } from './spa.js';
import type { CleanLanguageData } from './types.js';

export type { CleanLanguageData, CuePhrases } from './types.js';

/** Cleaning data per ISO 639-3 code. German first: it is the fallback. */
export const cleanLanguages: readonly CleanLanguageData[] = [deu, eng, spa, fra];
