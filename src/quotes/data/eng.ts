/**
 * English data for quote attribution and reported speech.
 *
 * @internal
 */
import type { QuoteLanguageData } from './types.js';
import { explicitVerb } from './verb-forms.js';

const CUE_VERBS = [
  'say: says said / said saying', 'tell: tells told / told telling', 'add: adds added / added adding',
  'state: states stated / stated', 'explain: explains explained / explained', 'stress: stresses stressed / stressed',
  'insist: insists insisted / insisted', 'claim: claims claimed / claimed', 'write: writes wrote / written',
  'report: reports reported / reported', 'announce: announces announced / announced', 'warn: warns warned / warned',
  'argue: argues argued / argued', 'note: notes noted / noted', 'ask: asks asked / asked', 'reply: replies replied / replied',
  'respond: responds responded / responded', 'confirm: confirms confirmed / confirmed', 'emphasise: emphasises emphasised emphasizes emphasized / emphasised emphasized',
  'declare: declares declared / declared', 'admit: admits admitted / admitted', 'tweet: tweets tweeted / tweeted',
  'comment: comments commented / commented', 'continue: continues continued / continued', 'suggest: suggests suggested / suggested',
  'quote: quotes quoted / quoted', 'point out|out: points pointed / pointed', 'call: calls called / called', 'describe: describes described / described',
];

/** English quote-attribution data. */
export const eng: QuoteLanguageData = {
  code: 'eng',
  stopwords: 'the and is are was were of to in that it for on with as by this be has have not at from'.split(' '),
  cueVerbs: CUE_VERBS.map(explicitVerb),
  auxiliaries: 'has have had is was will would'.split(' '),
  sourcePrepositions: ['according to'],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ['it reads', 'it said'],
  impersonalSourcePrepositions: ['in'],
  determiners: 'the a an his her their its this that these those'.split(' '),
  definiteArticles: ['the'],
  nameIntroducers: ['as'],
  prepositions: 'in on at to from with by for of about after before during since under over'.split(' '),
  subordinators: ['as', 'when', 'after', 'while', 'because', 'that', 'whether'],
  complementizers: ['that', 'whether'],
  personPronouns: ['he', 'she'],
  adverbEndings: ['ly'],
  possessivePronouns: ['his', 'her'],
  nonPersonWords: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december i we you they it this that there the however but and`.split(/\s+/).filter(Boolean),
  speakerNounEndings: 'president minister ministry spokesman spokeswoman spokesperson chancellor chief director official government police agency court judge secretary adviser advisor senator governor'.split(' '),
  titleNounEndings: 'party newspaper magazine film movie book novel album song show series operation programme program ship'.split(' '),
  subjunctiveForms: [],
  translationMarkers: ['meaning', 'translated'],
  clauseMarkers: ['i', 'we', 'you', 'me', 'us', 'not', 'no'],
  relayCueLemmas: ['quote'],
  impersonalSubjects: ['one'],
  passiveAuxiliaries: ['is', 'was', 'were', 'been', 'being'],
  relayPrepositions: ['by', 'in', 'on'],
  indefiniteArticles: ['a', 'an'],
  characterisingCueLemmas: ['call', 'describe'],
  reflexivePronouns: ['itself', 'himself', 'herself', 'themselves'],
  characterisingWords: ['as'],
  possessiveDeterminers: ['his', 'her'],
  nounsCapitalised: false,
  abbreviations: 'mr mrs ms dr prof st no vs etc e.g i.e u.s jr sr gen sen rep'.split(' '),
  nameParticles: ['von', 'van', 'de', 'da', 'di', 'bin', 'al', 'el', 'le', 'la'],
  coordinators: ['and'],
  hearsayModals: [],
  agentPrepositions: ['by'],
  speechNouns: ['slogan', 'slogans', 'words', 'chant', 'chants', 'chanting', 'sign', 'banner'],
  exampleWords: ['like', 'such', 'as', 'including'],
  genitiveArticles: [],
  sourceLinkWords: [],
  dativeArticles: [],
  relativePronouns: [],
  adverbsAfterVerb: [],
};
