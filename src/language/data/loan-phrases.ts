/**
 * Phrases that news in any of the modelled languages uses as its own words
 * although they come from another language (Latin tags, established French
 * and English loans). Inside a document they carry no language evidence, so
 * "de facto" in German text is not a fragment. Hand-written for article-lens
 * (MIT); lower case, words separated by single spaces.
 * @internal
 */
export const LOAN_PHRASES: readonly string[] = [
  // Latin
  'de facto', 'de jure', 'ad hoc', 'per se', 'status quo', 'vice versa', 'a priori', 'a posteriori',
  'in situ', 'et al', 'et cetera', 'bona fide', 'persona non grata', 'sui generis', 'in vitro', 'in vivo',
  'ad absurdum', 'pro forma', 'modus operandi', 'quid pro quo', 'alter ego', 'mea culpa', 'post mortem',
  'ad infinitum', 'in memoriam', 'in flagranti', 'honoris causa', 'summa cum laude', 'magna cum laude',
  'cum laude', 'ex officio', 'in absentia', 'ultima ratio', 'terra incognita', 'conditio sine qua non',
  'sine qua non', 'habeas corpus', 'casus belli', 'pars pro toto', 'ad acta', 'in extremis', 'ex post',
  'ex ante', 'pro rata', 'per capita', 'prima facie', 'carpe diem', 'status quo ante', 'urbi et orbi',
  'curriculum vitae', 'corpus delicti', 'in dubio pro reo', 'nota bene', 'de novo', 'ad interim',
  'circa', 'in toto', 'in spe', 'pro domo', 'ad personam', 'per pedes', 'per definitionem', 'sub rosa', 'in corpore',
  // French
  'carte blanche', 'fait accompli', 'laissez faire', 'tête à tête', 'déjà vu', 'à la carte', 'par excellence',
  'coup d état', 'raison d être', 'en passant', 'en bloc', 'en vogue', 'en détail', 'vis à vis', 'haute couture',
  'savoir vivre', 'joie de vivre', 'enfant terrible', 'grande nation', 'cordon sanitaire', 'force majeure',
  'mise en scène', 'belle époque', 'femme fatale', 'nom de guerre', 'tour de force', 'avant garde',
  // English loans in German/Spanish/… news
  'fake news', 'social media', 'public viewing', 'home office', 'fair play', 'big data', 'joint venture',
  'know how', 'high tech', 'start up', 'hate speech', 'open source', 'breaking news', 'live ticker',
  'black friday', 'cyber monday', 'prime time', 'talk show', 'happy end', 'comeback', 'last minute',
  'online shop', 'shopping mall', 'call center', 'work life balance', 'smart home', 'e mail', 'on demand',
  'all inclusive', 'no go', 'must have', 'lockdown', 'check in', 'by the way', 'just in time', 'made in germany',
  'first lady', 'world wide web', 'game changer', 'peer review', 'think tank', 'new economy', 'old economy',
  'public relations', 'human resources', 'corporate identity', 'due diligence', 'private equity', 'hedge fonds',
  'hedge fund', 'venture capital', 'shitstorm', 'homeschooling', 'social distancing', 'lame duck',
  'green deal', 'new deal', 'soft power', 'hard power', 'regime change', 'fact checking', 'deep state',
  // Italian / Spanish loans
  'per saldo', 'a conto', 'in petto', 'dolce vita', 'a cappella', 'al dente', 'grand prix', 'la ola', 'fiesta mexicana', 'hasta la vista', 'bel canto',
];
