/**
 * Terminal colour: when to use it, and ANSI SGR styling that turns into
 * plain text when it is off.
 */

/** A text attribute or colour the report uses. */
export type Style =
  | 'bold'
  | 'dim'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'grey'
  | 'onYellow';

const SGR: Readonly<Record<Style, number>> = {
  bold: 1,
  dim: 2,
  italic: 3,
  underline: 4,
  strike: 9,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  grey: 90,
  onYellow: 43,
};

/** Colours given to speakers in turn, so each speaker keeps one colour. */
export const SPEAKER_STYLES: readonly Style[] = ['cyan', 'magenta', 'green', 'blue', 'yellow', 'red'];

/** The environment variables and stream facts colour depends on. */
export interface ColourContext {
  /** `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  isTTY: boolean;
}

/**
 * Whether to colour the output, following the common conventions:
 * `FORCE_COLOR` (any value but `0`/`false`) forces colour, `FORCE_COLOR=0`
 * and `NO_COLOR` (non-empty) turn it off, otherwise colour when standard
 * output is a terminal that is not `TERM=dumb`.
 */
export function shouldColour({ env, isTTY }: ColourContext): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}

/** Applies styles to text, or leaves text as it is when colour is off. */
export interface Painter {
  /** Whether styles produce escape sequences. */
  readonly enabled: boolean;
  /** `text` in all `styles` at once, reset afterwards. */
  paint(text: string, ...styles: readonly Style[]): string;
}

/** A {@link Painter} that colours when `enabled`, and is the identity otherwise. */
export function createPainter(enabled: boolean): Painter {
  return {
    enabled,
    paint(text: string, ...styles: readonly Style[]): string {
      if (!enabled || styles.length === 0 || text === '') return text;
      return `\u001b[${styles.map((style) => SGR[style]).join(';')}m${text}\u001b[0m`;
    },
  };
}
