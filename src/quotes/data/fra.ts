/**
 * French data for quote attribution.
 *
 * @internal
 */
import type { QuoteLanguageData } from './types.js';
import { explicitVerb } from './verb-forms.js';

const CUE_VERBS = [
  'dire: dit disent disait déclare / dit', 'déclarer: déclare déclarent déclarait / déclaré',
  'affirmer: affirme affirment affirmait / affirmé', 'expliquer: explique expliquent expliquait / expliqué',
  'ajouter: ajoute ajoutent ajoutait / ajouté', 'souligner: souligne soulignent soulignait / souligné',
  'estimer: estime estiment estimait / estimé', 'annoncer: annonce annoncent annonçait / annoncé',
  'indiquer: indique indiquent indiquait / indiqué', 'préciser: précise précisent précisait / précisé',
  'assurer: assure assurent assurait / assuré', 'écrire: écrit écrivent écrivait / écrit',
  'confier: confie confient confiait / confié', 'lancer: lance lancent lançait / lancé',
];

/** French quote-attribution data. */
export const fra: QuoteLanguageData = {
  code: 'fra',
  stopwords: 'le la les et est des du un une que qui dans pour pas sur au avec il elle ce se par plus'.split(' '),
  cueVerbs: CUE_VERBS.map(explicitVerb),
  auxiliaries: 'a ont avait avaient est sont était'.split(' '),
  sourcePrepositions: ['selon', "d'après"],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ['peut-on lire'],
  impersonalSourcePrepositions: ['dans'],
  determiners: 'le la les un une son sa ses leur leurs ce cette ces'.split(' '),
  definiteArticles: ['le', 'la', 'les', "l'"],
  nameIntroducers: ['comme'],
  prepositions: 'à au aux de du des dans en sur sous pour par avec sans chez vers pendant depuis'.split(' '),
  subordinators: ['comme', 'quand', 'lorsque', 'que', 'si'],
  complementizers: ['que', "qu'"],
  personPronouns: ['il', 'elle'],
  adverbEndings: ['ment'],
  possessivePronouns: ['son', 'sa'],
  nonPersonWords: 'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  speakerNounEndings: 'président ministre ministère porte-parole chef directeur gouvernement police juge secrétaire conseiller'.split(' '),
  titleNounEndings: 'parti journal magazine film livre roman album chanson émission série opération programme'.split(' '),
  subjunctiveForms: [],
  translationMarkers: ['traduit', 'signifiant'],
  clauseMarkers: ['je', 'nous', 'vous', 'tu', 'ne', 'pas'],
  relayCueLemmas: ['citer'],
  impersonalSubjects: ['on'],
  passiveAuxiliaries: ['est', 'été', 'sont'],
  relayPrepositions: ['par', 'dans'],
  indefiniteArticles: ['un', 'une'],
  characterisingCueLemmas: ['qualifier'],
  reflexivePronouns: ['se'],
  characterisingWords: ['comme'],
  possessiveDeterminers: ['son', 'sa', 'ses'],
  nounsCapitalised: false,
  abbreviations: 'm mme mlle dr st etc'.split(' '),
  nameParticles: ['de', 'du', 'des', 'le', 'la', 'von', 'van'],
  coordinators: ['et'],
  hearsayModals: ['aurait', 'auraient'],
  agentPrepositions: ['par'],
  speechNouns: ['slogan', 'slogans', 'mots', 'inscription', 'cri', 'cris'],
  exampleWords: ['comme', 'tels', 'que', 'notamment'],
  genitiveArticles: ['des'],
  sourceLinkWords: [],
  dativeArticles: [],
  relativePronouns: [],
  adverbsAfterVerb: [],
};
