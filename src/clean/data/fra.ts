import type { CleanLanguageData } from './types.js';

/** French cleaning data. */
export const fra: CleanLanguageData = {
  code: 'fra',
  stopwords: (
    'a à au aux avec ce ces c cette d dans de des du elle elles en est et été être eu il ils je l la le les leur leurs lui ' +
    'ma mais me même mes moi mon n ne nos notre nous on ont ou où par pas pour qu que qui s sa se ses si son sont sur ta te ' +
    'tes toi ton tu un une vos votre vous y était sont aussi comme plus très tout tous toute toutes sans sous entre après ' +
    'avant depuis donc car ni dont cela ceci selon lors encore déjà peut fait'
  ).split(' '),
  abbreviations: 'm mm mme mmes mlle dr pr st ste etc cf p ex env av bd janv févr avr juil sept oct nov déc n°'.split(' '),
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil sept oct nov déc'.split(' '),
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
  dateWords: 'le à h publié mis jour modifié il y a minutes heures jours lecture min'.split(' '),
  bylineStarts: ['par', 'auteur', 'autrice', 'écrit par'],
  authorBoxStarts: ['à propos de'],
  bylineWords: ['rédaction'],
  bioWords: ['journaliste', 'journalistes', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'écrit', 'auteur', 'autrice'],
  creditWords: ['photo', 'photos', 'image', 'crédit', 'vidéo', 'illustration'],
  breadcrumbStarts: ['accueil', 'home', 'vous êtes ici'],
  openingQuotes: '«“‘',
  closingQuotes: '»”’',
  articleEndReasons: ['share-prompt', 'follow-prompt', 'comments', 'related-link', 'archive-label', 'author-bio'],
  cues: {
    'related-link': {
      exact: ['articles liés', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'voir aussi', 'les plus lus', 'lire la suite',
        'en savoir plus', 'articles récents', 'suivant', 'précédent', 'plus d articles', 'à voir aussi'],
      prefix: ['à lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'lire la suite', 'en savoir plus'],
    },
    advertisement: { exact: ['publicité', 'annonce', 'sponsorisé', 'contenu sponsorisé'] },
    'share-prompt': {
      exact: ['partager', 'partagez', 'partager sur facebook', 'partager sur twitter', 'facebook', 'twitter', 'whatsapp',
        'instagram', 'youtube', 'imprimer', 'envoyer', 'e mail'],
      prefix: ['partager sur', 'partagez cet'],
      anywhere: ['sur les réseaux sociaux', 'partagez cet article'],
    },
    'follow-prompt': { exact: ['suivez nous', 's abonner', 'abonnez vous'], prefix: ['suivez nous', 'abonnez vous', 'suivez'] },
    widget: { exact: ['rechercher', 'recherche', 'menu', 'fermer', 'connexion', 'se connecter', 's inscrire', 'newsletter', 'traduire'] },
    'cookie-notice': { prefix: ['ce site utilise des cookies', 'nous utilisons des cookies', 'cookies'], anywhere: ['utilise des cookies', 'politique de cookies'] },
    legal: {
      exact: ['mentions légales', 'politique de confidentialité', 'confidentialité', 'contact', 'nous contacter', 'cgu', 'copyright'],
      prefix: ['copyright', 'tous droits réservés'],
      anywhere: ['tous droits réservés'],
    },
    comments: { exact: ['commentaires', 'commenter', 'répondre', 'laisser un commentaire'], prefix: ['laisser un commentaire', 'votre adresse e mail'] },
    'archive-label': { exact: ['classé dans', 'étiquettes', 'mots clés', 'catégories', 'thèmes', 'tags'], prefix: ['classé dans', 'étiquettes', 'mots clés', 'catégories'] },
    'source-label': { exact: ['source', 'sources'] },
    byline: { exact: ['par', 'auteur', 'rédaction'] },
    caption: { prefix: ['crédit photo'] },
    breadcrumb: { prefix: ['vous êtes ici'] },
  },
};
