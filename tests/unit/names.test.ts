import { describe, expect, it } from 'vitest';
import { alsoCalled } from '../../src/lib/names';

describe('alsoCalled', () => {
  it('drops names already listed as brands, and repeats, ignoring case', () => {
    expect(alsoCalled(['ETV', 'Baraclude', 'etv', '博路定'], ['baraclude', '博路定'])).toEqual(['ETV']);
  });
  it('keeps every synonym when there are no brands', () => {
    expect(alsoCalled(['HBV', 'hep B'])).toEqual(['HBV', 'hep B']);
  });
});
