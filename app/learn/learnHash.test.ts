import { describe, expect, it } from 'vitest';
import { getLessonHref, readLearnRoute, writeLearnRoute } from './learnHash.ts';

describe('readLearnRoute', () => {
  it('opens a lesson with the settings it has in the address', () => {
    const route = readLearnRoute('#view=learn&lesson=series&n=12&a=99.5&seed=3');
    expect(route.lesson?.id).toBe('series');
    expect(route.texts).toEqual({ n: '12', a: '99.5' });
    expect(route.unknown).toBeNull();
  });

  it('shows the index without a lesson and names an unknown one', () => {
    expect(readLearnRoute('#view=learn').lesson).toBeNull();
    expect(readLearnRoute('#view=learn&lesson=nope')).toMatchObject({
      lesson: null,
      unknown: 'nope',
    });
  });
});

describe('writeLearnRoute', () => {
  it('keeps the view and other parameters and drops the last lesson’s settings', () => {
    expect(
      writeLearnRoute('#view=learn&lesson=series&n=12&design=abc', 'mtbf', { mtbf: '500' }),
    ).toBe('#view=learn&design=abc&lesson=mtbf&mtbf=500');
    expect(writeLearnRoute('#view=learn&lesson=series&n=3', null)).toBe('#view=learn');
  });

  it('writes only the lesson’s own keys', () => {
    expect(writeLearnRoute('#view=learn', 'nines', { a: '99.9', n: '4' })).toBe(
      '#view=learn&lesson=nines&a=99.9',
    );
    expect(getLessonHref('series')).toBe('#view=learn&lesson=series');
  });
});
