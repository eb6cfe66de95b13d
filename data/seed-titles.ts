// Human titles and provenance of the bundled source articles (seeds/*.txt), for the tooltip,
// the popup and the exports.
// Seeds 002 and 003 have no headline (they open with a summary paragraph or a dateline):
// their titles say so, and describe the article, rather than pass for the publisher's.

export interface SeedSource {
  title: string;
  /** Site that published the article (its host name), or null when not verified. */
  outlet: string | null;
  /** Address where the seed's text was found verbatim, or null when not verified. */
  url: string | null;
  /** ISO publication date, or null when the page gave none we could verify. */
  published: string | null;
}

// Each url/outlet below was verified by finding several consecutive paragraphs of the seed
// verbatim in a stored copy of the page. None of the stored copies carried a publication date,
// so `published` is null throughout rather than inferred from the events described.
export const SEED_SOURCES: Record<string, SeedSource> = {
  '000_43f53078eb556458.txt': {
    title: 'North Korea’s Troop Deployment and Its Impact on Global Security',
    outlet: 'trendynewsnow.com',
    url: 'https://trendynewsnow.com/north-koreas-troop-deployment-and-its-impact-on-global-security/',
    published: null,
  },
  // The page's own headline is not in the stored copy; its address suggests
  // "Unpacking the North Korea-Russia Pact: What It Means for Global Security" (unverified).
  '001_a97f03ce641537a7.txt': {
    title: 'NATO chief warns of North Korea-Russia alliance threat to US and European security',
    outlet: 'restoreamericanglory.com',
    url: 'https://restoreamericanglory.com/unpacking-the-north-korea-russia-pact-what-it-means-for-global-security/',
    published: null,
  },
  // Found on the page's AMP version; the headline is not in the stored copy (the address
  // suggests "NATO chief reports North Korean troops deployed to Kursk region in Russia").
  '002_9950ee67f3d01385.txt': {
    title: 'Untitled report: Rutte on North Korean troops in Kursk and Putin’s desperation',
    outlet: 'westtimelines.com',
    url: 'https://westtimelines.com/nato-chief-reports-north-korean-troops-deployed-to-kursk-region-in-russia/amp',
    published: null,
  },
  // Not found: no stored page carries this text. It retells a dpa report of 21 Oct 2024
  // (Rutte's post on X after talking to Yoon), but that report is not this article.
  '003_195da53a531a13bd.txt': {
    title: 'Untitled report: Rutte warns North Korea and Russia after meeting Yoon',
    outlet: null,
    url: null,
    published: null,
  },
  '004_2a477c9cc4b6c32c.txt': {
    title: 'Russia-North Korea Alliance: Implications for Western Security and NATO Concerns',
    outlet: 'horizonpost.com',
    url: 'https://horizonpost.com/russia-north-korea-alliance-implications-for-western-security-and-nato-concerns/',
    published: null,
  },
};

export const SEED_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(SEED_SOURCES).map(([file, s]) => [file, s.title]),
);

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
