/**
 * Speaker colours for the HTML view: a strong colour for names, marks and
 * borders and a light tint of it for backgrounds. Hues after the Okabe–Ito
 * and Tableau 10 sets (told apart with the common colour-vision
 * deficiencies), darkened so that every strong colour reads as text on
 * white and on its own tint with a contrast of at least 4.5:1 (WCAG AA).
 */
export const SPEAKER_COLOURS: readonly { strong: string; tint: string }[] = [
  { strong: '#0067a3', tint: '#d6eaf5' },
  { strong: '#a84200', tint: '#fbe3d1' },
  { strong: '#007252', tint: '#d3f0e7' },
  { strong: '#a8437d', tint: '#f6e3ee' },
  { strong: '#6a4c99', tint: '#e8e1f2' },
  { strong: '#7f5a00', tint: '#f6ecd0' },
  { strong: '#00707a', tint: '#d5f0f2' },
  { strong: '#7d4a3f', tint: '#eee1de' },
  { strong: '#c0161c', tint: '#fbdcdc' },
  { strong: '#476f0e', tint: '#e2eed3' },
];

/** Colour of quotes whose speaker is unknown. */
export const UNKNOWN_SPEAKER_COLOUR = { strong: '#57606a', tint: '#ececec' } as const;

/** Colour of highlighted foreign-language fragments. */
export const FRAGMENT_COLOUR = { strong: '#a16207', tint: '#fff3a3' } as const;

/** Colour of the bars of the top-terms chart. */
export const BAR_COLOUR = '#4b6cb7';
