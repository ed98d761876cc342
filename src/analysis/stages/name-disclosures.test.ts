import { describe, expect, it } from 'vitest';
import { extractNameDisclosures, extractReceiverNames } from './name-disclosures.ts';

describe('extractNameDisclosures', () => {
  it('finds a self-introduction followed by a capitalised name, in several languages', () => {
    expect(
      extractNameDisclosures('ok my name is Ana Maria Cruz for the transfer').map((h) => h.value),
    ).toEqual(['Ana Maria Cruz']);
    expect(extractNameDisclosures('Mein Name ist Thomas Müller, bis morgen').map((h) => h.value)).toEqual([
      'Thomas Müller',
    ]);
    expect(extractNameDisclosures("hello, je m'appelle Jean Dupont").map((h) => h.value)).toEqual([
      'Jean Dupont',
    ]);
  });

  it('ignores lower-case words and single names', () => {
    expect(extractNameDisclosures('i am going to the mall later')).toEqual([]);
    expect(extractNameDisclosures('my name is John')).toEqual([]);
  });

  it('gives the span of the name in the text', () => {
    const text = 'btw my name is Ka Ho Lee';
    const [h] = extractNameDisclosures(text);
    expect(text.slice(h!.start, h!.end)).toBe('Ka Ho Lee');
  });
});

describe('extractReceiverNames', () => {
  it('finds the name money should go to', () => {
    expect(extractReceiverNames('use Western Union, receiver Elvira Magbanua').map((h) => h.value)).toEqual([
      'Elvira Magbanua',
    ]);
    expect(extractReceiverNames('padala kay Maria Santos po').map((h) => h.value)).toEqual(['Maria Santos']);
    expect(extractReceiverNames('the receiver is late today')).toEqual([]);
  });
});
