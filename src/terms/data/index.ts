import type { LanguageCode } from '../../shared/span.js';
import { deu } from './deu.js';
import { eng } from './eng.js';
import { fra } from './fra.js';
import { spa } from './spa.js';
import type { TermsLanguageData } from './types.js';

export type { TermsLanguageData } from './types.js';
export { topLevelDomains } from './common.js';

/** The languages the terms capability ships data for, by ISO 639-3 code. */
export const termsLanguages: readonly TermsLanguageData[] = [deu, eng, spa, fra];

export function termsLanguageData(code: LanguageCode): TermsLanguageData | undefined {
  for (const data of termsLanguages) if (data.code === code) return data;
  return undefined;
}
