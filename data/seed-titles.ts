// Human titles of the bundled source articles (seeds/*.txt), for the tooltip and the popup.
// Some seeds open with a dateline or a summary paragraph, so these are written by hand.

export const SEED_TITLES: Record<string, string> = {
  '000_43f53078eb556458.txt': 'North Korea’s Troop Deployment and Its Impact on Global Security',
  '001_a97f03ce641537a7.txt': 'NATO chief warns of North Korea-Russia alliance threat to US and European security',
  '002_9950ee67f3d01385.txt': 'NATO’s Rutte: North Korean troops in Kursk a sign of Putin’s desperation',
  '003_195da53a531a13bd.txt': 'Rutte warns North Korea and Russia over troops for the war in Ukraine',
  '004_2a477c9cc4b6c32c.txt': 'Russia-North Korea Alliance: Implications for Western Security and NATO Concerns',
};

/** Title for a statement's source: a seed's title, a page's host name, or the source itself. */
export function sourceTitle(source: string): string {
  const seed = SEED_TITLES[source];
  if (seed) return seed;
  try {
    return new URL(source).hostname || source;
  } catch {
    return source;
  }
}
