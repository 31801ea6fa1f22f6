/**
 * Helpers to write cue-verb tables compactly in the per-language data
 * modules. They only expand notation; all words live in the data modules.
 *
 * @internal
 */
import type { CueVerb } from './types.js';

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word !== '');

/**
 * An explicitly listed verb: `'lemma|particle: finite forms / non-finite forms'`
 * e.g. `'hinweisen|hin: weist wies wiesen weise / hingewiesen hinweist hinwies'`.
 */
export function explicitVerb(spec: string): CueVerb {
  const [head = '', forms = ''] = spec.split(':');
  const [lemma = '', particle = ''] = head.trim().split('|');
  const [finite = '', nonFinite = ''] = forms.split('/');
  return { lemma, particle, finite: words(finite), participles: words(nonFinite) };
}

/** German weak (regular) verb forms from `'particle|verb'` or `'verb'`, e.g. `'hinzu|fügen'`. */
export function germanWeakVerb(spec: string, inseparablePrefixes: readonly string[]): CueVerb {
  const parts = spec.split('|');
  const particle = parts.length > 1 ? (parts[0] ?? '') : '';
  const verb = parts.length > 1 ? (parts[1] ?? '') : (parts[0] ?? '');
  const stem = /[lr]n$/.test(verb) && /e[lr]n$/.test(verb) ? verb.slice(0, -1) : verb.slice(0, -2);
  const needsE = /(?:[td]|[^aeiouäöülr][mn])$/.test(stem) && !/e[lr]$/.test(stem);
  const t = needsE ? 'et' : 't';
  const te = needsE ? 'ete' : 'te';
  const noGe = /ieren$/.test(verb) || inseparablePrefixes.some((prefix) => verb.startsWith(prefix));
  const participle = (noGe ? '' : 'ge') + stem + t;
  const finite = [stem + t, stem + te, stem + te + 'n', stem + 'e', verb];
  const nonFinite = particle === '' ? [participle] : [particle + participle];
  if (particle !== '') {
    nonFinite.push(particle + stem + t, particle + stem + te, particle + stem + te + 'n', particle + verb, particle + 'zu' + verb);
  }
  return { lemma: particle + verb, particle, finite, participles: nonFinite };
}
