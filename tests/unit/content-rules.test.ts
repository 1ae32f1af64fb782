import { describe, expect, it } from 'vitest';
import { findDosing } from '../../src/lib/content-rules';

describe('findDosing', () => {
  it.each([
    ['Take 0.5 mg once a day.', '0.5 mg'],
    ['The usual amount is 300mg.', '300mg'],
    ['take two tablets at night', 'take two tablets'],
    ['800 IU of vitamin E', '800 IU'],
  ])('finds a dose in %j', (text, found) => {
    expect(findDosing(text)).toBe(found);
  });
  it.each(['Take it only as prescribed.', 'Up to 7 days after exercise.', 'In 2024 the FDA approved it.'])(
    'finds none in %j',
    (text) => {
      expect(findDosing(text)).toBeUndefined();
    },
  );
});
