import type { TermsLanguageData } from './types.js';

/** French. Function words only; elided articles and pronouns (`l'`, `qu'`) are split off. */
export const fra: TermsLanguageData = {
  code: 'fra',
  stopwords: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'à', 'en', 'dans',
    'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'entre', 'vers', 'contre', 'depuis',
    'pendant', 'avant', 'après', 'selon', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'que',
    "qu'", 'qui', 'quoi', 'dont', 'où', 'si', 'comme', 'quand', 'lorsque', "lorsqu'", 'puisque',
    "puisqu'", "jusqu'", 'je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me',
    "m'", 'te', "t'", 'se', "s'", 'lui', 'leur', 'leurs', 'eux', 'moi', 'toi', 'soi', 'y', 'ce',
    "c'", 'cet', 'cette', 'ces', 'ceci', 'cela', 'ça', 'celui', 'celle', 'ceux', 'celles', 'mon',
    'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'être',
    'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'était', 'étaient', 'été', 'sera', 'seront',
    'serait', 'seraient', 'soit', 'avoir', 'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait',
    'avaient', 'eu', 'aura', 'auront', 'aurait', 'ne', "n'", 'pas', 'plus', 'moins', 'très', 'aussi',
    'encore', 'déjà', 'bien', 'tout', 'toute', 'tous', 'toutes', 'autre', 'autres', 'même', 'mêmes',
    'quel', 'quelle', 'quels', 'quelles', 'chaque', 'quelque', 'quelques', 'plusieurs', 'aucun',
    'aucune', 'ainsi', 'alors', 'là', 'ici', 'etc.', 'mme', 'mme.', 'cf.',
  ],
  abbreviations: ['Mme.', 'Mlle.', 'Dr.', 'Pr.', 'etc.', 'cf.', 'p. ex.', 'av.', 'apr.', 'env.', 'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.'],
  numberAbbreviations: ['n.', 'no.', 'art.', 'p.'],
  elisionPrefixes: ["l'", "d'", "qu'", "j'", "m'", "t'", "s'", "c'", "n'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"],
  cliticSuffixes: [],
  truncationFollowers: ['et', 'ou'],
};
