// The first stage's topic gate: a few capitalised stems, tested on raw text. It only decides
// whether a page is worth reading at all; the engine decides what is a claim. Kept tiny and
// free of word edges so that one pass over a large page costs a fraction of walking it.
const GATE =
  /NATO|OTAN|Russ|RUSS|Moscow|Kremlin|Putin|Korea|KOREA|Pyongyang|Seoul|DPRK|Ukrain|UKRAIN|Kyiv|Kiev|Zelensk|Kursk|Rutte|Stoltenberg|Crimea|Donbas|Donetsk|Luhansk|Kharkiv|Kherson|North Atlantic/;

export function isTopical(text: string): boolean {
  return GATE.test(text);
}
