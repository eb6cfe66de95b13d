import { describe, expect, it } from 'vitest';
import { splitSentences } from '../core/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('gives exact offsets back into the block', () => {
    const block = '  NATO met on Monday. Russia said no!  Why? ';
    const spans = splitSentences(block);
    expect(spans.map((s) => s.text)).toEqual(['NATO met on Monday.', 'Russia said no!', 'Why?']);
    for (const s of spans) expect(block.slice(s.start, s.end)).toBe(s.text);
  });

  it('starts a sentence after its wire dateline, and keeps a sentence that only begins in capitals', () => {
    const text = 'KYIV, Ukraine (AP) — Russia launched 90 drones overnight. BERLIN (Reuters) -Germany will spend more. NATO allies met in Brussels.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Russia launched 90 drones overnight.', 'Germany will spend more.', 'NATO allies met in Brussels.']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break after abbreviations, initials or inside decimals', () => {
    expect(texts('Gen. Smith told the U.S. Senate that spending rose 4.12% in Sept. last year. Dr. Kim agreed.')).toEqual([
      'Gen. Smith told the U.S. Senate that spending rose 4.12% in Sept. last year.',
      'Dr. Kim agreed.',
    ]);
    expect(texts('NATO Sec. Gen. Mark Rutte spoke. J. R. Smith listened.')).toEqual([
      'NATO Sec. Gen. Mark Rutte spoke.',
      'J. R. Smith listened.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits inside a quoted passage', () => {
    expect(texts('Rutte said, “We must act. It is urgent.” Then he left.')).toEqual([
      'Rutte said, “We must act.',
      'It is urgent.”',
      'Then he left.',
    ]);
  });

  it('treats lines without a final period as their own sentences', () => {
    expect(texts('At a Glance\n- 23 of 32 NATO members now meet the target\n- Europe must spend more')).toEqual([
      'At a Glance',
      '23 of 32 NATO members now meet the target',
      'Europe must spend more',
    ]);
  });

  it('ignores line breaks that are only HTML source formatting', () => {
    expect(texts('Officials in Kyiv say 4,500 North Korean\n        soldiers have moved.')).toEqual([
      'Officials in Kyiv say 4,500 North Korean\n        soldiers have moved.',
    ]);
  });

  it('ends an ALL-CAPS headline run before a normal sentence', () => {
    expect(texts('NORTH KOREA HAS 25,000 TROOPS IN RUSSIA, KYIV CLAIMS Officials did not give details.')).toEqual([
      'NORTH KOREA HAS 25,000 TROOPS IN RUSSIA, KYIV CLAIMS',
      'Officials did not give details.',
    ]);
    expect(texts('NATO Secretary General Mark Rutte spoke.')).toEqual(['NATO Secretary General Mark Rutte spoke.']);
  });
});
