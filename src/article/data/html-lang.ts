/**
 * ISO 639-3 to the BCP 47 primary tags browsers expect in `lang`
 * attributes, for the languages article-lens ships data for. Codes not listed
 * are used as they are (BCP 47 accepts three-letter codes too).
 */
export const ISO_639_3_TO_BCP47: Readonly<Record<string, string>> = {
  deu: 'de',
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
};
