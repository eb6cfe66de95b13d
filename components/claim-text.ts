// Words for verdicts and figures, shared by the popup and the dashboard.
import type { Figure, Qualifier, Verdict } from '../core/types';

export const VERDICTS: Verdict[] = ['agrees', 'differs', 'new'];

/** Verdicts in words (never colour alone). */
export const VERDICT_WORDS: Record<Verdict, string> = {
  agrees: 'Agrees',
  differs: 'Differs',
  new: 'New',
};

export const VERDICT_LONG: Record<Verdict, string> = {
  agrees: 'agrees with the database',
  differs: 'differs from the database',
  new: 'not in the database',
};

/** A shape per verdict, so the verdict reads without colour too. */
export const VERDICT_ICON: Record<Verdict, string> = { agrees: '✓', differs: '≠', new: '+' };

const QUALIFIER: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'up-to': 'up to ',
  nearly: 'nearly ',
  between: 'between ',
};

const num = (n: number) => n.toLocaleString('en-US');

/** "about 10,000 soldiers (troops deployed)" */
export function figureText(f: Figure): string {
  let amount = num(f.value);
  if (f.qualifier === 'between' && f.max != null) amount = `${amount} and ${num(f.max)}`;
  if (f.of != null) amount = `${amount} of ${num(f.of)}`;
  const counts = f.counts ? ` (${f.counts.replace(/-/g, ' ')})` : '';
  return `${QUALIFIER[f.qualifier] ?? ''}${amount} ${f.unit}${counts}`.replace(/\s+/g, ' ').trim();
}

/** Quote cut at a word edge, for button names and list rows. */
export function shortQuote(quote: string, max = 60): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const edge = cut.lastIndexOf(' ');
  return `${(edge > max / 2 ? cut.slice(0, edge) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Host name of a URL, or '' when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Only web pages become links: a stored javascript: or data: URL must never be clickable. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
