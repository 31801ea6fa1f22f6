// src/quotes/data/marks.ts
var QUOTE_MARKS = [
  { mark: "\u201E", family: "double", behaviour: "open", apostrophe: false },
  // „
  { mark: "\u201C", family: "double", behaviour: "close-or-open", apostrophe: false },
  // “
  { mark: "\u201D", family: "double", behaviour: "close", apostrophe: false },
  // ”
  { mark: "\u201F", family: "double", behaviour: "open", apostrophe: false },
  // ‟
  { mark: '"', family: "double", behaviour: "straight", apostrophe: false },
  { mark: "\uFF02", family: "double", behaviour: "straight", apostrophe: false },
  // ＂
  { mark: "\u201A", family: "single", behaviour: "open", apostrophe: false },
  // ‚
  { mark: "\u2018", family: "single", behaviour: "close-or-open", apostrophe: false },
  // ‘
  { mark: "\u2019", family: "single", behaviour: "close", apostrophe: true },
  // ’
  { mark: "'", family: "single", behaviour: "straight", apostrophe: true },
  { mark: "\xAB", family: "guillemet", behaviour: "guillemet-left", apostrophe: false },
  // «
  { mark: "\xBB", family: "guillemet", behaviour: "guillemet-right", apostrophe: false },
  // »
  { mark: "\u2039", family: "single-guillemet", behaviour: "guillemet-left", apostrophe: false },
  // ‹
  { mark: "\u203A", family: "single-guillemet", behaviour: "guillemet-right", apostrophe: false }
  // ›
];
var QUOTE_MARK_BY_CODE = new Map(
  QUOTE_MARKS.map((entry) => [entry.mark.charCodeAt(0), entry])
);
var OPENING_PUNCTUATION = "([{<\u2013\u2014-/:";
var CLOSING_PUNCTUATION = ".,;:!?)]}>\u2013\u2014-/\u2026";
var SENTENCE_END = ".!?\u2026";

// src/quotes/pair-marks.ts
var isSpaceCode = (code) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 8239 || code === 8201 || code === 12;
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
var MARK_SCAN = /["'\u00AB\u00BB\u2018\u2019\u201A\u201C\u201D\u201E\u201F\u2039\u203A\uFF02\n]/g;
function isWordCode(code) {
  if (code < 192) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 170 || code === 181 || code === 186;
  if (code < 8192) return code !== 215 && code !== 247;
  if (code < 8304) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}
var isWordChar = (char) => char !== "" && isWordCode(char.charCodeAt(0));
var OPENING_CODES = new Set(Array.from(OPENING_PUNCTUATION, (char) => char.charCodeAt(0)));
var CLOSING_CODES = new Set(Array.from(CLOSING_PUNCTUATION, (char) => char.charCodeAt(0)));
function opensHere(text, index) {
  const next = text.charCodeAt(index + 1);
  if (Number.isNaN(next) || isSpaceCode(next)) return false;
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  return isSpaceCode(prev) || OPENING_CODES.has(prev) || QUOTE_MARK_BY_CODE.has(prev);
}
function closesHere(text, index) {
  if (index === 0) return false;
  const prev = text.charCodeAt(index - 1);
  if (isSpaceCode(prev)) return false;
  const next = text.charCodeAt(index + 1);
  return Number.isNaN(next) || isSpaceCode(next) || CLOSING_CODES.has(next) || QUOTE_MARK_BY_CODE.has(next);
}
function isApostrophe(text, index) {
  const prev = text[index - 1] ?? "";
  const next = text[index + 1] ?? "";
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (isWordChar(next) && !isWordChar(text[index + 2] ?? "")) return true;
  if (isWordChar(next) && isWordChar(text[index + 2] ?? "") && !isWordChar(text[index + 3] ?? "") && /^(?:ne|em|nen|ne)$/i.test(text.slice(index + 1, index + 3))) return true;
  return false;
}
function voteMarkStyle(text) {
  let lowNine = 0;
  let curlyOpening = 0;
  let rightOpening = 0;
  let leftOpening = 0;
  const pattern = /[„‚“»«]/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const char = match[0];
    const index = match.index;
    if (char === "\u201E" || char === "\u201A") lowNine++;
    else if (char === "\u201C") {
      if (opensHere(text, index) && !closesHere(text, index)) curlyOpening++;
    } else if (char === "\xBB") {
      if (opensHere(text, index)) rightOpening++;
    } else if (opensHere(text, index)) leftOpening++;
  }
  return { lowNineCloses: lowNine > 0 && lowNine * 2 >= curlyOpening, rightGuillemetOpens: rightOpening > leftOpening };
}
var MAX_DEPTH = 12;
function directionOf(entry, text, index, hasOpen, style) {
  if (entry.behaviour === "open") return "open";
  const opens = opensHere(text, index);
  const closes = closesHere(text, index);
  switch (entry.behaviour) {
    case "close-or-open":
      if (hasOpen && (style.lowNineCloses || closes || !opens)) return "close";
      if (entry.family === "single" && isApostrophe(text, index)) return "none";
      if (opens) return "open";
      return "none";
    case "close":
      if (entry.apostrophe && isApostrophe(text, index)) return "none";
      if (hasOpen && (closes || !opens)) return "close";
      if (!hasOpen && opens && !closes && !entry.apostrophe) return "open";
      return "none";
    case "straight":
      if (entry.apostrophe) {
        if (isApostrophe(text, index)) return "none";
        if (hasOpen && closes) return "close";
        if (opens && !isWordChar(text[index - 1] ?? "")) return "open";
        return "none";
      }
      if (hasOpen && closes) return "close";
      if (opens) return "open";
      if (hasOpen) return "close";
      return "none";
    case "guillemet-left": {
      const leftOpens = !style.rightGuillemetOpens;
      if (leftOpens) return opens || !hasOpen ? "open" : "close";
      return hasOpen ? "close" : "none";
    }
    case "guillemet-right": {
      if (style.rightGuillemetOpens) return opens || !hasOpen ? "open" : "close";
      return hasOpen ? "close" : "none";
    }
  }
}
function hasLetter(text, start, end) {
  for (let i = start; i < end; i++) {
    if (isWordCode(text.charCodeAt(i))) return true;
  }
  return false;
}
function pairQuoteMarks(text, style) {
  const top = [];
  const stack = [];
  const openCount = { double: 0, single: 0, guillemet: 0, "single-guillemet": 0 };
  const childrenOfTop = () => {
    if (stack.length === 0) return top;
    const parent = stack[stack.length - 1];
    if (parent.children === null) parent.children = [];
    return parent.children;
  };
  const trimContent = (start, end) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    return [s, e];
  };
  const discard = (entry) => {
    openCount[entry.family]--;
    if (entry.children === null) return;
    const target = childrenOfTop();
    for (const child of entry.children) target.push(child);
  };
  const accept = (entry, closeIndex, closeMark) => {
    const unclosed = closeMark === "";
    const [contentStart, contentEnd] = trimContent(entry.index + 1, closeIndex);
    openCount[entry.family]--;
    const minimum = entry.family === "single" || entry.family === "single-guillemet" ? 3 : 1;
    if (contentEnd - contentStart < minimum || !hasLetter(text, contentStart, contentEnd)) {
      if (entry.children === null) return;
      const target = childrenOfTop();
      for (const child of entry.children) target.push(child);
      return;
    }
    childrenOfTop().push({
      start: entry.index,
      end: unclosed ? contentEnd : closeIndex + 1,
      contentStart,
      contentEnd,
      open: entry.entry.mark,
      close: closeMark,
      unclosed,
      family: entry.family,
      children: entry.children ?? []
    });
  };
  const closeParagraph = (paragraphEnd) => {
    const kept = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    for (const entry of stack) {
      if (entry.family === "single" || entry.family === "single-guillemet" || seen.has(entry.family)) continue;
      seen.add(entry.family);
      kept.add(entry);
    }
    while (stack.length > 0) {
      const entry = stack.pop();
      if (kept.has(entry)) accept(entry, paragraphEnd, "");
      else discard(entry);
    }
  };
  const length = text.length;
  const scan = new RegExp(MARK_SCAN.source, "g");
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (stack.length > 0) closeParagraph(i);
      continue;
    }
    const entry = QUOTE_MARK_BY_CODE.get(code);
    if (entry === void 0) continue;
    const hasOpen = openCount[entry.family] > 0;
    const direction = directionOf(entry, text, i, hasOpen, style);
    if (direction === "open" && stack.length < MAX_DEPTH) {
      stack.push({ index: i, entry, family: entry.family, children: null });
      openCount[entry.family]++;
    } else if (direction === "close" && hasOpen) {
      let popped = stack.pop();
      while (popped.family !== entry.family) {
        discard(popped);
        popped = stack.pop();
      }
      accept(popped, i, entry.mark);
    }
  }
  if (stack.length > 0) closeParagraph(length);
  return top;
}

// src/shared/language-codes.ts
var ISO_639_1_TO_3 = {
  de: "deu",
  en: "eng",
  es: "spa",
  fr: "fra",
  it: "ita",
  pt: "por",
  nl: "nld"
};
function toLanguageCode(language) {
  const lower = language.trim().toLowerCase();
  const primary = lower.split(/[-_]/, 1)[0] ?? lower;
  return ISO_639_1_TO_3[primary] ?? primary;
}

// src/shared/assert.ts
function assertString(value, name, fn) {
  if (typeof value !== "string") {
    const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    throw new TypeError(`${fn}: argument \`${name}\` must be a string, got ${got}`);
  }
}

// src/quotes/data/verb-forms.ts
var words = (list) => list.split(/\s+/).filter((word) => word !== "");
function explicitVerb(spec) {
  const [head = "", forms = ""] = spec.split(":");
  const [lemma = "", particle = ""] = head.trim().split("|");
  const [finite = "", nonFinite = ""] = forms.split("/");
  return { lemma, particle, finite: words(finite), participles: words(nonFinite) };
}
function germanWeakVerb(spec, inseparablePrefixes) {
  const parts = spec.split("|");
  const particle = parts.length > 1 ? parts[0] ?? "" : "";
  const verb = parts.length > 1 ? parts[1] ?? "" : parts[0] ?? "";
  const stem = /[lr]n$/.test(verb) && /e[lr]n$/.test(verb) ? verb.slice(0, -1) : verb.slice(0, -2);
  const needsE = /(?:[td]|[^aeiouäöülr][mn])$/.test(stem) && !/e[lr]$/.test(stem);
  const t2 = needsE ? "et" : "t";
  const te = needsE ? "ete" : "te";
  const noGe = /ieren$/.test(verb) || inseparablePrefixes.some((prefix) => verb.startsWith(prefix));
  const participle = (noGe ? "" : "ge") + stem + t2;
  const finite = [stem + t2, stem + te, stem + te + "n", stem + "e", verb];
  const nonFinite = particle === "" ? [participle] : [particle + participle];
  if (particle !== "") {
    nonFinite.push(particle + stem + t2, particle + stem + te, particle + stem + te + "n", particle + verb, particle + "zu" + verb);
  }
  return { lemma: particle + verb, particle, finite, participles: nonFinite };
}

// src/quotes/data/deu.ts
var INSEPARABLE = ["be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "wider", "hinter", "unter", "\xFCber"];
var WEAK_CUE_VERBS = `sagen betonen erkl\xE4ren hinzu|f\xFCgen mit|teilen bekr\xE4ftigen best\xE4tigen behaupten
  an|merken erl\xE4utern erg\xE4nzen berichten melden erz\xE4hlen fragen antworten entgegnen erwidern
  \xE4u\xDFern fest|stellen klar|stellen klar|machen an|k\xFCndigen verk\xFCnden warnen mahnen fordern
  kritisieren kommentieren argumentieren appellieren res\xFCmieren pr\xE4zisieren dementieren zitieren
  beklagen klagen bem\xE4ngeln loben twittern meinen glauben vermuten hoffen versichern beteuern
  ein|r\xE4umen erinnern bezeichnen drohen verlauten erkl\xE4ren ab|lehnen unterstellen prognostizieren
  bilanzieren urteilen folgern schildern mit|teilen begr\xFCnden bekunden schw\xE4rmen
  spekulieren bemerken bedauern beschwichtigen ermahnen insistieren postulieren konstatieren
  vor|werfen kontern nach|legen bekennen beharren pochen unterstreichen`;
var STRONG_CUE_VERBS = [
  "sprechen: spricht sprach sprachen spreche / gesprochen",
  "schreiben: schreibt schrieb schrieben schreibe / geschrieben",
  "nennen: nennt nannte nannten nenne / genannt",
  "beschreiben: beschreibt beschrieb beschrieben beschreibe / beschrieben",
  "hinweisen|hin: weist wies wiesen weise / hingewiesen hinweist hinwies hinwiesen",
  "bekanntgeben|bekannt: gibt gab gaben gebe / bekanntgegeben bekanntgibt bekanntgab",
  "angeben|an: gibt gab gaben gebe / angegeben angibt angab angaben",
  "zugeben|zu: gibt gab gaben gebe / zugegeben zugibt zugab",
  "wiedergeben|wieder: gibt gab gaben gebe / wiedergegeben",
  "fortfahren|fort: f\xE4hrt fuhr fuhren fahre / fortgefahren fortfuhr",
  "herausstreichen|heraus: streicht strich strichen / herausgestrichen",
  "bestreiten: bestreitet bestritt bestritten bestreite / bestritten",
  "verweisen: verweist verwies verwiesen verweise / verwiesen",
  "versprechen: verspricht versprach versprachen verspreche / versprochen",
  "unterstreichen: unterstreicht unterstrich unterstrichen unterstreiche / unterstrichen",
  "widersprechen: widerspricht widersprach widersprachen widerspreche / widersprochen",
  "gestehen: gesteht gestand gestanden gestehe / gestanden",
  "verraten: verr\xE4t verriet verrieten verrate / verraten",
  "wiederholen: wiederholt wiederholte wiederholten wiederhole / wiederholt",
  "rufen: ruft rief riefen rufe / gerufen",
  "aufrufen|auf: ruft rief riefen rufe / aufgerufen aufruft aufrief",
  "zur\xFCckweisen|zur\xFCck: weist wies wiesen weise / zur\xFCckgewiesen zur\xFCckweist zur\xFCckwies",
  "hei\xDFen: hei\xDFt hie\xDF / gehei\xDFen",
  "denken: denkt dachte dachten denke / gedacht",
  "wissen: wei\xDF wusste wussten / gewusst",
  "vorschlagen|vor: schl\xE4gt schlug schlugen schlage / vorgeschlagen vorschl\xE4gt vorschlug",
  "einwenden|ein: wendet wandte wandten wende / eingewandt eingewendet einwendet einwandte",
  "ausrufen|aus: ruft rief riefen rufe / ausgerufen ausruft ausrief",
  "beschlie\xDFen: beschlie\xDFt beschloss beschlossen / beschlossen"
];
var deu = {
  code: "deu",
  stopwords: `der die das und ist nicht sich mit auf den dem des ein eine einer f\xFCr von zu im
    sie er es wird wurde auch als bei nach aus hat sind noch wie dass oder \xFCber am`.split(/\s+/).filter(Boolean),
  cueVerbs: [
    ...WEAK_CUE_VERBS.split(/\s+/).filter(Boolean).map((spec) => germanWeakVerb(spec, INSEPARABLE)),
    ...STRONG_CUE_VERBS.map(explicitVerb)
  ],
  auxiliaries: "hat habe hatte h\xE4tte haben hatten h\xE4tten ist sei war w\xE4re sind seien waren wird werde wurde w\xFCrde werden wurden w\xFCrden will wollte soll sollte kann konnte k\xF6nne muss musste".split(" "),
  sourcePrepositions: [
    "laut",
    "nach angaben",
    "nach den worten",
    "nach worten",
    "nach aussage",
    "nach aussagen",
    "nach ansicht",
    "nach auffassung",
    "nach einsch\xE4tzung",
    "nach informationen",
    "nach darstellung",
    "gem\xE4\xDF",
    "nach meinung",
    "nach seiner ansicht",
    "nach ihrer ansicht",
    "nach seiner meinung",
    "nach ihrer meinung",
    "nach eigenen angaben",
    "nach auskunft",
    "nach einsch\xE4tzung",
    "nach darstellungen",
    "laut angaben"
  ],
  sourcePostpositions: ["zufolge"],
  afterQuoteSpeakerWords: ["so"],
  impersonalCues: ["hei\xDFt es", "hie\xDF es", "hatte es gehei\xDFen", "hat es gehei\xDFen", "steht", "stand"],
  impersonalSourcePrepositions: ["in", "im", "auf", "aus", "bei"],
  determiners: `der die das den dem des ein eine einer eines einem einen sein seine seiner seines seinem seinen
    ihr ihre ihrer ihres ihrem ihren dieser diese dieses diesem diesen jener jene beide beiden
    zwei drei vier mehrere einige viele alle`.split(/\s+/).filter(Boolean),
  definiteArticles: ["der", "die", "das", "des", "dem", "den"],
  nameIntroducers: ["wie"],
  prepositions: `in im an am auf aus bei beim mit nach von vom vor zu zum zur \xFCber unter um durch f\xFCr
    gegen ohne seit bis zwischen neben hinter gegen\xFCber w\xE4hrend wegen trotz dank laut per pro`.split(/\s+/).filter(Boolean),
  subordinators: ["wie", "als", "nachdem", "w\xE4hrend", "weil", "da", "obwohl", "wenn", "bevor", "dass", "ob"],
  complementizers: ["dass", "da\xDF", "ob"],
  personPronouns: ["er", "sie"],
  possessivePronouns: ["seiner", "ihrer"],
  nonPersonWords: `montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar m\xE4rz april
    mai juni juli august september oktober november dezember jahr jahre jahren jahres woche wochen tag tage tagen
    tages monat monate monaten monats zeit ende anfang mitte abend morgen nacht wochenende uhr prozent euro
    dollar millionen milliarden interview interviews pressekonferenz gespr\xE4ch gespr\xE4che rede sitzung treffen rande blick
    bezug hinblick anlass zusammenhang frage fragen hinsicht fall vergangenheit zukunft moment zuge verlauf
    vormittag nachmittag mittag heute gestern dabei dazu damit daher deshalb zudem au\xDFerdem jedoch aber auch
    und oder doch denn nun so dann dort hier ja nein es das dies dieses diese dieser man wir ich du ihr
    sie er jetzt sp\xE4ter zuvor zuletzt bereits schon noch immer wieder weiter weiterhin zun\xE4chst
    dennoch trotzdem allerdings ebenso ebenfalls schlie\xDFlich gleichzeitig inzwischen mittlerweile stattdessen
    vielmehr insbesondere bisher damals nun zwar sogar nur erst gerade laut nach demnach demzufolge
    dar\xFCber danach davor dagegen daraufhin darum hierzu hingegen jedenfalls letztlich m\xF6glicherweise
    offenbar offensichtlich vermutlich wahrscheinlich zugleich zus\xE4tzlich genau \xE4hnlich anschlie\xDFend
    unterdessen w\xE4hrenddessen indes deswegen somit folglich also trotz w\xE4hrend wie als wenn ob dass
    bei beim seit vor unter \xFCber f\xFCr gegen mit ohne von vom zum zur`.split(/\s+/).filter(Boolean),
  speakerNounEndings: `pr\xE4sident pr\xE4sidentin minister ministerin ministerium sprecher sprecherin kanzler kanzlerin
    chef chefin direktor direktorin leiter leiterin vorsitzende vorsitzender vorsitzenden experte experten expertin
    politiker politikerin diplomat diplomatin botschafter botschafterin sekret\xE4r sekret\xE4rin berater beraterin
    abgeordnete abgeordneter regierung polizei beh\xF6rde beh\xF6rden agentur amt gericht richter richterin anwalt anw\xE4ltin
    staatsanwaltschaft staatsanwalt verband b\xFCrgermeister b\xFCrgermeisterin trainer trainerin kommission senator
    gouverneur k\xF6nig k\xF6nigin papst bischof professor professorin forscher forscherin wissenschaftler analyst
    analystin zeuge zeugin vertreter vertreterin mitglied gewerkschaft konzern organisation verteidiger kommandeur
    general offizier kreml ministerien ministeriums regierungssprecher sprecherin chefs
    mitarbeiter mitarbeiterin manager managerin vorstand gesch\xE4ftsf\xFChrer gesch\xE4ftsf\xFChrerin kandidat kandidatin
    autor autorin journalist journalistin kommentator erkl\xE4rung mitteilung bericht studie zeitung`.split(/\s+/).filter(Boolean),
  titleNounEndings: `partei zeitung blatt magazin sender sendung film filme serie buch buches roman album lied song titel
    name namen schiff f\xE4hre operation aktion programm projekt kampagne initiative bewegung gruppe organisation verein
    band firma marke modell modelle plattform website portal show spiel st\xFCck oper festival motto b\xFCndnis fraktion
    stiftung vertrag abkommen rakete mission kanal netzwerk konferenz wettbewerb preis auszeichnung club klub
    zeitschrift fernsehsendung talkshow reihe kolumne dokumentation studie bericht tageszeitung wochenzeitung
    nachrichtenmagazin nachrichtenagentur agentur sonde satellit hurrikan sturm orkan tief hoch software`.split(/\s+/).filter(Boolean),
  subjunctiveForms: `sei seien seiest habe k\xF6nne m\xFCsse solle wolle d\xFCrfe m\xF6ge werde wisse gebe gehe stehe liege
    komme bleibe brauche fehle bestehe handle lasse sehe halte finde trage arbeite plane biete zeige laufe
    befinde mache hei\xDFe entspreche gelte h\xE4nge beginne wachse sinke steige erwarte verf\xFCge betrage beziehe
    erhalte treffe nehme bringe f\xFChre setze lege stelle erreiche verhandle pr\xFCfe bedeute denke glaube h\xE4tten
    w\xE4ren w\xFCrden sehe gelinge drohe diene falle folge fahre gewinne kenne lebe leide rechne reiche schade
    spreche stimme suche tue verliere warte w\xFCnsche zahle lohne erm\xF6gliche versto\xDFe widerspreche`.split(/\s+/).filter(Boolean),
  translationMarkers: ["etwa", "\xFCbersetzt", "deutsch", "englisch", "sinngem\xE4\xDF", "bedeutet", "hei\xDFt", "f\xFCr"],
  nounsCapitalised: true,
  abbreviations: `z.b z.t u.a d.h dr prof st nr bzw ca vgl mio mrd jh str usw etc evtl ggf inkl sog min max
    tel abs art bd hr fr jun sen mr mrs ms u.s v.a o.\xE4 i.d.r a.d gen`.split(/\s+/).filter(Boolean),
  nameParticles: ["von", "van", "de", "da", "di", "bin", "ibn", "al", "el", "zu", "le", "la", "ter", "ten", "del", "dos"]
};

// src/quotes/data/eng.ts
var CUE_VERBS = [
  "say: says said / said saying",
  "tell: tells told / told telling",
  "add: adds added / added adding",
  "state: states stated / stated",
  "explain: explains explained / explained",
  "stress: stresses stressed / stressed",
  "insist: insists insisted / insisted",
  "claim: claims claimed / claimed",
  "write: writes wrote / written",
  "report: reports reported / reported",
  "announce: announces announced / announced",
  "warn: warns warned / warned",
  "argue: argues argued / argued",
  "note: notes noted / noted",
  "ask: asks asked / asked",
  "reply: replies replied / replied",
  "respond: responds responded / responded",
  "confirm: confirms confirmed / confirmed",
  "emphasise: emphasises emphasised emphasizes emphasized / emphasised emphasized",
  "declare: declares declared / declared",
  "admit: admits admitted / admitted",
  "tweet: tweets tweeted / tweeted",
  "comment: comments commented / commented",
  "continue: continues continued / continued",
  "suggest: suggests suggested / suggested",
  "point out|out: points pointed / pointed",
  "call: calls called / called",
  "describe: describes described / described"
];
var eng = {
  code: "eng",
  stopwords: "the and is are was were of to in that it for on with as by this be has have not at from".split(" "),
  cueVerbs: CUE_VERBS.map(explicitVerb),
  auxiliaries: "has have had is was will would".split(" "),
  sourcePrepositions: ["according to"],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ["it reads", "it said"],
  impersonalSourcePrepositions: ["in"],
  determiners: "the a an his her their its this that these those".split(" "),
  definiteArticles: ["the"],
  nameIntroducers: ["as"],
  prepositions: "in on at to from with by for of about after before during since under over".split(" "),
  subordinators: ["as", "when", "after", "while", "because", "that", "whether"],
  complementizers: ["that", "whether"],
  personPronouns: ["he", "she"],
  possessivePronouns: ["his", "her"],
  nonPersonWords: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december i we you they it this that there the however but and`.split(/\s+/).filter(Boolean),
  speakerNounEndings: "president minister ministry spokesman spokeswoman spokesperson chancellor chief director official government police agency court judge secretary adviser advisor senator governor".split(" "),
  titleNounEndings: "party newspaper magazine film movie book novel album song show series operation programme program ship".split(" "),
  subjunctiveForms: [],
  translationMarkers: ["meaning", "translated"],
  nounsCapitalised: false,
  abbreviations: "mr mrs ms dr prof st no vs etc e.g i.e u.s jr sr gen sen rep".split(" "),
  nameParticles: ["von", "van", "de", "da", "di", "bin", "al", "el", "le", "la"]
};

// src/quotes/data/fra.ts
var CUE_VERBS2 = [
  "dire: dit disent disait d\xE9clare / dit",
  "d\xE9clarer: d\xE9clare d\xE9clarent d\xE9clarait / d\xE9clar\xE9",
  "affirmer: affirme affirment affirmait / affirm\xE9",
  "expliquer: explique expliquent expliquait / expliqu\xE9",
  "ajouter: ajoute ajoutent ajoutait / ajout\xE9",
  "souligner: souligne soulignent soulignait / soulign\xE9",
  "estimer: estime estiment estimait / estim\xE9",
  "annoncer: annonce annoncent annon\xE7ait / annonc\xE9",
  "indiquer: indique indiquent indiquait / indiqu\xE9",
  "pr\xE9ciser: pr\xE9cise pr\xE9cisent pr\xE9cisait / pr\xE9cis\xE9",
  "assurer: assure assurent assurait / assur\xE9",
  "\xE9crire: \xE9crit \xE9crivent \xE9crivait / \xE9crit",
  "confier: confie confient confiait / confi\xE9",
  "lancer: lance lancent lan\xE7ait / lanc\xE9"
];
var fra = {
  code: "fra",
  stopwords: "le la les et est des du un une que qui dans pour pas sur au avec il elle ce se par plus".split(" "),
  cueVerbs: CUE_VERBS2.map(explicitVerb),
  auxiliaries: "a ont avait avaient est sont \xE9tait".split(" "),
  sourcePrepositions: ["selon", "d'apr\xE8s"],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ["peut-on lire"],
  impersonalSourcePrepositions: ["dans"],
  determiners: "le la les un une son sa ses leur leurs ce cette ces".split(" "),
  definiteArticles: ["le", "la", "les", "l'"],
  nameIntroducers: ["comme"],
  prepositions: "\xE0 au aux de du des dans en sur sous pour par avec sans chez vers pendant depuis".split(" "),
  subordinators: ["comme", "quand", "lorsque", "que", "si"],
  complementizers: ["que", "qu'"],
  personPronouns: ["il", "elle"],
  possessivePronouns: ["son", "sa"],
  nonPersonWords: "lundi mardi mercredi jeudi vendredi samedi dimanche janvier f\xE9vrier mars avril mai juin juillet ao\xFBt septembre octobre novembre d\xE9cembre".split(" "),
  speakerNounEndings: "pr\xE9sident ministre minist\xE8re porte-parole chef directeur gouvernement police juge secr\xE9taire conseiller".split(" "),
  titleNounEndings: "parti journal magazine film livre roman album chanson \xE9mission s\xE9rie op\xE9ration programme".split(" "),
  subjunctiveForms: [],
  translationMarkers: ["traduit", "signifiant"],
  nounsCapitalised: false,
  abbreviations: "m mme mlle dr st etc".split(" "),
  nameParticles: ["de", "du", "des", "le", "la", "von", "van"]
};

// src/quotes/data/spa.ts
var CUE_VERBS3 = [
  "decir: dice dicen dijo dijeron dec\xEDa / dicho",
  "afirmar: afirma afirman afirm\xF3 afirmaron / afirmado",
  "declarar: declara declaran declar\xF3 declararon / declarado",
  "explicar: explica explican explic\xF3 explicaron / explicado",
  "a\xF1adir: a\xF1ade a\xF1aden a\xF1adi\xF3 a\xF1adieron / a\xF1adido",
  "agregar: agrega agregan agreg\xF3 agregaron / agregado",
  "se\xF1alar: se\xF1ala se\xF1alan se\xF1al\xF3 se\xF1alaron / se\xF1alado",
  "asegurar: asegura aseguran asegur\xF3 aseguraron / asegurado",
  "subrayar: subraya subrayan subray\xF3 subrayaron / subrayado",
  "indicar: indica indican indic\xF3 indicaron / indicado",
  "manifestar: manifiesta manifiestan manifest\xF3 / manifestado",
  "escribir: escribe escriben escribi\xF3 / escrito"
];
var spa = {
  code: "spa",
  stopwords: "el la los las y es de del que en un una por con para no se su al lo como m\xE1s".split(" "),
  cueVerbs: CUE_VERBS3.map(explicitVerb),
  auxiliaries: "ha han hab\xEDa hab\xEDan es fue".split(" "),
  sourcePrepositions: ["seg\xFAn"],
  sourcePostpositions: [],
  afterQuoteSpeakerWords: [],
  impersonalCues: ["se lee"],
  impersonalSourcePrepositions: ["en"],
  determiners: "el la los las un una su sus este esta estos estas".split(" "),
  definiteArticles: ["el", "la", "los", "las"],
  nameIntroducers: ["como"],
  prepositions: "a al de del en por para con sin sobre entre desde hasta durante ante".split(" "),
  subordinators: ["como", "cuando", "que", "si"],
  complementizers: ["que"],
  personPronouns: ["\xE9l", "ella"],
  possessivePronouns: ["su"],
  nonPersonWords: "lunes martes mi\xE9rcoles jueves viernes s\xE1bado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
  speakerNounEndings: "presidente presidenta ministro ministra ministerio portavoz jefe director directora gobierno polic\xEDa juez secretario".split(" "),
  titleNounEndings: "partido peri\xF3dico diario revista pel\xEDcula libro novela \xE1lbum canci\xF3n programa serie operaci\xF3n".split(" "),
  subjunctiveForms: [],
  translationMarkers: ["traducido", "significa"],
  nounsCapitalised: false,
  abbreviations: "sr sra srta dr st etc ee.uu".split(" "),
  nameParticles: ["de", "del", "la", "las", "los", "y"]
};

// src/quotes/data/index.ts
var QUOTE_LANGUAGES = { deu, eng, fra, spa };

// src/quotes/sentences.ts
var isSpace = (char) => char === " " || char === "	" || char === "\r" || char === "\xA0" || char === "\u202F";
var UPPER_PATTERN = /\p{Lu}/u;
var UPPER = {
  test(char) {
    const code = char.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90;
    return UPPER_PATTERN.test(char);
  }
};
function isOpeningMark(char) {
  return char === "\u201E" || char === "\u201C" || char === '"' || char === "\xBB" || char === "\xAB" || char === "\u201A" || char === "(";
}
function isAbbreviationPeriod(text, index, data) {
  let start = index;
  while (start > 0 && index - start < 12) {
    const code = text.charCodeAt(start - 1);
    if (code === 32 || code === 10 || code === 9 || code === 40 || code === 160) break;
    start--;
  }
  const length = index - start;
  if (length === 0) return false;
  const first = text.charCodeAt(start);
  if (length <= 2 && first >= 48 && first <= 57) {
    const last = text.charCodeAt(index - 1);
    return last >= 48 && last <= 57;
  }
  if (length === 1) return first >= 65 && first <= 90;
  if (length > 6) return false;
  return data.abbreviations.includes(text.slice(start, index).toLowerCase());
}
function startsSentence(text, index) {
  let i = index;
  while (i < text.length && isSpace(text[i] ?? "")) i++;
  const char = text[i] ?? "";
  if (char === "" || char === "\n") return true;
  return UPPER.test(char) || isOpeningMark(char) || /\d/.test(char) || char === "\u2013" || char === "-";
}
function segmentSentences(text, pairs, data) {
  const sentences = [];
  let start = -1;
  let pairIndex = 0;
  const finish = (end) => {
    if (start < 0) return;
    let e = end;
    while (e > start && isSpace(text[e - 1] ?? "")) e--;
    if (e > start) sentences.push({ start, end: e });
    start = -1;
  };
  const length = text.length;
  const firstNonSpace = (from, to) => {
    let k = from;
    while (k < to && isSpace(text[k] ?? "")) k++;
    return k;
  };
  const boundary = /[.!?\u2026\n]/g;
  let i = 0;
  while (i < length) {
    boundary.lastIndex = i;
    const match = boundary.exec(text);
    let next = match === null ? length : match.index;
    const pair = pairs[pairIndex];
    if (pair !== void 0 && pair.start < i) {
      pairIndex++;
      continue;
    }
    if (pair !== void 0 && pair.start <= next) {
      if (start < 0) {
        const first = firstNonSpace(i, pair.start);
        start = first;
      }
      pairIndex++;
      i = pair.end;
      const last = text[pair.contentEnd - 1] ?? "";
      if (!pair.unclosed && SENTENCE_END.includes(last) && pair.end < length) {
        const after = text[pair.end] ?? "";
        if (isSpace(after) && startsSentence(text, pair.end) || UPPER.test(after) || QUOTE_MARK_BY_CODE.has(after.charCodeAt(0)) && after !== "\u201C") {
          finish(pair.end);
        }
      }
      continue;
    }
    if (start < 0) {
      const first = firstNonSpace(i, next);
      if (first < next) start = first;
    }
    if (next >= length) break;
    const char = text[next] ?? "";
    if (char === "\n") {
      if (start >= 0) finish(next);
      i = next + 1;
      continue;
    }
    if (start < 0) start = next;
    let j = next + 1;
    while (j < length && SENTENCE_END.includes(text[j] ?? "")) j++;
    const following = text[j] ?? "";
    i = j;
    if (following === "" || following === "\n") continue;
    const glued = UPPER.test(following) || following === "\u201E" || following === '"' && char === ".";
    const spaced = isSpace(following) && startsSentence(text, j);
    if ((glued || spaced) && !(char === "." && isAbbreviationPeriod(text, next, data))) finish(j);
  }
  finish(length);
  return sentences;
}
var LETTER_OR_DIGIT2 = /[\p{L}\p{N}]/u;
function isWordCode2(code) {
  if (code < 192) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
  if (code < 8192) return code !== 215 && code !== 247;
  if (code < 8304) return false;
  return LETTER_OR_DIGIT2.test(String.fromCharCode(code));
}
function tokenize(text, start, end, pairs, firstPair) {
  const tokens = [];
  let pairIndex = firstPair;
  let i = start;
  while (i < end) {
    const pair = pairs[pairIndex];
    if (pair !== void 0 && pair.start < i) {
      pairIndex++;
      continue;
    }
    if (pair !== void 0 && pair.start === i) {
      const stop = Math.min(pair.end, end);
      tokens.push({ start: i, end: stop, text: text.slice(i, stop), lower: "", kind: "quote", quote: pairIndex });
      pairIndex++;
      i = stop;
      continue;
    }
    const char = text[i] ?? "";
    if (isSpace(char) || char === "\n") {
      i++;
      continue;
    }
    if (isWordCode2(char.charCodeAt(0))) {
      let wordEnd = i + 1;
      const limit = pair !== void 0 && pair.start < end ? pair.start : end;
      while (wordEnd < limit) {
        const code = text.charCodeAt(wordEnd);
        if (isWordCode2(code)) wordEnd++;
        else if ((code === 45 || code === 39 || code === 8217 || code === 46) && wordEnd + 1 < limit && isWordCode2(text.charCodeAt(wordEnd + 1))) wordEnd += 2;
        else break;
      }
      const word = text.slice(i, wordEnd);
      tokens.push({ start: i, end: wordEnd, text: word, lower: word.toLowerCase(), kind: "word", quote: -1 });
      i = wordEnd;
      continue;
    }
    tokens.push({ start: i, end: i + 1, text: char, lower: char, kind: "punct", quote: -1 });
    i++;
  }
  return tokens;
}

// src/quotes/attribution.ts
function endingTest(endings) {
  const memo = /* @__PURE__ */ new Map();
  return (lower) => {
    let found = memo.get(lower);
    if (found === void 0) {
      found = endings.some((ending) => lower.endsWith(ending));
      if (memo.size > 2e4) memo.clear();
      memo.set(lower, found);
    }
    return found;
  };
}
function byFirstWord(phrases) {
  const map = /* @__PURE__ */ new Map();
  for (const phrase of phrases) {
    const words2 = phrase.split(" ");
    const list = map.get(words2[0]) ?? [];
    list.push(words2);
    map.set(words2[0], list);
  }
  return map;
}
var indexCache = /* @__PURE__ */ new Map();
function indexLanguage(data) {
  const cached = indexCache.get(data.code);
  if (cached !== void 0) return cached;
  const finite = /* @__PURE__ */ new Map();
  const nonFinite = /* @__PURE__ */ new Map();
  for (const verb of data.cueVerbs) {
    for (const form of verb.finite) {
      const list = finite.get(form) ?? [];
      if (!list.includes(verb)) list.push(verb);
      finite.set(form, list);
    }
    for (const form of verb.participles) nonFinite.set(form, verb);
  }
  const index = {
    data,
    finite,
    nonFinite,
    auxiliaries: new Set(data.auxiliaries),
    determiners: new Set(data.determiners),
    prepositions: new Set(data.prepositions),
    subordinators: new Set(data.subordinators),
    complementizers: new Set(data.complementizers),
    pronouns: new Set(data.personPronouns),
    nonPerson: new Set(data.nonPersonWords),
    subjunctive: new Set(data.subjunctiveForms),
    particles: new Set(data.cueVerbs.map((verb) => verb.particle).filter((particle) => particle !== "")),
    nameParticles: new Set(data.nameParticles),
    sourcePhrases: byFirstWord(data.sourcePrepositions),
    impersonalPhrases: byFirstWord(data.impersonalCues),
    postpositions: new Set(data.sourcePostpositions),
    afterQuoteWords: new Set(data.afterQuoteSpeakerWords),
    stopwords: new Set(data.stopwords),
    cueStarts: /* @__PURE__ */ new Set([
      ...finite.keys(),
      ...nonFinite.keys(),
      ...data.sourcePrepositions.map((phrase) => phrase.split(" ")[0]),
      ...data.impersonalCues.map((phrase) => phrase.split(" ")[0]),
      ...data.sourcePostpositions,
      ...data.afterQuoteSpeakerWords
    ]),
    isSpeakerNoun: endingTest(data.speakerNounEndings),
    isTitleNoun: endingTest(data.titleNounEndings)
  };
  indexCache.set(data.code, index);
  return index;
}
var isCapitalised = (token) => token.kind === "word" && /^\p{Lu}/u.test(token.text);
var isClauseBreak = (token) => token.kind === "punct" && ",;:()\u2013\u2014".includes(token.text) || token.kind === "punct" && ".!?".includes(token.text);
function span(text, start, end) {
  return { start, end, text: text.slice(start, end) };
}
function makeCue(text, tokens, indices, lemma) {
  const parts = indices.map((i) => span(text, tokens[i].start, tokens[i].end));
  const first = parts[0];
  const last = parts[parts.length - 1];
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), lemma, parts };
}
var MAX_CLAUSE = 40;
function clauseEnd(tokens, from) {
  let i = from + 1;
  const stop = Math.min(tokens.length, from + MAX_CLAUSE);
  while (i < stop && !isClauseBreak(tokens[i])) i++;
  return i;
}
function clauseStart(tokens, at) {
  let i = at;
  const stop = Math.max(0, at - MAX_CLAUSE);
  while (i > stop && !isClauseBreak(tokens[i - 1])) i--;
  return i;
}
function findCues(text, tokens, lang) {
  const hits = [];
  const data = lang.data;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "word" || !lang.cueStarts.has(token.lower)) continue;
    const lower = token.lower;
    const sources = lang.sourcePhrases.get(lower);
    if (sources !== void 0) {
      for (const words2 of sources) {
        let ok = true;
        for (let k = 1; k < words2.length; k++) if (tokens[i + k]?.lower !== words2[k]) ok = false;
        if (ok) hits.push({ kind: "source", token: i, after: i + words2.length, cue: makeCue(text, tokens, words2.map((_, k) => i + k), words2.join(" ")) });
      }
    }
    const impersonal = lang.impersonalPhrases.get(lower);
    if (impersonal !== void 0) {
      for (const words2 of impersonal) {
        let ok = words2.length > 1;
        for (let k = 1; k < words2.length; k++) if (tokens[i + k]?.lower !== words2[k]) ok = false;
        if (ok) hits.push({ kind: "impersonal", token: i, after: i + words2.length, cue: makeCue(text, tokens, words2.map((_, k) => i + k), words2.join(" ")) });
      }
    }
    if (i > 0 && lang.postpositions.has(lower)) {
      hits.push({ kind: "postposition", token: i, after: i + 1, cue: makeCue(text, tokens, [i], lower) });
    }
    if (i > 0 && lang.afterQuoteWords.has(lower)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if ((prev.text === "," || prev.text === "\u2013" || prev.kind === "quote") && next !== void 0 && (isCapitalised(next) || lang.determiners.has(next.lower))) {
        hits.push({ kind: "so", token: i, after: i + 1, cue: makeCue(text, tokens, [i], lower) });
      }
    }
    const verbs = lang.finite.get(lower);
    if (verbs !== void 0 && !(i === 0 && isCapitalised(token) && data.nounsCapitalised && lower !== token.text && lang.determiners.has(tokens[1]?.lower ?? ""))) {
      if (data.nounsCapitalised && isCapitalised(token) && i > 0) continue;
      const end = clauseEnd(tokens, i);
      let matched = false;
      for (const verb of verbs) {
        if (verb.particle === "") continue;
        for (let k = i + 1; k < end; k++) {
          if (tokens[k].lower === verb.particle && (k + 1 >= tokens.length || isClauseBreak(tokens[k + 1]) || tokens[k + 1].kind === "word")) {
            hits.push({ kind: "verb", token: i, after: i + 1, cue: makeCue(text, tokens, [i, k], verb.lemma) });
            matched = true;
            break;
          }
        }
        if (matched) break;
      }
      if (!matched) {
        const plain = verbs.find((verb) => verb.particle === "");
        if (plain !== void 0) hits.push({ kind: "verb", token: i, after: i + 1, cue: makeCue(text, tokens, [i], plain.lemma) });
      }
      continue;
    }
    const participle = lang.nonFinite.get(lower);
    if (participle !== void 0 && !(data.nounsCapitalised && isCapitalised(token))) {
      hits.push({ kind: "participle", token: i, after: i + 1, cue: makeCue(text, tokens, [i], participle.lemma) });
    }
  }
  return hits;
}
function isNameToken(token, lang) {
  return token !== void 0 && isCapitalised(token) && !lang.nonPerson.has(token.lower) && !lang.determiners.has(token.lower) && !lang.prepositions.has(token.lower) && !lang.subordinators.has(token.lower) && !lang.auxiliaries.has(token.lower) && !lang.finite.has(token.lower);
}
function isAdjective(token, lang) {
  if (token === void 0 || token.kind !== "word") return false;
  if (/^\d/.test(token.text)) return true;
  if (lang.data.nounsCapitalised) return !isCapitalised(token) && /(?:e|en|er|es|em)$/.test(token.lower) && token.lower.length > 3 && !lang.finite.has(token.lower) && !lang.nonFinite.has(token.lower) && !lang.prepositions.has(token.lower) && !lang.auxiliaries.has(token.lower);
  return false;
}
function nounPhraseAt(tokens, from, lang) {
  const first = tokens[from];
  if (first === void 0 || first.kind !== "word") return null;
  if (lang.pronouns.has(first.lower) || from > 0 && lang.data.possessivePronouns.includes(first.lower) && !isNameToken(tokens[from + 1], lang)) {
    return { first: from, last: from, head: from, pronoun: true };
  }
  let i = from;
  if (lang.determiners.has(first.lower)) i++;
  while (isAdjective(tokens[i], lang)) i++;
  if (!isNameToken(tokens[i], lang)) return null;
  let head = i;
  let last = i;
  i++;
  const stop = Math.min(tokens.length, from + 12);
  while (i < stop) {
    const token = tokens[i];
    if (isNameToken(token, lang)) {
      head = i;
      last = i;
      i++;
    } else if (lang.nameParticles.has(token.lower) && isNameToken(tokens[i + 1], lang) && token.lower !== "der") {
      i++;
    } else break;
  }
  const next = tokens[last + 1];
  if (next !== void 0 && (next.lower === "des" || next.lower === "der") && lang.data.nounsCapitalised) {
    let j = last + 2;
    while (isAdjective(tokens[j], lang)) j++;
    if (isNameToken(tokens[j], lang)) {
      while (isNameToken(tokens[j + 1], lang)) j++;
      last = j;
    }
  }
  if (tokens[last + 1]?.text === "," && isNameToken(tokens[last + 2], lang)) {
    let j = last + 2;
    while (isNameToken(tokens[j + 1], lang)) j++;
    const after = tokens[j + 1];
    if (j > last + 2 && (after === void 0 || after.text === "," || isClauseBreak(after) || lang.finite.has(after.lower) || lang.data.sourcePostpositions.includes(after.lower))) {
      last = j;
      head = j;
    }
  }
  if (head > from && isNameToken(tokens[head - 1], lang) && tokens[last + 1]?.text === "," && lang.determiners.has(tokens[last + 2]?.lower ?? "")) {
    const role = nounPhraseAt(tokens, last + 2, lang);
    if (role !== null && !role.pronoun) last = role.last;
  }
  return { first: from, last, head, pronoun: false };
}
function nounPhraseEndingAt(tokens, end, limit, lang) {
  for (let start = Math.max(limit, end - 8); start <= end; start++) {
    const phrase = nounPhraseAt(tokens, start, lang);
    if (phrase !== null && phrase.last === end) return phrase;
  }
  return null;
}
var SKIPPABLE_AFTER_VERB = /* @__PURE__ */ new Set(["sich", "auch", "zudem", "jedoch", "dabei", "dazu", "nun", "noch", "bereits", "au\xDFerdem", "daraufhin", "ebenfalls", "damals", "sp\xE4ter", "zuvor", "gestern", "heute", "weiter", "abschlie\xDFend", "also", "aber", "dann", "schon", "wiederum", "allerdings", "indes", "hingegen", "demnach", "zufolge", "es", "etwa", "zuletzt", "erneut", "ferner"]);
function subjectOfVerb(tokens, verb, lang, preferAfter) {
  const start = clauseStart(tokens, verb);
  const after = () => {
    let i = verb + 1;
    let skipped = 0;
    while (i < tokens.length && skipped < 3) {
      const token = tokens[i];
      if (token.kind !== "word") return null;
      if (token.lower === "dem" || token.lower === "einem" || token.lower === "den" && lang.data.nounsCapitalised) {
        const dative = nounPhraseAt(tokens, i, lang);
        if (dative === null) return null;
        i = dative.last + 1;
        skipped++;
        continue;
      }
      const phrase = nounPhraseAt(tokens, i, lang);
      if (phrase !== null) return phrase;
      if (SKIPPABLE_AFTER_VERB.has(token.lower) || !isCapitalised(token) && !lang.determiners.has(token.lower) && !lang.prepositions.has(token.lower)) {
        i++;
        skipped++;
        continue;
      }
      return null;
    }
    return null;
  };
  if (preferAfter) return after();
  if (verb === start) {
    const inverted2 = after();
    if (inverted2 !== null || tokens[verb - 1]?.text !== ",") return inverted2;
    let from = clauseStart(tokens, verb - 2);
    for (let step = 0; step < 2 && from >= 0; step++) {
      const phrase = nounPhraseAt(tokens, from, lang);
      if (phrase !== null && phrase.last === verb - 2) return phrase;
      if (from < 2 || tokens[from - 1]?.text !== ",") break;
      from = clauseStart(tokens, from - 2);
    }
    const initial2 = nounPhraseAt(tokens, 0, lang);
    if (initial2 !== null && tokens[initial2.last + 1]?.text === "," && isPersonLike(tokens, initial2, lang)) return initial2;
    return null;
  }
  const opener = tokens[start];
  if (lang.subordinators.has(opener.lower)) {
    const phrase = nounPhraseAt(tokens, start + 1, lang);
    if (phrase !== null) return phrase;
  }
  const before = nounPhraseEndingAt(tokens, verb - 1, start, lang);
  if (before !== null && before.first === start) {
    if (before.first === before.last && !before.pronoun && !isStrongPerson(tokens, before, lang)) {
      const inverted2 = after();
      if (inverted2 !== null && (inverted2.pronoun || isStrongPerson(tokens, inverted2, lang))) return inverted2;
    }
    return before;
  }
  if (before !== null && before.first === start + 1 && !lang.prepositions.has(opener.lower) && !isCapitalised(opener)) return before;
  const inverted = after();
  if (inverted !== null) return inverted;
  const initial = nounPhraseAt(tokens, 0, lang);
  return initial !== null && isPersonLike(tokens, initial, lang) ? initial : null;
}
function speakerOfCue(tokens, hit, lang, preferAfter) {
  switch (hit.kind) {
    case "so":
    case "source": {
      for (let k = hit.token; k < hit.after; k++) {
        if (lang.data.possessivePronouns.includes(tokens[k].lower)) return { first: k, last: k, head: k, pronoun: true };
      }
      let i = hit.after;
      if (hit.kind === "source" && (tokens[i]?.lower === "von" || tokens[i]?.lower === "des" || tokens[i]?.lower === "der")) i++;
      return nounPhraseAt(tokens, i, lang);
    }
    case "postposition":
      return nounPhraseEndingAt(tokens, hit.token - 1, clauseStart(tokens, hit.token), lang);
    case "impersonal": {
      const prep = tokens[hit.after];
      if (prep !== void 0 && lang.data.impersonalSourcePrepositions.includes(prep.lower)) return nounPhraseAt(tokens, hit.after + 1, lang);
      return null;
    }
    case "verb": {
      const subject = subjectOfVerb(tokens, hit.token, lang, preferAfter);
      if (subject !== null || !lang.nonFinite.has(tokens[hit.token].lower)) return subject;
      return participleSubject(tokens, hit, lang, preferAfter);
    }
    case "participle":
      return participleSubject(tokens, hit, lang, preferAfter);
  }
}
function participleSubject(tokens, hit, lang, preferAfter) {
  {
    {
      const start = clauseStart(tokens, hit.token);
      for (let i = hit.token - 1; i >= start; i--) {
        if (lang.auxiliaries.has(tokens[i].lower)) return subjectOfVerb(tokens, i, lang, preferAfter && i === start);
      }
      for (let i = hit.token - 1; i >= Math.max(0, hit.token - 16); i--) {
        const token = tokens[i];
        if (token.kind === "quote" || token.text === ":" || token.text === ".") break;
        if (lang.subordinators.has(token.lower)) return nounPhraseAt(tokens, i + 1, lang);
      }
      if (preferAfter) {
        for (let i = hit.token + 1; i < Math.min(tokens.length, hit.token + 3); i++) {
          if (lang.auxiliaries.has(tokens[i].lower)) return subjectOfVerb(tokens, i, lang, true);
        }
      }
      return null;
    }
  }
}
function isPersonLike(tokens, phrase, lang) {
  if (phrase.pronoun) return false;
  const head = tokens[phrase.head];
  if (lang.nonPerson.has(head.lower)) return false;
  let hasRole = false;
  for (let i = phrase.first; i <= phrase.last && !hasRole; i++) hasRole = lang.isSpeakerNoun(tokens[i].lower);
  if (hasRole) return true;
  const before = tokens[phrase.head - 1];
  const multiName = phrase.head > phrase.first && before !== void 0 && isNameToken(before, lang);
  return multiName || !lang.data.nounsCapitalised || phrase.first === 0 && phrase.head === 0;
}
function toSpeaker(text, tokens, phrase) {
  const first = tokens[phrase.first];
  const last = tokens[phrase.last];
  const head = tokens[phrase.head];
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), head: span(text, head.start, head.end), mention: null };
}
function clauseSubject(tokens, limit, lang) {
  const first = tokens[0];
  if (first === void 0 || first.kind !== "word") return null;
  let verb = 1;
  if (!lang.prepositions.has(first.lower) && !lang.subordinators.has(first.lower)) {
    const phrase2 = nounPhraseAt(tokens, 0, lang);
    const usable = phrase2 !== null && phrase2.last + 1 < limit && (tokens[phrase2.last + 1].kind === "word" || tokens[phrase2.last + 1].text === ",");
    if (usable && (phrase2.pronoun || isStrongPerson(tokens, phrase2, lang))) return phrase2;
    if (phrase2 !== null) {
      const inverted = subjectOfVerbAfter(tokens, phrase2.last + 1, lang);
      if (inverted !== null && inverted.last < limit && (inverted.pronoun || isStrongPerson(tokens, inverted, lang))) return inverted;
      if (usable) return phrase2;
    }
  }
  if (lang.prepositions.has(first.lower)) {
    const object = nounPhraseAt(tokens, 1, lang) ?? nounPhraseAt(tokens, 2, lang);
    if (object === null) return null;
    verb = object.last + 1;
  }
  if (verb >= limit || tokens[verb]?.kind !== "word") return null;
  const phrase = subjectOfVerbAfter(tokens, verb, lang);
  return phrase !== null && phrase.last < limit ? phrase : null;
}
function subjectOfVerbAfter(tokens, verb, lang) {
  let i = verb + 1;
  for (let skipped = 0; i < tokens.length && skipped < 3; skipped++) {
    const token = tokens[i];
    if (token.kind !== "word") return null;
    const phrase = nounPhraseAt(tokens, i, lang);
    if (phrase !== null) return phrase;
    if (isCapitalised(token) || lang.prepositions.has(token.lower)) return null;
    i++;
  }
  return null;
}
function subjectAfterAnyVerb(tokens, verb, lang) {
  const token = tokens[verb];
  if (token === void 0 || token.kind !== "word" || isCapitalised(token)) return null;
  if (lang.subordinators.has(token.lower) || lang.determiners.has(token.lower) || lang.prepositions.has(token.lower) || lang.pronouns.has(token.lower)) return null;
  return subjectOfVerbAfter(tokens, verb, lang);
}
function isStrongPerson(tokens, phrase, lang) {
  if (phrase.pronoun) return false;
  for (let i = phrase.first; i <= phrase.last; i++) if (lang.isSpeakerNoun(tokens[i].lower)) return true;
  const before = tokens[phrase.head - 1];
  return phrase.head > phrase.first && before !== void 0 && isNameToken(before, lang);
}

// src/quotes/analyze.ts
function quoteLanguage(text, language) {
  if (language !== void 0) {
    const code = toLanguageCode(language);
    return QUOTE_LANGUAGES[code] ?? QUOTE_LANGUAGES["deu"];
  }
  if (text.includes("\u201E")) return QUOTE_LANGUAGES["deu"];
  const counts = /* @__PURE__ */ new Map();
  const sample = text.length > 800 ? text.slice(0, 800) : text;
  for (const match of sample.matchAll(LETTERS)) {
    const languages = stopwordLanguages().get(match[0].toLowerCase());
    if (languages !== void 0) for (const data of languages) counts.set(data, (counts.get(data) ?? 0) + 1);
  }
  let best = QUOTE_LANGUAGES["deu"];
  let bestCount = 0;
  for (const [data, count] of counts) {
    if (count > bestCount * 1.2 && count >= 3) {
      best = data;
      bestCount = count;
    }
  }
  return best;
}
var LETTERS = /\p{L}+/gu;
var stopwordTable = null;
function stopwordLanguages() {
  if (stopwordTable === null) {
    stopwordTable = /* @__PURE__ */ new Map();
    for (const data of Object.values(QUOTE_LANGUAGES)) {
      for (const word of data.stopwords) {
        const list = stopwordTable.get(word) ?? [];
        list.push(data);
        stopwordTable.set(word, list);
      }
    }
  }
  return stopwordTable;
}
function styleFor(text, option) {
  if (option === "german") return { lowNineCloses: true, rightGuillemetOpens: true };
  if (option === "english") return { lowNineCloses: false, rightGuillemetOpens: false };
  return voteMarkStyle(text);
}
function countWords(text) {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
function analyzeQuotes(text, options = {}, quotesOnly = false) {
  const pairs = pairQuoteMarks(text, styleFor(text, options.style));
  if (quotesOnly && pairs.length === 0) {
    const data2 = QUOTE_LANGUAGES["deu"];
    return { text, language: data2.code, quotes: [], pairs, sentences: [], info: () => ({ tokens: [], quoteTokens: /* @__PURE__ */ new Map(), cues: [], reported: null }), lang: indexLanguage(data2) };
  }
  const data = quoteLanguage(text, options.language);
  const lang = indexLanguage(data);
  const sentences = segmentSentences(text, pairs, data);
  const firstPairOf = new Array(sentences.length);
  {
    let p = 0;
    for (let s = 0; s < sentences.length; s++) {
      while (p < pairs.length && pairs[p].start < sentences[s].start) p++;
      firstPairOf[s] = p;
    }
  }
  const cache = /* @__PURE__ */ new Map();
  const info = (index) => {
    let found = cache.get(index);
    if (found === void 0) {
      const sentence = sentences[index];
      const tokens = tokenize(text, sentence.start, sentence.end, pairs, firstPairOf[index] ?? pairs.length);
      const cues = findCues(text, tokens, lang);
      const quoteTokens = /* @__PURE__ */ new Map();
      for (let t2 = 0; t2 < tokens.length; t2++) if (tokens[t2].kind === "quote") quoteTokens.set(tokens[t2].quote, t2);
      found = { tokens, quoteTokens, cues, reported: reportedMarker(tokens, cues, lang) };
      cache.set(index, found);
    }
    return found;
  };
  const quotes = [];
  let sentenceIndex = 0;
  let previous = null;
  const knownHeads = /* @__PURE__ */ new Set();
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p];
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1].start <= pair.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    const quote = buildQuote(text, pair, null);
    if (sentence === void 0 || sentence.end < pair.start) {
      quotes.push(quote);
      continue;
    }
    quote.placement = pair.start <= sentence.start ? "block" : "inline";
    const sentenceInfo = info(sentenceIndex);
    const tokenIndex = sentenceInfo.quoteTokens.get(p) ?? -1;
    attribute(quote, sentenceIndex, tokenIndex, previous, knownHeads);
    if (quote.speaker !== null) knownHeads.add(quote.speaker.head.text);
    quote.role = roleOf(quote, sentenceInfo.tokens, sentenceInfo.cues, tokenIndex, lang);
    const template = quote.attribution === "template";
    quote.inReportedSpeech = quote.placement === "inline" && (!template && (quote.attribution === "source" || quoteIsReported(sentenceInfo.tokens, sentenceInfo.cues, tokenIndex, lang)) || // A lower-case fragment continuing the narration („…“, erklärte X): mixed quotation.
    template && tokenIndex > 0 && /^\p{Ll}/u.test(quote.text));
    if (quote.role !== "speech") {
      quote.speaker = null;
      quote.cue = null;
      quote.confidence = 0;
      quote.attribution = "none";
    }
    for (const child of quote.nested) child.role = nestedRole(child, lang);
    quotes.push(quote);
    if (quote.role === "speech" && quote.speaker !== null) previous = { quote, sentence: sentenceIndex };
  }
  return { text, language: data.code, quotes, pairs, sentences, info, lang };
  function attribute(quote, s, q, prior, known) {
    const { tokens, cues: allCues } = info(s);
    const cues = near(allCues, q);
    const set = (phrase, hit, method, confidence, sentence) => {
      if (phrase === null && hit === null) return false;
      const sentenceTokens = info(sentence).tokens;
      let speaker = null;
      if (phrase !== null) {
        speaker = phrase.pronoun ? resolvePronoun(sentence, phrase, known) : toSpeaker(text, sentenceTokens, phrase);
      }
      quote.speaker = speaker;
      quote.cue = hit === null ? null : hit.cue;
      quote.attribution = method;
      quote.confidence = speaker === null ? confidence / 2 : phrase?.pronoun === true ? confidence * 0.9 : confidence;
      return true;
    };
    if (q < 0) return;
    let j = q + 1;
    if (tokens[j]?.text === "," || tokens[j]?.text === "\u2013") j++;
    const after = cues.find((hit) => hit.token === j && hit.kind !== "postposition" && hit.kind !== "source");
    if (after !== void 0 && j > q + 1) {
      const phrase = speakerOfCue(tokens, after, lang, true);
      if (phrase !== null || after.kind !== "so") {
        set(phrase, after, "template", 0.95, s);
        if (quote.speaker !== null) return;
      }
    }
    if (tokens[q - 1]?.text === ":") {
      const start = clauseStart(tokens, q - 2);
      const before = cues.filter((hit2) => hit2.token >= start && hit2.token < q - 1);
      const hit = before[before.length - 1];
      if (hit !== void 0) {
        const phrase2 = speakerOfCue(tokens, hit, lang, false);
        if (set(phrase2, hit, "template", 0.9, s) && quote.speaker !== null) return;
      }
      const phrase = nounPhraseAt(tokens, start, lang);
      if (phrase !== null && phrase.last === q - 2) {
        set(phrase, null, "template", 0.8, s);
        return;
      }
      if (hit !== void 0) return;
      const subject = clauseSubject(tokens, q - 1, lang);
      if (subject !== null && set(subject, null, "template", 0.7, s)) return;
    }
    if (j > q + 1 && tokens[q + 1]?.text === ",") {
      const phrase = subjectAfterAnyVerb(tokens, j, lang);
      if (phrase !== null && (phrase.pronoun || isPersonLike(tokens, phrase, lang))) {
        set(phrase, null, "template", 0.7, s);
        return;
      }
    }
    const candidates = cues.filter((hit) => !(hit.kind === "so" && hit.token !== j) && !isAfterOtherQuote(tokens, hit, q));
    if (candidates.length > 0) {
      candidates.sort((a, b) => distance(a, q) - distance(b, q));
      for (const hit of candidates) {
        const phrase = speakerOfCue(tokens, hit, lang, false);
        if (phrase !== null) {
          set(phrase, hit, hit.kind === "source" || hit.kind === "postposition" || hit.kind === "impersonal" ? "source" : "cue", 0.75, s);
          return;
        }
      }
    }
    if (SUBJECT_FALLBACK && quote.placement === "inline" && candidates.length === 0) {
      const subject = clauseSubject(tokens, q, lang);
      if (subject !== null && !subject.pronoun && isPersonLike(tokens, subject, lang) && lang.isSpeakerNoun(tokens[subject.head].lower) !== void 0) {
        const head = tokens[subject.head];
        const multiName = subject.head > subject.first && /^\p{Lu}/u.test(tokens[subject.head - 1].text);
        if (multiName || lang.isSpeakerNoun(head.lower) || known.has(head.text)) {
          set(subject, null, "cue", 0.5, s);
          return;
        }
      }
    }
    const colonBefore = s > 0 && text[sentences[s - 1].end - 1] === ":";
    if (quote.placement === "block" && colonBefore) {
      const prev = info(s - 1);
      const last = prev.tokens[prev.tokens.length - 1];
      if (last?.text === ":") {
        const hits = near(prev.cues, prev.tokens.length).filter((hit) => hit.kind !== "postposition");
        for (const hit of hits) {
          const phrase = speakerOfCue(prev.tokens, hit, lang, false);
          if (phrase !== null && set(phrase, hit, "cue", 0.8, s - 1)) return;
        }
        const chained = prior !== null && prior.quote.speaker !== null && prior.sentence >= s - 3;
        const subject = chained ? null : firstPerson(prev.tokens, 0, prev.tokens.length);
        if (subject !== null && set(subject, null, "previous", 0.6, s - 1)) return;
      }
    }
    if (prior !== null && prior.quote.speaker !== null && (prior.sentence === s || prior.sentence === s - 1 || colonBefore && prior.sentence >= s - 3)) {
      quote.speaker = prior.quote.speaker;
      quote.cue = prior.quote.cue;
      quote.attribution = "chain";
      quote.confidence = quote.placement === "block" ? 0.7 : 0.5;
      return;
    }
    if (candidates.length > 0) {
      set(null, candidates[0], "cue", 0.4, s);
    }
    if (s > 0) {
      const prev = info(s - 1);
      for (const hit of near(prev.cues, prev.tokens.length)) {
        const phrase = speakerOfCue(prev.tokens, hit, lang, false);
        if (phrase !== null) {
          const cue = quote.cue;
          set(phrase, hit, "previous", 0.45, s - 1);
          if (cue !== null) quote.cue = cue;
          return;
        }
      }
      const subject = firstPerson(prev.tokens, 0, prev.tokens.length);
      if (subject !== null && quote.placement === "block") set(subject, null, "previous", 0.3, s - 1);
    }
  }
  function firstPerson(tokens, from, to) {
    for (let i = from; i < Math.min(to, from + WINDOW); i++) {
      const token = tokens[i];
      if (token.kind !== "word") continue;
      if (lang.prepositions.has(token.lower)) {
        const object = nounPhraseAt(tokens, i + 1, lang);
        if (object !== null) i = object.last;
        continue;
      }
      const phrase = nounPhraseAt(tokens, i, lang);
      if (phrase !== null && !phrase.pronoun && isPersonLike(tokens, phrase, lang)) return phrase;
      if (phrase !== null) i = phrase.last;
    }
    return null;
  }
  function resolvePronoun(s, pronoun, known) {
    const mentionToken = info(s).tokens[pronoun.first];
    const mention = { start: mentionToken.start, end: mentionToken.end, text: mentionToken.text };
    for (let k = s; k >= Math.max(0, s - 3); k--) {
      const tokens = info(k).tokens;
      const limit = k === s ? pronoun.first : tokens.length;
      let best = null;
      for (let i = Math.max(0, limit - WINDOW); i < limit; i++) {
        const token = tokens[i];
        if (token.kind !== "word" || lang.prepositions.has(token.lower)) continue;
        if (i > 0 && lang.prepositions.has(tokens[i - 1].lower)) continue;
        const phrase = nounPhraseAt(tokens, i, lang);
        if (phrase === null || phrase.pronoun) continue;
        if (phrase.last >= limit) break;
        const head = tokens[phrase.head];
        const multiName = phrase.head > phrase.first && /^\p{Lu}/u.test(tokens[phrase.head - 1].text);
        const role = lang.isSpeakerNoun(head.lower);
        if (known.has(head.text) || multiName || role) best = phrase;
        i = phrase.last;
      }
      if (best !== null) return { ...toSpeaker(text, tokens, best), mention };
    }
    return { ...mention, head: { ...mention }, mention };
  }
}
var WINDOW = 60;
var SUBJECT_FALLBACK = true;
function near(hits, at) {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (hits[mid].token < at - WINDOW) low = mid + 1;
    else high = mid;
  }
  const out = [];
  for (let i = low; i < hits.length && hits[i].token <= at + WINDOW; i++) out.push(hits[i]);
  return out;
}
function isAfterOtherQuote(tokens, hit, q) {
  let i = hit.token - 1;
  if (tokens[i]?.text !== "," && tokens[i]?.text !== "\u2013") return false;
  i--;
  const token = tokens[i];
  return token !== void 0 && token.kind === "quote" && i !== q;
}
function distance(hit, q) {
  return hit.token < q ? q - hit.token : (hit.token - q) * 1.5;
}
function reportedMarker(tokens, cues, lang) {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === "word" && lang.subjunctive.has(token.lower) && !(i === 0 && /^\p{Lu}/u.test(token.text))) return "subjunctive";
  }
  for (const hit of cues) {
    if (hit.kind !== "verb" && hit.kind !== "participle") continue;
    const before = tokens[hit.token - 1];
    if (before !== void 0 && (before.text === "," || before.kind === "quote")) continue;
    for (let k = hit.token + 1; k < Math.min(tokens.length, hit.token + 8); k++) {
      const token = tokens[k];
      if (token.kind === "quote" || token.text === ":") break;
      if (lang.complementizers.has(token.lower)) return "complement";
      if (token.text === ",") {
        const next = tokens[k + 1];
        if (next !== void 0 && lang.complementizers.has(next.lower)) return "complement";
        if (next !== void 0 && next.kind === "word" && !lang.subordinators.has(next.lower) && next.lower !== "der" && next.lower !== "die" && next.lower !== "das") return "complement";
        break;
      }
    }
  }
  if (cues.some((hit) => hit.kind === "source" || hit.kind === "postposition")) return "source";
  return null;
}
function buildQuote(text, pair, parent) {
  const quote = {
    start: pair.start,
    end: pair.end,
    contentStart: pair.contentStart,
    contentEnd: pair.contentEnd,
    text: text.slice(pair.contentStart, pair.contentEnd),
    open: pair.open,
    close: pair.close,
    unclosed: pair.unclosed,
    placement: "inline",
    role: "speech",
    inReportedSpeech: false,
    speaker: null,
    cue: null,
    confidence: 0,
    attribution: "none",
    nested: []
  };
  if (parent !== null) {
    let i = pair.start - 1;
    while (i >= parent.contentStart && /\s/.test(text[i] ?? "")) i--;
    quote.placement = i < parent.contentStart || SENTENCE_END.includes(text[i] ?? "") ? "block" : "inline";
  }
  quote.nested = pair.children.map((child) => buildQuote(text, child, pair));
  return quote;
}
function isTitle(quote, tokens, q, lang) {
  const content = quote.text;
  if (SENTENCE_END.includes(content[content.length - 1] ?? "") || content.includes(",")) return false;
  const words2 = content.split(/\s+/).filter((word) => word !== "");
  if (words2.length === 0 || words2.length > 6) return false;
  if (!/^[\p{Lu}\d]/u.test(words2[0] ?? "")) return false;
  const prev = q > 0 ? tokens[q - 1] : void 0;
  if (prev !== void 0 && prev.kind === "word" && lang.isTitleNoun(prev.lower)) return true;
  const clauseWord = words2.some((word) => lang.auxiliaries.has(word.toLowerCase()) || lang.pronouns.has(word.toLowerCase()) || /^(?:ich|wir|du|nicht|kein|keine)$/i.test(word));
  if (!clauseWord && words2.length <= 10 && prev !== void 0 && prev.kind === "word" && (lang.data.definiteArticles.includes(prev.lower) || lang.prepositions.has(prev.lower) || lang.data.nameIntroducers.includes(prev.lower))) return true;
  const allCapitalised = words2.every((word) => /^[\p{Lu}\d&]/u.test(word));
  if (words2.length >= 2 && allCapitalised) return true;
  const capitalised = words2.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  const clauseWords = lang.stopwords;
  const hasClauseWord = words2.some((word) => lang.auxiliaries.has(word.toLowerCase()) || lang.pronouns.has(word.toLowerCase()) || word === "ich" || word === "Ich" || word === "wir" || word === "Wir");
  const attributed = quote.attribution === "cue" || quote.attribution === "source";
  return !attributed && words2.length >= 3 && capitalised * 2 > words2.length && !hasClauseWord && words2.every((word) => /^[\p{Lu}\d]/u.test(word) || clauseWords.has(word.toLowerCase()) || word.length <= 3);
}
function roleOf(quote, tokens, cues, q, lang) {
  const words2 = countWords(quote.text);
  if (words2 === 1 && tokens[q + 1]?.text === ":" && quote.placement === "block") return "title";
  const gloss = tokens[q - 1]?.text === ":" && lang.data.translationMarkers.includes(tokens[q - 2]?.lower ?? "");
  if (gloss || tokens[q - 1]?.text === "(" || /^'.*'$/su.test(quote.text)) return "title";
  if (quote.attribution === "template" && (words2 > 1 || quote.cue !== null)) return "speech";
  if (q >= 0 && isTitle(quote, tokens, q, lang)) return "title";
  if (quote.placement === "block" && words2 < 2) return "scare";
  const sentenceLike = SENTENCE_END.includes(quote.text[quote.text.length - 1] ?? "") || words2 >= 5;
  if (quote.placement === "block") return "speech";
  if (sentenceLike && quote.attribution !== "none") return "speech";
  const before = q > 0 ? tokens[q - 1] : void 0;
  const before2 = q > 1 ? tokens[q - 2] : void 0;
  const characterised = before?.lower === "als" || before2?.lower === "als" && lang.determiners.has(before?.lower ?? "");
  if (words2 === 1) {
    if (characterised && !/^\p{Lu}/u.test(quote.text)) return "speech";
    return /^\p{Lu}/u.test(quote.text) && !characterised ? "title" : characterised ? "speech" : "scare";
  }
  if (characterised) return "speech";
  if (quote.attribution === "cue" || quote.attribution === "source") return "speech";
  if (cues.some((hit) => hit.kind === "verb" || hit.kind === "participle")) return "speech";
  return "scare";
}
function quoteIsReported(tokens, cues, q, lang) {
  if (q < 0) return false;
  if (tokens[q - 1]?.text === ":") return false;
  let from = Math.max(0, q - WINDOW);
  for (let i = q - 1; i >= from; i--) {
    if (tokens[i].text === ":") {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < q; i++) {
    const token = tokens[i];
    if (token.kind === "word" && (lang.complementizers.has(token.lower) || lang.subjunctive.has(token.lower))) return true;
  }
  for (const hit of cues) {
    if (hit.token >= q || hit.token < from || hit.kind !== "verb" && hit.kind !== "participle") continue;
    for (let k = hit.token + 1; k < q; k++) if (tokens[k].text === ",") return true;
  }
  for (let i = q + 1; i < Math.min(tokens.length, q + WINDOW); i++) {
    const token = tokens[i];
    if (token.text === "," || token.text === ";" || token.text === ":" || token.kind === "quote") break;
    if (token.kind === "word" && lang.subjunctive.has(token.lower)) return true;
  }
  return false;
}
function nestedRole(quote, lang) {
  for (const child of quote.nested) child.role = nestedRole(child, lang);
  const words2 = countWords(quote.text);
  if (SENTENCE_END.includes(quote.text[quote.text.length - 1] ?? "") || words2 >= 5) return "speech";
  const all = quote.text.split(/\s+/).filter(Boolean);
  if (all.length > 0 && all.every((word) => /^[\p{Lu}\d]/u.test(word)) && lang.data.nounsCapitalised && all.length >= 2) return "title";
  return "scare";
}

// src/quotes/options.ts
function checkOptions(options, fn) {
  if (options === void 0) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument \`options\` must be an object, got ${options === null ? "null" : Array.isArray(options) ? "array" : typeof options}`);
  }
  const { language, style } = options;
  if (language !== void 0 && typeof language !== "string") throw new TypeError(`${fn}: option \`language\` must be a string`);
  if (style !== void 0 && style !== "auto" && style !== "german" && style !== "english") {
    throw new TypeError(`${fn}: option \`style\` must be 'auto', 'german' or 'english'`);
  }
  return options;
}

// src/quotes/find-quotes.ts
function findQuotes(text, options) {
  assertString(text, "text", "findQuotes");
  const checked = checkOptions(options, "findQuotes");
  if (text === "") return [];
  const quotes = analyzeQuotes(text, checked, true).quotes;
  return checked.includeNonSpeech === false ? quotes.filter((quote) => quote.role === "speech") : quotes;
}

// bench/data.ts
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
var projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
var sharedDev = join(projectRoot, "..", "shared", "dev");
function readJsonl(name) {
  const path = join(sharedDev, name);
  if (!existsSync(path)) throw new Error(`missing ${path}: put ../shared beside the checkout`);
  return readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
}
var readQuoteArticles = () => readJsonl("quotes-de.jsonl");

// p3.tmp.ts
var t = "\u201E".repeat(1e5);
var t0 = performance.now();
for (let k = 0; k < 10; k++) voteMarkStyle(t);
console.log("vote", (performance.now() - t0) / 10);
t0 = performance.now();
for (let k = 0; k < 10; k++) pairQuoteMarks(t, { lowNineCloses: true, rightGuillemetOpens: true });
console.log("pair", (performance.now() - t0) / 10);
t0 = performance.now();
for (let k = 0; k < 10; k++) findQuotes(t);
console.log("find", (performance.now() - t0) / 10);
var texts = readQuoteArticles().map((a) => a.text);
t0 = performance.now();
for (let k = 0; k < 5; k++) for (const x of texts) pairQuoteMarks(x, voteMarkStyle(x));
console.log("corpus pair", (performance.now() - t0) / 5);
t0 = performance.now();
for (let k = 0; k < 5; k++) for (const x of texts) findQuotes(x);
console.log("corpus find", (performance.now() - t0) / 5);
t0 = performance.now();
var n = 0;
for (let k = 0; k < 5; k++) for (const x of texts) for (const _ of x.matchAll(/„[^„“\n]*“/g)) n++;
console.log("corpus regex", (performance.now() - t0) / 5);
