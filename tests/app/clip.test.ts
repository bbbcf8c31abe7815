import { describe, expect, it } from 'vitest';
import { clipAtWord, longestFitting } from '../../src/app/clip';

/** A box of `lines` lines of `width` characters, wrapped at spaces the way a text object wraps. */
function box(width: number, lines: number): (s: string) => boolean {
  return (s) => {
    let count = 1;
    let used = 0;
    for (const word of s.split(' ')) {
      if (word.length > width) return false;
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) used = need;
      else {
        count += 1;
        used = word.length;
      }
    }
    return count <= lines;
  };
}

describe('longestFitting', () => {
  it('finds the last n that fits', () => {
    expect(longestFitting(100, (n) => n <= 37)).toBe(37);
    expect(longestFitting(10, () => true)).toBe(10);
    expect(longestFitting(10, (n) => n === 0)).toBe(0);
  });
});

describe('clipAtWord', () => {
  const story = 'Seoul pays more for the alliance, and Washington asks for still more next year.';

  it('leaves a text that fits as it is', () => {
    expect(clipAtWord(story, box(200, 1))).toBe(story);
  });

  it('cuts at a word, ends with an ellipsis, and fits', () => {
    const fits = box(18, 2);
    const clipped = clipAtWord(story, fits);
    expect(clipped.endsWith('…')).toBe(true);
    expect(fits(clipped)).toBe(true);
    const kept = clipped.slice(0, -1);
    expect(story.startsWith(kept)).toBe(true);
    // It stops at the end of a word, and drops the comma that would stand before the ellipsis.
    expect(clipped).toBe('Seoul pays more for the alliance…');
    // One more word would not fit.
    expect(fits('Seoul pays more for the alliance, and…')).toBe(false);
  });

  it('cuts inside a word only when no whole word fits', () => {
    const clipped = clipAtWord('Denuclearisation first', box(6, 1));
    expect(clipped).toBe('Denuc…');
  });

  it('keeps at least one character', () => {
    expect(clipAtWord('Pyongyang', () => false)).toBe('P…');
  });
});
