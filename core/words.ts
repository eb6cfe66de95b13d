// Words for what a figure counts, in a module of their own so the UI can share them without
// pulling the engine into its bundles.

/** One name for each kind of figure: the engine's summaries and the UI use the same words. */
export const COUNTS_WORDS: Record<string, string> = {
  'troops-deployed': 'troops sent',
  'troops-training': 'troops in training',
  'troops-planned': 'troops planned in all',
  'killed-or-wounded': 'killed or wounded',
  killed: 'killed',
  wounded: 'wounded',
  'members-meeting-target': 'members meeting the target',
  'members-missing-target': 'members short of the target',
  'members-all': 'members in all',
  'gdp-share': 'of GDP',
  'spending-target': 'target',
  officers: 'officers',
  'force-size': 'troops under arms',
};
