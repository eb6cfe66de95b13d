// Human titles of the bundled source articles (seeds/*.txt), for the tooltip and the popup.
// Seeds 002 and 003 have no headline (they open with a summary paragraph or a dateline):
// their titles say so, and describe the article, rather than pass for the publisher's.

export const SEED_TITLES: Record<string, string> = {
  '000_43f53078eb556458.txt': 'North Korea’s Troop Deployment and Its Impact on Global Security',
  '001_a97f03ce641537a7.txt': 'NATO chief warns of North Korea-Russia alliance threat to US and European security',
  '002_9950ee67f3d01385.txt': 'Untitled report: Rutte on North Korean troops in Kursk and Putin’s desperation',
  '003_195da53a531a13bd.txt': 'Untitled report: Rutte warns North Korea and Russia after meeting Yoon',
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
