/**
 * Spanish data for quote attribution.
 *
 * @internal
 */
import type { QuoteLanguageData } from './types.js';
import { explicitVerb } from './verb-forms.js';

const CUE_VERBS = [
  'decir: dice dicen dijo dijeron decía / dicho', 'afirmar: afirma afirman afirmó afirmaron / afirmado',
  'declarar: declara declaran declaró declararon / declarado', 'explicar: explica explican explicó explicaron / explicado',
  'añadir: añade añaden añadió añadieron / añadido', 'agregar: agrega agregan agregó agregaron / agregado',
  'señalar: señala señalan señaló señalaron / señalado', 'asegurar: asegura aseguran aseguró aseguraron / asegurado',
  'subrayar: subraya subrayan subrayó subrayaron / subrayado', 'indicar: indica indican indicó indicaron / indicado',
  'manifestar: manifiesta manifiestan manifestó / manifestado', 'escribir: escribe escriben escribió / escrito',
];

/** Spanish quote-attribution data. */
export const spa: QuoteLanguageData = {
  code: 'spa',
  stopwords: 'el la los las y es de del que en un una por con para no se su al lo como más'.split(' '),
  cueVerbs: CUE_VERBS.map(explicitVerb),
  auxiliaries: 'ha han había habían es fue'.split(' '),
  sourcePrepositions: ['según'],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ['se lee'],
  impersonalSourcePrepositions: ['en'],
  determiners: 'el la los las un una su sus este esta estos estas'.split(' '),
  definiteArticles: ['el', 'la', 'los', 'las'],
  nameIntroducers: ['como'],
  prepositions: 'a al de del en por para con sin sobre entre desde hasta durante ante'.split(' '),
  subordinators: ['como', 'cuando', 'que', 'si'],
  complementizers: ['que'],
  personPronouns: ['él', 'ella'],
  adverbEndings: ['mente'],
  possessivePronouns: ['su'],
  nonPersonWords: 'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  speakerNounEndings: 'presidente presidenta ministro ministra ministerio portavoz jefe director directora gobierno policía juez secretario'.split(' '),
  titleNounEndings: 'partido periódico diario revista película libro novela álbum canción programa serie operación'.split(' '),
  subjunctiveForms: [],
  translationMarkers: ['traducido', 'significa'],
  clauseMarkers: ['yo', 'nosotros', 'tú', 'no'],
  relayCueLemmas: ['citar'],
  impersonalSubjects: ['se'],
  passiveAuxiliaries: ['es', 'fue', 'sido'],
  relayPrepositions: ['por', 'en'],
  indefiniteArticles: ['un', 'una'],
  characterisingCueLemmas: ['calificar'],
  reflexivePronouns: ['se'],
  characterisingWords: ['como'],
  possessiveDeterminers: ['su', 'sus'],
  nounsCapitalised: false,
  abbreviations: 'sr sra srta dr st etc ee.uu'.split(' '),
  nameParticles: ['de', 'del', 'la', 'las', 'los', 'y'],
  coordinators: ['y', 'e'],
  hearsayModals: ['habría', 'habrían'],
  agentPrepositions: ['por'],
  speechNouns: ['lema', 'lemas', 'consigna', 'consignas', 'palabras', 'pancarta', 'grito', 'gritos'],
  exampleWords: ['como', 'por', 'ejemplo'],
  genitiveArticles: [],
  sourceLinkWords: [],
  dativeArticles: [],
  relativePronouns: [],
  adverbsAfterVerb: [],
};
