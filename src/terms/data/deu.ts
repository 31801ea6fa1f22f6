import type { TermsLanguageData } from './types.js';

/**
 * German. The stopword list is curated to function words: unlike
 * stopwords-iso's German list it keeps news words such as "jahr", "zeit",
 * "menschen", "prozent", "regierung" or "ende".
 */
export const deu: TermsLanguageData = {
  code: 'deu',
  stopwords: [
    // articles
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    // personal and reflexive pronouns
    'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'dich', 'sich', 'uns', 'euch', 'mir', 'dir',
    'ihm', 'ihn', 'ihnen', 'man', 'jemand', 'niemand', 'etwas', 'nichts',
    // possessives
    'mein', 'meine', 'meiner', 'meines', 'meinem', 'meinen', 'dein', 'deine', 'deiner', 'deines',
    'deinem', 'deinen', 'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihre', 'ihrer',
    'ihres', 'ihrem', 'ihren', 'unser', 'unsere', 'unserer', 'unseres', 'unserem', 'unseren', 'euer',
    'eure', 'eurer', 'eures', 'eurem', 'euren',
    // demonstratives, relatives, interrogatives
    'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'dies', 'jener', 'jene', 'jenes', 'jenem', 'jenen',
    'derselbe', 'dieselbe', 'dasselbe', 'derselben', 'demselben', 'denselben', 'desselben',
    'welcher', 'welche', 'welches', 'welchem', 'welchen', 'deren', 'dessen', 'denen', 'solche',
    'solcher', 'solches', 'solchem', 'solchen', 'wer', 'wen', 'wem', 'wessen', 'was', 'wo', 'wann',
    'warum', 'wieso', 'weshalb', 'woher', 'wohin', 'womit', 'wobei', 'wodurch', 'worauf', 'worüber',
    // determiners and quantifiers
    'alle', 'aller', 'alles', 'allem', 'allen', 'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'kein',
    'keine', 'keiner', 'keines', 'keinem', 'keinen', 'manche', 'mancher', 'manches', 'manchem',
    'manchen', 'einige', 'einiger', 'einiges', 'einigen', 'mehrere', 'mehreren', 'viel', 'viele',
    'vielen', 'vieler', 'wenig', 'wenige', 'wenigen', 'beide', 'beiden', 'beider', 'andere', 'anderen',
    'anderer', 'anderes', 'anderem', 'mehr', 'weniger',
    // prepositions and contractions
    'an', 'am', 'ans', 'auf', 'aufs', 'aus', 'bei', 'beim', 'bis', 'durch', 'für', 'gegen', 'hinter',
    'in', 'im', 'ins', 'mit', 'nach', 'neben', 'ohne', 'seit', 'über', 'um', 'unter', 'vom', 'von',
    'vor', 'während', 'wegen', 'zu', 'zum', 'zur', 'zwischen', 'trotz', 'statt', 'anstatt', 'laut',
    'gemäß', 'per', 'pro', 'samt', 'außer', 'innerhalb', 'außerhalb', 'entlang', 'dank', 'binnen',
    'gegenüber', 'ab',
    // conjunctions and subjunctions
    'und', 'oder', 'aber', 'denn', 'sondern', 'doch', 'dass', 'daß', 'ob', 'weil', 'wenn', 'als',
    'wie', 'falls', 'obwohl', 'obgleich', 'damit', 'sodass', 'bevor', 'nachdem', 'sowie', 'sowohl',
    'weder', 'noch', 'entweder', 'indem', 'sobald', 'solange', 'sofern', 'wobei',
    // auxiliary verb forms
    'bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'wart', 'wäre', 'wären', 'sei',
    'seien', 'gewesen', 'haben', 'habe', 'hast', 'hat', 'habt', 'hatte', 'hatten', 'hattest', 'hätte',
    'hätten', 'gehabt', 'werden', 'werde', 'wirst', 'wird', 'werdet', 'wurde', 'wurden', 'würde',
    'würden', 'geworden', 'worden',
    // modal verb forms
    'kann', 'kannst', 'können', 'könnt', 'konnte', 'konnten', 'könnte', 'könnten', 'muss', 'musst',
    'müssen', 'müsst', 'musste', 'mussten', 'müsste', 'müssten', 'soll', 'sollst', 'sollen', 'sollt',
    'sollte', 'sollten', 'will', 'willst', 'wollen', 'wollt', 'wollte', 'wollten', 'darf', 'darfst',
    'dürfen', 'dürft', 'durfte', 'durften', 'dürfte', 'dürften', 'mag', 'magst', 'mögen', 'möchte',
    'möchten',
    // particles and pronominal adverbs
    'nicht', 'auch', 'schon', 'nur', 'sehr', 'so', 'da', 'dort', 'hier', 'dann', 'nun', 'jetzt',
    'immer', 'nie', 'wieder', 'ja', 'nein', 'eben', 'etwa', 'erst', 'mal', 'bereits', 'ebenfalls',
    'jedoch', 'zudem', 'dabei', 'dazu', 'darauf', 'darüber', 'daran', 'davon', 'dafür', 'dagegen',
    'dadurch', 'darin', 'daraus', 'danach', 'davor', 'deshalb', 'deswegen', 'daher', 'also', 'sogar',
    'ganz', 'gar', 'wohl', 'fast', 'kaum', 'oft', 'selbst', 'zwar', 'allerdings', 'hin', 'her',
    'einmal', 'sonst', 'dr.', 'prof.', 'bzw.', 'usw.', 'etc.', 'ca.', 'z.b.', 'u.a.', 'd.h.', 'v.a.', 'u.u.', 'o.ä.',
  ],
  abbreviations: [
    'z. B.', 'u. a.', 'd. h.', 'v. a.', 'u. U.', 'o. ä.', 'o. Ä.', 'z. T.', 'i. d. R.', 'u. v. m.',
    's. o.', 's. u.', 'm. E.', 'z. Zt.', 'v. Chr.', 'n. Chr.', 'u. ä.', 'bzw.', 'usw.', 'etc.', 'ca.',
    'vgl.', 'ggf.', 'evtl.', 'inkl.', 'zzgl.', 'sog.', 'bspw.', 'bzgl.', 'dgl.', 'allg.', 'Dr.',
    'Prof.', 'Hr.', 'Fr.', 'St.', 'Jh.', 'Jhd.', 'Str.', 'Tel.', 'Mio.', 'Mrd.', 'Tsd.', 'Jan.', 'Feb.',
    'Apr.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.', 'ehem.', 'gem.', 'geb.', 'gest.', 'zit.', 'Abb.',
    'Anm.', 'Hrsg.', 'Bd.', 'Ltd.', 'Inc.', 'Co.',
  ],
  numberAbbreviations: ['Nr.', 'Art.', 'Abs.', 'S.', 'Kap.', 'Bd.', 'Ziff.'],
  elisionPrefixes: [],
  cliticSuffixes: [],
  ordinals: {
    precedingWords: ['am', 'vom', 'zum', 'im', 'der', 'die', 'das', 'des', 'dem', 'den', 'seit', 'bis', 'ab', 'zur', 'ihr', 'ihre', 'sein', 'seine'],
    followingWords: [
      'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
      'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep',
      'sept', 'okt', 'nov', 'dez',
    ],
  },
  truncationFollowers: ['und', 'oder', 'bzw', 'sowie', 'bis', 'als'],
};
