/**
 * Lower-case words that begin the particle of a personal or place name in the
 * modelled languages ("Ursula von der Leyen", "Rafael van der Vaart",
 * "Juan de la Cruz", "Ciudad del Este"). Between capitalised words they are
 * part of the name, not evidence of a language, even where they are function
 * words of one. Hand-written for article-lens (MIT); lower case.
 * @internal
 */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'vom', 'zu', 'zum', 'zur', // German
  'van', 'ter', 'ten', 'te', // Dutch
  'de', 'del', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'della', 'dei', 'la', 'le', 'y', // Romance
  'of', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', // English, Arabic in news
];
