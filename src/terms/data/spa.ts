import type { TermsLanguageData } from './types.js';

/** Spanish. Function words only. */
export const spa: TermsLanguageData = {
  code: 'spa',
  stopwords: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'al', 'del', 'de', 'a', 'ante',
    'bajo', 'con', 'contra', 'desde', 'durante', 'en', 'entre', 'hacia', 'hasta', 'mediante', 'para',
    'por', 'según', 'sin', 'sobre', 'tras', 'y', 'e', 'o', 'u', 'ni', 'pero', 'sino', 'que', 'porque',
    'pues', 'aunque', 'si', 'como', 'cuando', 'donde', 'mientras', 'cual', 'cuales', 'quien',
    'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'qué', 'cuál', 'cuáles', 'quién', 'quiénes', 'cómo',
    'cuándo', 'dónde', 'cuánto', 'yo', 'tú', 'él', 'ella', 'ello', 'nosotros', 'nosotras',
    'vosotros', 'vosotras', 'ellos', 'ellas', 'usted', 'ustedes', 'me', 'te', 'se', 'nos', 'os',
    'le', 'les', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
    'vuestro', 'vuestra', 'vuestros', 'vuestras', 'mío', 'mía', 'míos', 'mías', 'tuyo', 'tuya',
    'suyo', 'suya', 'suyos', 'suyas', 'este', 'esta', 'estos', 'estas', 'esto', 'ese', 'esa', 'esos',
    'esas', 'eso', 'aquel', 'aquella', 'aquellos', 'aquellas', 'aquello', 'ser', 'soy', 'eres', 'es',
    'somos', 'sois', 'son', 'era', 'eras', 'éramos', 'eran', 'fue', 'fueron', 'fui', 'sido',
    'siendo', 'sea', 'sean', 'será', 'serán', 'sería', 'serían', 'estar', 'estoy', 'estás', 'está',
    'estamos', 'están', 'estaba', 'estaban', 'estado', 'estuvo', 'haber', 'he', 'has', 'ha',
    'hemos', 'han', 'había', 'habían', 'habido', 'hay', 'hubo', 'habrá', 'habría', 'no', 'sí', 'ya',
    'muy', 'más', 'menos', 'también', 'tampoco', 'solo', 'sólo', 'aún', 'todavía', 'así', 'tan',
    'tanto', 'todo', 'toda', 'todos', 'todas', 'otro', 'otra', 'otros', 'otras', 'mismo', 'misma',
    'mismos', 'mismas', 'algo', 'nada', 'alguien', 'nadie', 'algún', 'alguno', 'alguna', 'algunos',
    'algunas', 'ningún', 'ninguno', 'ninguna', 'cada', 'poco', 'mucho', 'muchos', 'muchas', 'varios',
    'varias', 'bien', 'entonces', 'luego', 'además', 'sr.', 'sra.', 'etc.', 'ee.uu.',
  ],
  abbreviations: [
    'Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Ud.', 'Uds.', 'etc.', 'Avda.', 'Av.', 'aprox.', 'EE. UU.',
    'Prof.', 'Gral.', 'Ene.', 'Feb.', 'Abr.', 'Ago.', 'Sept.', 'Oct.', 'Dic.',
  ],
  numberAbbreviations: ['Núm.', 'Pág.', 'Art.', 'No.'],
  elisionPrefixes: [],
  cliticSuffixes: [],
  truncationFollowers: ['y', 'o'],
};
