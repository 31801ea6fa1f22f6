import type { TermsLanguageData } from './types.js';

/** English. Function words only; possessive `'s` is split off the word. */
export const eng: TermsLanguageData = {
  code: 'eng',
  stopwords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'by',
    'to', 'from', 'with', 'without', 'into', 'onto', 'upon', 'about', 'above', 'below', 'under',
    'over', 'between', 'among', 'through', 'during', 'before', 'after', 'since', 'until', 'till',
    'against', 'toward', 'towards', 'across', 'along', 'around', 'behind', 'beyond', 'near', 'off',
    'out', 'up', 'down', 'via', 'per', 'than', 'as', 'like', 'within', 'throughout', 'despite',
    'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him',
    'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'we', 'us', 'our',
    'ours', 'ourselves', 'they', 'them', 'their', 'theirs', 'themselves', 'this', 'that', 'these',
    'those', 'who', 'whom', 'whose', 'which', 'what', 'whatever', 'whoever', 'where', 'when', 'why',
    'how', 'whether', 'if', 'because', 'although', 'though', 'while', 'unless', 'whereas',
    'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
    'does', 'did', 'doing', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
    'must', 'ought', 'not', 'no', 'only', 'also', 'too', 'very', 'just', 'even', 'still', 'already',
    'again', 'ever', 'never', 'then', 'there', 'here', 'now', 'all', 'any', 'both', 'each',
    'either', 'neither', 'every', 'few', 'many', 'more', 'most', 'much', 'other', 'others',
    'another', 'some', 'such', 'own', 'same', 'several', 'something', 'anything', 'nothing',
    'someone', 'anyone', 'everyone', 'everything', "'s", "n't", "don't", "doesn't", "didn't", "isn't",
    "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't",
    "haven't", "hasn't", "hadn't", "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd",
    "you'll", "he'd", "he'll", "she'd", "she'll", "we're", "we've", "we'd", "we'll", "they're",
    "they've", "they'd", "they'll", "let's", 'e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.',
  ],
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'vs.', 'etc.', 'Inc.', 'Ltd.', 'Co.',
    'Corp.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.', 'Jan.', 'Feb.', 'Apr.',
    'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'approx.', 'dept.', 'est.',
  ],
  numberAbbreviations: ['No.', 'Nos.', 'Art.', 'Fig.', 'p.', 'pp.', 'Vol.', 'Ch.'],
  elisionPrefixes: [],
  cliticSuffixes: ["'s"],
  truncationFollowers: ['and', 'or', 'to'],
};
