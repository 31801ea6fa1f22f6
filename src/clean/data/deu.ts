import type { CleanLanguageData } from './types.js';

/** German cleaning data. */
export const deu: CleanLanguageData = {
  code: 'deu',
  stopwords: (
    'aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bin bis bist ' +
    'bereits da dabei dadurch daher damit dann daran darauf darin darum darüber das dass daß dem den denen denn der deren des ' +
    'deshalb dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige ' +
    'einigen einmal er es etwa etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ' +
    'ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja jede jedem jeden jeder jedes jedoch jetzt kann ' +
    'kein keine keinem keinen keiner können könnte konnte man manche mehr mein meine meinem meinen meiner mit muss musste nach ' +
    'nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seit sich sie sind so solche soll ' +
    'sollen sollte sondern sowie sowohl über um und uns unser unsere unter viel viele vom von vor während war waren warum ' +
    'was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur ' +
    'zwar zwischen würde würden wäre wären hätte hätten bzw sei seien sogar dazu davon ebenfalls obwohl dafür dagegen wobei ' +
    'selbst ganz gibt gab geht ging eines wenig weniger einfach also zudem ab laut'
  ).split(' '),
  abbreviations: (
    'bzw ca dr prof nr str usw vgl z b d h u a o ä s etc evtl ggf inkl jh jhd mio mrd tel abs art bd min max sog st hl ' +
    'geb gest jr sen co mr mrs ms dipl ing mag rer nat med phil univ nov dez okt sept aug jan feb mär apr jun jul'
  ).split(' '),
  months: (
    'januar jänner februar feber märz april mai juni juli august september oktober november dezember ' +
    'jan feb mär mrz apr jun jul aug sep sept okt nov dez'
  ).split(' '),
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so'.split(' '),
  dateWords: (
    'am um uhr veröffentlicht aktualisiert erstellt geändert zuletzt stand datum publiziert erschienen letzte ' +
    'änderung update heute gestern vor minuten stunden tagen lesezeit min'
  ).split(' '),
  bylineStarts: ['von', 'autor', 'autorin', 'text', 'ein beitrag von', 'verfasst von', 'geschrieben von'],
  authorBoxStarts: ['über', 'über den autor', 'über die autorin', 'mehr über'],
  bylineWords: ['redaktion', 'redaktionsteam', 'online-redaktion', 'autorenteam', 'newsdesk'],
  bioWords: [
    'journalist', 'journalistin', 'journalisten', 'redakteur', 'redakteurin', 'redakteure', 'korrespondent',
    'korrespondentin', 'autor', 'autorin', 'schreibt', 'studierte', 'geboren', 'chefredakteur', 'volontär',
  ],
  creditWords: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotoquelle', 'titelbild', 'beitragsbild', 'grafik', 'video', 'abbildung', 'copyright'],
  breadcrumbStarts: ['start', 'startseite', 'home', 'homepage', 'übersicht', 'sie sind hier'],
  openingQuotes: '„‚»',
  closingQuotes: '“‘«”’',
  articleEndReasons: ['share-prompt', 'follow-prompt', 'comments', 'related-link', 'archive-label', 'author-bio'],
  cues: {
    'related-link': {
      exact: [
        'empfohlene artikel', 'verwandte artikel', 'ähnliche artikel', 'weitere artikel', 'mehr artikel', 'verwandte videos',
        'verwandte beiträge', 'ähnliche beiträge', 'weitere beiträge', 'neueste beiträge', 'neueste artikel', 'neue beiträge',
        'letzte beiträge', 'aktuelle beiträge', 'beliebte beiträge', 'beliebte artikel', 'meistgelesen', 'meist gelesen',
        'meistgelesene artikel', 'am meisten gelesen', 'top artikel', 'mehr zum thema', 'siehe auch', 'lesen sie auch',
        'lesen sie mehr', 'weiterlesen', 'mehr lesen', 'auch interessant', 'das könnte sie auch interessieren',
        'das könnte dich auch interessieren', 'dich interessiert vielleicht auch', 'sie interessiert vielleicht auch',
        'weitere nachrichten', 'mehr nachrichten', 'weitere themen', 'weitere informationen', 'weiterführende informationen',
        'weiterführende links', 'links zum thema', 'mehr dazu', 'passend dazu', 'zum thema', 'themen', 'verwandte themen',
        'weitere meldungen', 'mehr aus dem ressort', 'vorheriger artikel', 'nächster artikel', 'vorheriger beitrag',
        'nächster beitrag', 'zurück', 'weiter', 'mehr', 'mehr anzeigen', 'alle artikel', 'alle beiträge', 'archiv',
        'ältere beiträge', 'neuere beiträge', 'beitrags navigation', 'beitragsnavigation', 'artikel navigation',
        'verwandte artikel mehr vom autor', 'mehr vom autor', 'weitere pressemitteilungen', 'top themen', 'topthemen',
        'empfehlungen', 'unsere empfehlungen', 'empfehlungen der redaktion', 'ebenfalls interessant', 'auch lesenswert',
        'mehr zu diesem thema', 'weitere videos', 'aktuelle artikel', 'aktuelle nachrichten', 'neueste nachrichten',
        'neuigkeiten', 'news', 'zurück zur übersicht', 'zurück zur vorherigen seite', 'zum seitenanfang', 'nach oben',
        'verwandte links', 'weiterführende artikel', 'themenrelevante nachrichten', 'weitere meldungen', 'meldungen',
        'aktuelle meldungen', 'weitere aktuelle themen', 'next post', 'previous post', 'nächster post', 'vorheriger post',
        'inhaltsverzeichnis', 'externer inhalt', 'empfohlener redaktioneller inhalt', 'markiert mit',
        'weitere interessante themen', 'weitere interessante artikel', 'weitere interessante beiträge', 'interessante artikel',
        'interessante beiträge', 'das könnte sie interessieren', 'das könnte dich interessieren', 'auch spannend', 'mehr themen',
        'beliebte themen', 'weitere empfehlungen', 'weitere spannende themen', 'weitere spannende artikel',
        'artikel und videos zum thema', 'artikel zum thema', 'videos zum thema', 'beiträge zum thema', 'externe links',
        'weitere links', 'nützliche links', 'am beliebtesten', 'beliebteste artikel', 'meistgelesene beiträge',
        'am häufigsten gelesen', 'meistkommentiert', 'meist kommentiert', 'weitere beiträge zu diesem artikel',
      ],
      prefix: [
        'mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'lies auch', 'siehe auch', 'auch interessant', 'das könnte sie auch',
        'das könnte dich auch', 'mehr nachrichten aus', 'mehr aus', 'weitere artikel', 'weitere beiträge', 'weitere nachrichten',
        'mehr zu', 'passend zum thema', 'ähnliche artikel', 'verwandte artikel', 'empfohlene artikel', 'vorheriger artikel',
        'nächster artikel', 'vorheriger beitrag', 'nächster beitrag', 'weitere pressemitteilungen', 'zurück zu', 'zurück zur',
        'zurück zum', 'mehr zum', 'zum artikel', 'zum beitrag', 'hier weiterlesen', 'weiterlesen', 'jetzt lesen', 'lesenswert',
        'meist geklickt', 'meistgeklickt', 'alle themen zu', 'vorschau auf den nächsten', 'vorheriges', 'nächstes',
        'weitere aktuelle themen', 'themenrelevante', 'markiert mit', 'getaggt mit', 'artikel und videos zum thema',
        'artikel zum thema', 'weitere beiträge zu', 'zeige alle beiträge von', 'alle beiträge von', 'weiterführende artikel',
        'weiterführende beiträge', 'weiterführende links', 'artikel zu diesem thema', 'beiträge zu diesem thema', 'mehr kolumnen', 'weitere kolumnen',
      ],
      anywhere: ['könnte dich auch interessieren', 'könnte sie auch interessieren', 'könnte euch auch interessieren',
        'einen weiteren spannenden beitrag', 'weitere spannende beiträge', 'alternative downloads', 'ähnliche beiträge',
        'verwandte beiträge', 'weitere artikel zum thema', 'findest du hier', 'findet ihr hier', 'hier geht es zu'],
    },
    advertisement: {
      anywhere: ['enthält werbung', 'beitrag enthält werbung', 'werbung dieser beitrag', 'unbezahlte werbung', 'bezahlte werbung'],
      exact: ['anzeige', 'anzeigen', 'werbung', 'advertisement', 'advertisment', 'sponsored', 'gesponsert', 'sponsored content',
        'promotion', 'partner inhalte', 'partnerinhalte', 'anzeigentarife', 'werben', 'mediadaten', 'affiliate link', 'werbehinweis'],

    },
    'share-prompt': {
      exact: ['teilen', 'artikel teilen', 'seite teilen', 'beitrag teilen', 'jetzt teilen', 'teilen sie dies mit', 'teile dies',
        'sharen mit', 'share', 'teilen auf', 'diesen artikel teilen', 'link kopieren', 'text kopieren', 'teilen twittern',
        'teilen mit', 'social media', 'per e mail teilen', 'per mail versenden', 'empfehlen', 'tweet', 'twittern', 'drucken',
        'artikel drucken', 'seite drucken', 'druckversion', 'e mail', 'mail', 'versenden', 'pinnen', 'merken', 'gefällt mir',
        'gefällt mir wird geladen', 'like', 'whatsapp', 'facebook', 'twitter', 'instagram', 'youtube', 'linkedin', 'xing',
        'pinterest', 'telegram', 'tiktok', 'rss', 'rss feed', 'feed', 'mastodon', 'reddit', 'flipboard', 'threema',
        'facebook twitter', 'facebook twitter whatsapp', 'auf facebook teilen', 'auf twitter teilen', 'bei whatsapp teilen',
        'mit freunden teilen', 'rezept drucken', 'artikel merken', 'beitrag merken', 'pdf', 'als pdf herunterladen', 'link teilen'],
      prefix: ['teilen sie', 'diesen artikel teilen', 'artikel teilen', 'seite teilen', 'sharen mit', 'jetzt teilen', 'teile diesen',
        'auf facebook teilen', 'auf twitter teilen'],
      anywhere: ['mit anderen teilen', 'vergiss nicht zu teilen', 'artikel gefallen', 'beitrag gefallen', 'in den sozialen medien teilen', 'in sozialen netzwerken teilen', 'diesen beitrag teilen', 'diese geschichte teilen',
        'diesen artikel teilen', 'artikel per mail', 'teilen sie diesen'],
    },
    'follow-prompt': {
      exact: ['folgen sie uns', 'folge uns', 'folgt uns', 'folgen', 'abonnieren', 'jetzt abonnieren', 'newsletter abonnieren',
        'kanal abonnieren', 'besuchen sie uns auf'],
      prefix: ['folgen sie', 'folge uns', 'folgt uns', 'abonnieren sie', 'abonniere unseren', 'abonnieren sie unseren',
        'besuchen sie uns', 'finden sie uns', 'sie finden uns', 'werden sie fan', 'jetzt abonnieren', 'folgt mir', 'folge mir',
        'folgen sie mir'],
      anywhereLong: ['in deinen posteingang', 'in ihren posteingang', 'newsletter abonnieren', 'zum newsletter anmelden',
        'diesen blog zu abonnieren', 'benachrichtigungen über neue beiträge'],
      anywhere: ['folgen sie uns auf', 'folge uns auf', 'folgt uns auf', 'folgt mir auf', 'folge mir auf', 'folgen sie mir auf', 'folgen sie rt', 'auf telegram folgen', 'bei facebook folgen'],
    },
    widget: {
      exact: ['translate', 'suche', 'suchen', 'suchbegriff eingeben', 'menü', 'menu', 'navigation', 'hauptmenü', 'hauptnavigation',
        'zum inhalt springen', 'zum inhalt', 'direkt zum inhalt', 'zur navigation', 'zur suche', 'springe zum inhalt',
        'inhalt', 'schließen', 'öffnen', 'login', 'log in', 'logout', 'anmelden', 'einloggen', 'registrieren', 'abmelden',
        'log in registrieren', 'anmelden registrieren', 'mein konto', 'konto', 'warenkorb', 'in den warenkorb', 'zur kasse',
        'newsletter', 'jetzt anmelden', 'newsletter bestellen', 'newsletter anmeldung', 'kommentieren', 'bewerten',
        'noch keine bewertungen', 'bewertung', 'bewertungen', 'drucken', 'schriftgröße', 'vorlesen', 'artikel vorlesen',
        'audio', 'anhören', 'zum video', 'video abspielen', 'galerie', 'bildergalerie',
        'heller modus', 'dunkler modus', 'hochkontrast modus', 'sprache', 'deutsch', 'english', 'sitemap', 'hilfe', 'faq',
        'barrierefreiheit', 'leichte sprache', 'gebärdensprache', 'toggle navigation', 'skip to content', 'top',
        'sie wollen mehr von uns', 'abschicken', 'senden', 'absenden', 'ok', 'akzeptieren', 'alle akzeptieren', 'ablehnen',
        'einstellungen', 'mehr erfahren', 'details', 'lesezeit', 'seitenanfang', 'feedback', 'unterstützen', 'spenden',
        'jetzt spenden', 'abo', 'abo shop', 'shop', 'jobs', 'karriere', 'termine', 'veranstaltungen', 'downloads',
        'grafik herunterladen', 'text herunterladen', 'pdf herunterladen', 'download', 'buch bestellen', 'jetzt bestellen',
        'info zur bewertung', 'bewertung abgeben', 'externer inhalt'],
      // a short line naming the newsletter is its sign-up box: "Der Verivox-Newsletter: immer bestens informiert!"
      anywhere: ['newsletter', 'erfolgreich hinzugefügt', 'unterstütze das projekt', 'unterstützen sie uns',
        'kostenlos anmelden', 'kostenlos registrieren', 'jetzt registrieren', 'als pdf', 'ausgabe kaufen', 'jetzt kaufen',
        'in den warenkorb', 'zum shop', 'nicht barrierefrei', 'jetzt anmelden'],
      anywhereLong: ['bezahlschranke', 'paywall'],
      prefix: ['suchbegriff', 'zum inhalt springen', 'springe zu', 'newsletter abonnieren', 'jetzt newsletter', 'melden sie sich',
        'klicken sie hier', 'hier klicken', 'empfohlener redaktioneller inhalt', 'externer inhalt',
        'melde dich', 'jetzt registrieren', 'hier anmelden', 'translate'],
    },
    'cookie-notice': {
      prefix: ['diese website verwendet cookies', 'diese webseite verwendet cookies', 'wir verwenden cookies', 'wir nutzen cookies',
        'diese seite verwendet cookies', 'um unsere webseite', 'um unsere website', 'cookie einstellungen', 'cookies'],
      anywhereLong: ['verwendet cookies', 'verwenden cookies', 'nutzt cookies', 'nutzen cookies', 'setzt cookies', 'cookies verwenden',
        'cookies zu', 'einsatz von cookies', 'verwendung von cookies', 'cookie richtlinie', 'stimmst du der verwendung',
        'stimmen sie der verwendung', 'datenschutzbestimmungen', 'mit der anmeldung stimme ich', 'ich akzeptiere die',
        'ich stimme zu', 'um spam zu reduzieren', 'ihre angaben aus dem', 'klicken sie auf den unteren button',
        'erhält ggf eine provision', 'provision vom händler', 'affiliate links', 'werbelinks', 'per e mail zu erhalten',
        'neue beiträge per e mail', 'newsletter anmelden', 'melde dich für unseren newsletter', 'zum newsletter',
        'willige ich', 'einwilligung jederzeit', 'respektieren deine privatsphäre', 'respektieren ihre privatsphäre',
        'ohne dein einverständnis', 'ohne ihr einverständnis', 'abmeldelink', 'ich bin damit einverstanden'],
      anywhere: ['verwendet cookies', 'nutzt cookies', 'verwenden cookies', 'nutzen cookies', 'cookie richtlinie', 'cookie einstellungen',
        'datenschutzeinstellungen', 'verwendung von cookies', 'einsatz von cookies'],
    },
    legal: {
      exact: ['impressum', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'agb', 'nutzungsbedingungen', 'kontakt',
        'impressum datenschutz', 'datenschutz impressum', 'kontakt impressum', 'impressum kontakt', 'rechtliches',
        'haftungsausschluss', 'disclaimer', 'copyright', 'copyrights', 'alle rechte vorbehalten', 'cookie richtlinie',
        'cookie einstellungen', 'privatsphäre einstellungen', 'barrierefreiheitserklärung', 'netiquette', 'über uns',
        'faq impressum datenschutzerklärung', 'impressum datenschutzerklärung', 'kontakt datenschutz impressum',
        'impressum datenschutz kontakt', 'nutzungsbedingungen datenschutz', 'widerrufsbelehrung', 'versand', 'versandkosten',
        'zahlungsarten', 'presse', 'mediadaten', 'datenschutzeinstellungen'],
      prefix: ['copyright', 'alle rechte vorbehalten', 'impressum', 'datenschutz', 'powered by', 'proudly powered by',
        'betrieben von', 'theme von', 'theme by', 'erstellt mit', 'designed by', 'webdesign', 'realisiert von'],
      anywhereLong: ['keine haftung für die inhalte externer', 'für den inhalt der verlinkten seiten', 'suggested citation',
        'zitiervorschlag', 'bitte zitieren als', 'creative commons', 'sofern nicht anders ausgewiesen',
        'sofern nicht anders angegeben', 'sofern nicht anders gekennzeichnet'],
      anywhere: ['alle angaben ohne gewähr', 'angaben ohne gewähr', 'alle rechte vorbehalten', 'all rights reserved', 'powered by wordpress', 'forum software'],
    },
    comments: {
      anywhere: ['kommentare', 'kommentare geschlossen', 'kommentarfeed', 'trackback', 'antworten zu', 'hinterlasse eine antwort',
        'schreibe eine antwort', 'leser kommentare', 'kommentare zu diesem', 'kommentar schreiben', 'kommentare anzeigen', 'kommentar verfassen',
        'antwort abbrechen', 'kommentieren abzubrechen', 'kommentare geben sie', 'in den kommentaren', 'in die kommentare'],
      exact: ['kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben', 'kommentar verfassen', 'antworten', 'antwort',
        'neueste kommentare', 'letzte kommentare', 'kommentar abschicken', 'kommentar absenden', 'antwort abbrechen',
        'schreibe einen kommentar', 'hinterlasse einen kommentar', 'keine kommentare', 'noch keine kommentare',
        'diskutieren sie mit', 'diskussion', 'leserkommentare', 'kommentare anzeigen', 'alle kommentare', 'melden',
        'beitrag melden', 'zitieren', 'ähnliche themen', 'kommentar hinzufügen', 'schreib einen kommentar',
        'pingback von', 'trackback von', 'einen kommentar hinzufügen'],
      prefix: ['schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentar schreiben', 'kommentare', 'ein kommentar',
        'ihre e mail adresse wird nicht', 'deine e mail adresse wird nicht', 'erforderliche felder sind', 'name erforderlich',
        'e mail erforderlich', 'einen kommentar schreiben', 'schreib einen kommentar', 'kommentar hinzufügen', 'pingback',
        'trackback', 'leser kommentare', 'leserkommentare', 'kommentar hinterlassen', 'noch keine kommentare', 'keine kommentare', 'sie müssen angemeldet sein',
        'du musst angemeldet sein', 'bitte melden sie sich an', 'kommentar abschicken', 'benachrichtige mich', 'comment by'],
    },
    'archive-label': {
      exact: ['archiviert unter', 'abgelegt unter', 'kategorie', 'kategorien', 'schlagwörter', 'schlagworte', 'stichwörter',
        'stichworte', 'tags', 'themen', 'veröffentlicht in', 'gespeichert unter', 'rubrik', 'rubriken', 'ressort', 'schlagwort'],
      anywhereLong: ['verschlagwortet mit', 'dieser eintrag wurde veröffentlicht in', 'veröffentlicht und wurde unter',
        'abgelegt und mit', 'beitrag wurde veröffentlicht in', 'und abgelegt unter', 'this entry was posted in',
        'bookmark the permalink', 'lesezeichen für den permalink', 'lesezeichen auf den permalink'],
      prefix: ['archiviert unter', 'abgelegt unter', 'kategorie', 'kategorien', 'schlagwörter', 'schlagworte', 'stichwörter',
        'stichworte', 'tags', 'veröffentlicht in', 'gespeichert unter', 'posted in', 'abgelegt in', 'schlagwort'],
    },
    'source-label': {
      exact: ['quelle', 'quellen', 'quelllink', 'quellenlink', 'quellenangabe', 'quellenangaben', 'zur quelle', 'originalquelle',
        'source'],
      // syndication notes: "Dieser Beitrag stammt aus Ausgabe 7/2019 der …", "Der Artikel erschien zuerst bei …"
      prefix: ['dieser beitrag stammt aus', 'dieser artikel stammt aus', 'dieser text stammt aus', 'dieser beitrag erschien zuerst',
        'dieser artikel erschien zuerst', 'dieser text erschien zuerst', 'der beitrag erschien zuerst', 'der artikel erschien zuerst',
        'dieser beitrag erschien in', 'dieser artikel erschien in', 'dieser beitrag ist zuerst', 'dieser artikel ist zuerst'],
    },
    byline: {
      exact: ['von', 'autor', 'autorin', 'autoren', 'autor innen', 'autor in', 'redaktion', 'die redaktion', 'über den autor',
        'über die autorin', 'über die autoren', 'zur person'],
    },
    caption: {
      // image furniture counts as a caption too: it stands inside article bodies
      exact: ['bild vergrößern', 'vergrößern', 'zum vergrößern auf das bild klicken'],
      prefix: ['bildquelle', 'fotoquelle', 'bildnachweis', 'fotonachweis', 'quelle foto', 'vergrößern', 'bild via', 'foto via',
        'bild von', 'foto von', 'zum vergrößern'],
      anywhere: ['symbolbild', 'symbolfoto', 'bild anzeigen', 'bild schließen'],
    },
    'page-date': {},
    breadcrumb: {
      prefix: ['sie sind hier', 'sie befinden sich hier', 'du bist hier'],
    },
  },
};
