/**
 * Registry of per-language quote data.
 *
 * @internal
 */
import type { QuoteLanguageData } from './types.js';
import { deu } from './deu.js';
import { eng } from './eng.js';
import { fra } from './fra.js';
import { spa } from './spa.js';

/** Languages the quote finder ships data for. */
export const QUOTE_LANGUAGES: Readonly<Record<string, QuoteLanguageData>> = { deu, eng, fra, spa };

export type { QuoteLanguageData, CueVerb } from './types.js';
