/**
 * The shape of the per-language data the quote finder reads. Adding a
 * language means writing one object of this shape (see deu.ts, eng.ts).
 *
 * @internal
 */

/** One cue verb with its forms. */
export interface CueVerb {
  /** Dictionary form, e.g. `'hinzufügen'`. */
  lemma: string;
  /** Separable particle (`'hinzu'` for "fügte … hinzu"), or `''`. */
  particle: string;
  /** Finite forms written without the particle ("fügte", "sagt"). */
  finite: readonly string[];
  /** Non-finite forms that need an auxiliary ("gesagt", "hinzugefügt"), and verb-final joined forms. */
  participles: readonly string[];
}

/** Everything the quote finder knows about one language. */
export interface QuoteLanguageData {
  /** ISO 639-3 code. */
  code: string;
  /** Frequent function words, to detect the language of a document. */
  stopwords: readonly string[];
  /** Cue verbs of speech and writing. */
  cueVerbs: readonly CueVerb[];
  /** Auxiliaries that carry a participle cue ("hat gesagt"). */
  auxiliaries: readonly string[];
  /** Prepositions placed before a source: "laut X", "according to X". Multi-word entries allowed. */
  sourcePrepositions: readonly string[];
  /** Postpositions after a source: "X zufolge". */
  sourcePostpositions: readonly string[];
  /** Words that after a quote and a comma introduce the speaker: ", so X". */
  afterQuoteSpeakerWords: readonly string[];
  /** Impersonal cue phrases followed by a source in a preposition: "heißt es in X". */
  impersonalCues: readonly string[];
  /** Prepositions that introduce the source after an impersonal cue ("in", "im"). */
  impersonalSourcePrepositions: readonly string[];
  /** Determiners and articles that may open a noun phrase. */
  determiners: readonly string[];
  /** Definite articles: a capitalised quoted phrase right after one fills a noun slot, so it is a name or title. */
  definiteArticles: readonly string[];
  /** Words after which a quoted capitalised phrase is a name ("wie „heise online“ berichtet"). */
  nameIntroducers: readonly string[];
  /** Prepositions (a noun phrase after one is not a subject). */
  prepositions: readonly string[];
  /** Conjunctions opening a verb-final clause whose subject follows them ("wie X sagte"). */
  subordinators: readonly string[];
  /** Complementisers introducing reported speech ("dass", "ob"). */
  complementizers: readonly string[];
  /** Personal pronouns that may refer to a speaker, lower-cased. */
  personPronouns: readonly string[];
  /** Endings of capitalised sentence-initial adverbs that are not names ("Relativierend", "Ursprünglich"). */
  adverbEndings: readonly string[];
  /** Possessive pronouns that point back to a speaker in source phrases ("nach seiner Ansicht"). */
  possessivePronouns: readonly string[];
  /** Capitalised words that are never speakers (months, weekdays, time nouns). */
  nonPersonWords: readonly string[];
  /** Endings of nouns for people and institutions that speak (Minister, Sprecher, Ministerium). */
  speakerNounEndings: readonly string[];
  /** Nouns after which a quoted name is a title ("Partei „Einiges Russland“"). */
  titleNounEndings: readonly string[];
  /** Verb forms that mark reported speech (German Konjunktiv I). */
  subjunctiveForms: readonly string[];
  /** Words that, before a colon or in parentheses, introduce a translation or gloss rather than speech ("(etwa: „…“)"). */
  translationMarkers: readonly string[];
  /** Words that make quoted words a clause rather than a name: first/second-person pronouns, negation ("ich", "wir", "nicht"). */
  clauseMarkers: readonly string[];
  /** Lemmas of cue verbs that relay what someone said through a medium ("X zitiert Y", "wird in X zitiert"): such quotes are nested in the medium's report. */
  relayCueLemmas: readonly string[];
  /** Words that name the quoter in a relayed quote when they are the subject ("man" in "zitierte man X"): then the quote is not relayed by a medium. */
  impersonalSubjects: readonly string[];
  /** Indefinite articles ("einen" in "nannte es einen „Wortbruch“"). */
  indefiniteArticles: readonly string[];
  /** Lemmas of cue verbs that characterise something in someone's words ("nannte es einen „Wortbruch“"): a quoted noun after an indefinite article is then speech. */
  characterisingCueLemmas: readonly string[];
  /** Reflexive pronouns ("sich" in "die sich „X“ nennt": a self-chosen name). */
  reflexivePronouns: readonly string[];
  /** Words that introduce a characterisation ("bezeichnete es als „…“"). */
  characterisingWords: readonly string[];
  /** Possessive determiners of the third person ("seine Zuversicht"): a noun phrase opening with one points back to a person. */
  possessiveDeterminers: readonly string[];
  /** Passive auxiliaries ("wird … zitiert"). */
  passiveAuxiliaries: readonly string[];
  /** Prepositions that name the medium of a passive relay ("wird von X zitiert", "wird in X zitiert"). */
  relayPrepositions: readonly string[];
  /** Whether common nouns are capitalised (German), so capitalisation does not mark names. */
  nounsCapitalised: boolean;
  /** Abbreviations that end with a period but do not end a sentence, lower-cased, without the period. */
  abbreviations: readonly string[];
  /** Lower-case name particles that may sit inside a person name ("von", "de"). */
  nameParticles: readonly string[];
  /** Nouns for spoken or written words: a quote right after one is speech ("die Parole „…“", "mit den Worten „…“"). */
  speechNouns: readonly string[];
  /** Words that introduce examples between such a noun and its quotes ("Parolen wie zum Beispiel „…“"). */
  exampleWords: readonly string[];
  /** Prepositions naming the agent of a passive ("wird von X als „…“ bezeichnet"). */
  agentPrepositions: readonly string[];
  /** Modal verbs of hearsay ("soll … gesagt haben"): a quote so introduced is relayed, nested in someone's report. */
  hearsayModals: readonly string[];
  /** Conjunctions joining two verbs of one subject ("biss … und rief"). */
  coordinators: readonly string[];
  /**
   * Articles that open a genitive attribute or a partitive ("der Sprecher des
   * Kremls", "einer der Feuerwehrmänner"); also skipped between a source
   * preposition and its source, with {@link sourceLinkWords}.
   */
  genitiveArticles: readonly string[];
  /** Words between a source preposition and the source itself ("nach Angaben von X"), besides the genitive articles. */
  sourceLinkWords: readonly string[];
  /** Articles of a dative object that may stand between a cue verb and its subject ("sagte dem Sender der Minister"). */
  dativeArticles: readonly string[];
  /** Relative pronouns: a cue verb, a comma and one of these ("…, sagte, der …") is not a reported clause. */
  relativePronouns: readonly string[];
  /** Adverbs and particles that may stand between a cue verb and its subject ("sagte auch der Minister"), in any case. */
  adverbsAfterVerb: readonly string[];
}
