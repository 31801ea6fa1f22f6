/**
 * German data for quote attribution and reported speech.
 *
 * @internal
 */
import type { QuoteLanguageData } from './types.js';
import { explicitVerb, germanWeakVerb } from './verb-forms.js';

const INSEPARABLE = ['be', 'er', 'ver', 'zer', 'ent', 'emp', 'ge', 'miss', 'wider', 'hinter', 'unter', 'über'];

/** Regular cue verbs; `particle|verb` for separable ones. */
const WEAK_CUE_VERBS = `sagen betonen erklären hinzu|fügen mit|teilen bekräftigen bestätigen behaupten
  an|merken erläutern ergänzen berichten melden erzählen fragen antworten entgegnen erwidern
  äußern fest|stellen klar|stellen klar|machen an|kündigen verkünden warnen mahnen fordern
  kritisieren kommentieren argumentieren appellieren resümieren präzisieren dementieren zitieren
  beklagen klagen bemängeln loben twittern meinen glauben vermuten hoffen versichern beteuern
  ein|räumen erinnern bezeichnen drohen verlauten erklären ab|lehnen unterstellen prognostizieren
  bilanzieren urteilen folgern schildern mit|teilen begründen bekunden schwärmen
  spekulieren bemerken bedauern beschwichtigen ermahnen insistieren postulieren konstatieren
  vor|werfen kontern nach|legen bekennen beharren pochen unterstreichen skandieren beurteilen würdigen
  flüstern brüllen`;

const STRONG_CUE_VERBS = [
  'sprechen: spricht sprach sprachen spreche / gesprochen',
  'schreiben: schreibt schrieb schrieben schreibe / geschrieben',
  'nennen: nennt nannte nannten nenne / genannt',
  'beschreiben: beschreibt beschrieb beschrieben beschreibe / beschrieben',
  'hinweisen|hin: weist wies wiesen weise / hingewiesen hinweist hinwies hinwiesen',
  'bekanntgeben|bekannt: gibt gab gaben gebe / bekanntgegeben bekanntgibt bekanntgab',
  'angeben|an: gibt gab gaben gebe / angegeben angibt angab angaben',
  'zugeben|zu: gibt gab gaben gebe / zugegeben zugibt zugab',
  'wiedergeben|wieder: gibt gab gaben gebe / wiedergegeben',
  'fortfahren|fort: fährt fuhr fuhren fahre / fortgefahren fortfuhr',
  'herausstreichen|heraus: streicht strich strichen / herausgestrichen',
  'bestreiten: bestreitet bestritt bestritten bestreite / bestritten',
  'verweisen: verweist verwies verwiesen verweise / verwiesen',
  'versprechen: verspricht versprach versprachen verspreche / versprochen',
  'unterstreichen: unterstreicht unterstrich unterstrichen unterstreiche / unterstrichen',
  'widersprechen: widerspricht widersprach widersprachen widerspreche / widersprochen',
  'gestehen: gesteht gestand gestanden gestehe / gestanden',
  'verraten: verrät verriet verrieten verrate / verraten',
  'wiederholen: wiederholt wiederholte wiederholten wiederhole / wiederholt',
  'rufen: ruft rief riefen rufe / gerufen',
  'aufrufen|auf: ruft rief riefen rufe / aufgerufen aufruft aufrief',
  'zurückweisen|zurück: weist wies wiesen weise / zurückgewiesen zurückweist zurückwies',
  'heißen: heißt hieß / geheißen',
  'denken: denkt dachte dachten denke / gedacht',
  'wissen: weiß wusste wussten / gewusst',
  'vorschlagen|vor: schlägt schlug schlugen schlage / vorgeschlagen vorschlägt vorschlug',
  'einwenden|ein: wendet wandte wandten wende / eingewandt eingewendet einwendet einwandte',
  'ausrufen|aus: ruft rief riefen rufe / ausgerufen ausruft ausrief',
  'beschließen: beschließt beschloss beschlossen / beschlossen',
  'schreien: schreit schrie schrien schreie / geschrien',
];

/** German quote-attribution data. */
export const deu: QuoteLanguageData = {
  code: 'deu',
  stopwords: `der die das und ist nicht sich mit auf den dem des ein eine einer für von zu im
    sie er es wird wurde auch als bei nach aus hat sind noch wie dass oder über am`.split(/\s+/).filter(Boolean),
  cueVerbs: [
    ...WEAK_CUE_VERBS.split(/\s+/).filter(Boolean).map((spec) => germanWeakVerb(spec, INSEPARABLE)),
    ...STRONG_CUE_VERBS.map(explicitVerb),
  ],
  auxiliaries: 'hat habe hatte hätte haben hatten hätten ist sei war wäre sind seien waren wird werde wurde würde werden wurden würden will wollte soll sollte kann konnte könne muss musste'.split(' '),
  sourcePrepositions: ['laut', 'nach angaben', 'nach den worten', 'nach worten', 'nach aussage', 'nach aussagen', 'nach ansicht', 'nach auffassung', 'nach einschätzung', 'nach informationen', 'nach darstellung', 'gemäß',
    'nach meinung', 'nach seiner ansicht', 'nach ihrer ansicht', 'nach seiner meinung', 'nach ihrer meinung',
    'nach eigenen angaben', 'nach auskunft', 'nach einschätzung', 'nach darstellungen', 'laut angaben'],
  sourcePostpositions: ['zufolge'],
  afterQuoteSpeakerWords: ['so'],
  impersonalCues: ['heißt es', 'hieß es', 'hatte es geheißen', 'hat es geheißen', 'steht', 'stand'],
  impersonalSourcePrepositions: ['in', 'im', 'auf', 'aus', 'bei', 'von', 'vom'],
  determiners: `der die das den dem des ein eine einer eines einem einen sein seine seiner seines seinem seinen
    ihr ihre ihrer ihres ihrem ihren dieser diese dieses diesem diesen jener jene beide beiden
    zwei drei vier mehrere einige viele alle`.split(/\s+/).filter(Boolean),
  definiteArticles: ['der', 'die', 'das', 'des', 'dem', 'den'],
  nameIntroducers: ['wie'],
  prepositions: `in im an am auf aus bei beim mit nach von vom vor zu zum zur über unter um durch für
    gegen ohne seit bis zwischen neben hinter gegenüber während wegen trotz dank laut per pro`.split(/\s+/).filter(Boolean),
  subordinators: ['wie', 'als', 'nachdem', 'während', 'weil', 'da', 'obwohl', 'wenn', 'bevor', 'dass', 'ob'],
  complementizers: ['dass', 'daß', 'ob'],
  personPronouns: ['er', 'sie', 'letztere', 'letzterer', 'erstere', 'ersterer'],
  adverbEndings: ['end', 'lich', 'weise', 'mals', 'dings', 'falls'],
  possessivePronouns: ['seiner', 'ihrer'],
  nonPersonWords: `montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april
    mai juni juli august september oktober november dezember jahr jahre jahren jahres woche wochen tag tage tagen
    tages monat monate monaten monats zeit ende anfang mitte abend morgen nacht wochenende uhr prozent euro
    dollar millionen milliarden interview interviews pressekonferenz gespräch gespräche rede sitzung treffen rande blick
    bezug hinblick anlass zusammenhang frage fragen hinsicht fall vergangenheit zukunft moment zuge verlauf
    vormittag nachmittag mittag heute gestern dabei dazu damit daher deshalb zudem außerdem jedoch aber auch
    und oder doch denn nun so dann dort hier ja nein es das dies dieses diese dieser man wir ich du ihr
    sie er jetzt später zuvor zuletzt bereits schon noch immer wieder weiter weiterhin zunächst
    dennoch trotzdem allerdings ebenso ebenfalls schließlich gleichzeitig inzwischen mittlerweile stattdessen
    vielmehr insbesondere bisher damals nun zwar sogar nur erst gerade laut nach demnach demzufolge
    darüber danach davor dagegen daraufhin darum hierzu hingegen jedenfalls letztlich möglicherweise
    offenbar offensichtlich vermutlich wahrscheinlich zugleich zusätzlich genau ähnlich anschließend
    unterdessen währenddessen indes deswegen somit folglich also trotz während wie als wenn ob dass
    bei beim seit vor unter über für gegen mit ohne von vom zum zur`.split(/\s+/).filter(Boolean),
  speakerNounEndings: `präsident präsidentin minister ministerin ministerium sprecher sprecherin kanzler kanzlerin
    chef chefin direktor direktorin leiter leiterin vorsitzende vorsitzender vorsitzenden experte experten expertin
    politiker politikerin diplomat diplomatin botschafter botschafterin sekretär sekretärin berater beraterin
    abgeordnete abgeordneter regierung polizei behörde behörden agentur amt gericht richter richterin anwalt anwältin
    staatsanwaltschaft staatsanwalt verband bürgermeister bürgermeisterin trainer trainerin kommission senator
    gouverneur könig königin papst bischof professor professorin forscher forscherin wissenschaftler analyst
    analystin zeuge zeugin vertreter vertreterin mitglied gewerkschaft konzern organisation verteidiger kommandeur
    general offizier kreml ministerien ministeriums regierungssprecher sprecherin chefs
    mitarbeiter mitarbeiterin manager managerin vorstand geschäftsführer geschäftsführerin kandidat kandidatin
    autor autorin verfasser verfasserin journalist journalistin kommentator erklärung mitteilung bericht studie zeitung
    demonstrant demonstranten demonstrantin aktivist aktivisten aktivistin kritiker kritikerin befürworter gegner
    anhänger teilnehmer teilnehmerin augenzeuge augenzeugen bewohner bewohnerin einwohner student studenten studentin
    schüler schülerin arzt ärzte ärztin polizist polizisten polizistin soldat soldaten sprecherinnen`.split(/\s+/).filter(Boolean),
  titleNounEndings: `partei zeitung blatt magazin sender sendung film filme serie buch buches roman album lied song titel
    name namen schiff fähre operation aktion programm projekt kampagne initiative bewegung gruppe organisation verein
    band firma marke modell modelle plattform website portal show spiel stück oper festival motto bündnis fraktion
    stiftung vertrag abkommen rakete mission kanal netzwerk konferenz wettbewerb preis auszeichnung club klub
    zeitschrift fernsehsendung talkshow reihe kolumne dokumentation studie bericht tageszeitung wochenzeitung
    nachrichtenmagazin nachrichtenagentur agentur sonde satellit hurrikan sturm orkan tief hoch software werk cd`.split(/\s+/).filter(Boolean),
  subjunctiveForms: `sei seien seiest habe könne müsse solle wolle dürfe möge werde wisse gebe gehe stehe liege
    komme bleibe brauche fehle bestehe handle lasse sehe halte finde trage arbeite plane biete zeige laufe
    befinde mache heiße entspreche gelte hänge beginne wachse sinke steige erwarte verfüge betrage beziehe
    erhalte treffe nehme bringe führe setze lege stelle erreiche verhandle prüfe bedeute denke glaube hätten
    wären würden sehe gelinge drohe diene falle folge fahre gewinne kenne lebe leide rechne reiche schade
    spreche stimme suche tue verliere warte wünsche zahle lohne ermögliche verstoße widerspreche
    weise unterstütze handele gehöre verfolge fordere lehne betreffe sorge benötige verhindere schaffe
    ändere entstehe herrsche existiere fühle hoffe lege liefere nutze rate sichere verdiene versuche zähle
    hätte wäre würde`.split(/\s+/).filter(Boolean),
  translationMarkers: ['etwa', 'übersetzt', 'deutsch', 'englisch', 'sinngemäß', 'bedeutet', 'heißt', 'für'],
  clauseMarkers: ['ich', 'wir', 'du', 'ihr', 'mich', 'mir', 'uns', 'euch', 'dich', 'nicht', 'kein', 'keine', 'keinen'],
  relayCueLemmas: ['zitieren'],
  impersonalSubjects: ['man'],
  passiveAuxiliaries: ['wird', 'wurde', 'werden', 'wurden', 'worden'],
  relayPrepositions: ['von', 'vom', 'in', 'im', 'auf', 'bei', 'gegenüber'],
  indefiniteArticles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  characterisingCueLemmas: ['nennen', 'bezeichnen'],
  reflexivePronouns: ['sich'],
  characterisingWords: ['als'],
  possessiveDeterminers: ['sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren'],
  nounsCapitalised: true,
  abbreviations: `z.b z.t u.a d.h dr prof st nr bzw ca vgl mio mrd jh str usw etc evtl ggf inkl sog min max
    tel abs art bd hr fr jun sen mr mrs ms u.s v.a o.ä i.d.r a.d gen`.split(/\s+/).filter(Boolean),
  nameParticles: ['von', 'van', 'de', 'da', 'di', 'bin', 'ibn', 'al', 'el', 'zu', 'le', 'la', 'ter', 'ten', 'del', 'dos'],
  coordinators: ['und', 'sowie'],
  hearsayModals: ['soll', 'sollen'],
  agentPrepositions: ['von', 'vom'],
  speechNouns: ['parole', 'parolen', 'aufschrift', 'slogan', 'slogans', 'spruch', 'sprüche', 'losung', 'worten', 'zwischenruf', 'ausruf', 'rufen'],
  exampleWords: ['wie', 'zum', 'beispiel', 'etwa', 'z.b', 'unter', 'anderem'],
  genitiveArticles: ['des', 'der'],
  sourceLinkWords: ['von'],
  dativeArticles: ['dem', 'einem', 'den'],
  relativePronouns: ['der', 'die', 'das'],
  adverbsAfterVerb: `sich auch zudem jedoch dabei dazu nun noch bereits außerdem daraufhin ebenfalls damals später zuvor gestern heute weiter abschließend also aber dann schon wiederum allerdings indes hingegen demnach zufolge es etwa zuletzt erneut ferner`.split(' '),
};
