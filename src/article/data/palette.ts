/**
 * Speaker colours for the HTML view: a strong colour for marks and borders and
 * a light tint of it for backgrounds. Chosen to stay distinguishable for the
 * common colour-vision deficiencies (after the Okabe–Ito and Tableau 10 sets).
 */
export const SPEAKER_COLOURS: readonly { strong: string; tint: string }[] = [
  { strong: '#0072b2', tint: '#d6eaf5' },
  { strong: '#d55e00', tint: '#fbe3d1' },
  { strong: '#009e73', tint: '#d3f0e7' },
  { strong: '#cc79a7', tint: '#f6e3ee' },
  { strong: '#7b5ea7', tint: '#e8e1f2' },
  { strong: '#b8860b', tint: '#f6ecd0' },
  { strong: '#56b4e9', tint: '#e0f1fb' },
  { strong: '#8c564b', tint: '#eee1de' },
  { strong: '#e31a1c', tint: '#fbd9d9' },
  { strong: '#4d7c0f', tint: '#e2eed3' },
];

/** Colour of quotes whose speaker is unknown. */
export const UNKNOWN_SPEAKER_COLOUR = { strong: '#6b7280', tint: '#ececec' } as const;

/** Colour of highlighted foreign-language fragments. */
export const FRAGMENT_COLOUR = { strong: '#a16207', tint: '#fff3a3' } as const;

/** Colour of the bars of the top-terms chart. */
export const BAR_COLOUR = '#4b6cb7';
