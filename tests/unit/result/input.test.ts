import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_INPUT,
  LIMITS,
  UKAT_TO_UL,
  hasResultFragment,
  parseFragment,
  parseNumber,
  parseUpperLimit,
  toFragment,
  validate,
  type RawInput,
} from '../../../src/lib/result/input';

const raw = (over: Partial<RawInput>): RawInput => ({ ...EMPTY_INPUT, alt: '88', uln: '40', ...over });

describe('parseNumber', () => {
  it.each([
    ['88', 88],
    [' 88 ', 88],
    ['88.5', 88.5],
    ['0,75', 0.75],
    ['0,750', 0.75],
    ['.5', 0.5],
    ['5.', 5],
    ['+88', 88],
    ['1200', 1200],
    ['- 0', 0],
    ['-0', 0],
    ['+ 88', 88],
    ['1.200', 1.2],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notNumber'],
    ['88 U/L', 'notNumber'],
    ['1e3', 'notNumber'],
    ['1.2.3', 'notNumber'],
    ['.', 'notNumber'],
    ['-', 'notNumber'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['-0,5', 'negative'],
    ['- 5', 'negative'],
    ['5-3', 'notNumber'],
  ])('refuses %j with %s', (text, code) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('refuses a comma with three digits after it, offering both readings', () => {
    expect(parseNumber('1,200')).toEqual({ ok: false, error: { code: 'ambiguous', a: 1200, b: 1.2 } });
  });
});

describe('parseUpperLimit', () => {
  it.each([
    ['40', 40],
    ['7-40', 40],
    ['7 – 40', 40],
    ['7 to 40', 40],
    ['0,12-0,75', 0.75],
    ['10-40', 40],
    ['+7-40', 40],
    [' 7 - 40 ', 40],
  ])('reads %j as %d', (text, value) => {
    expect(parseUpperLimit(text)).toEqual({ ok: true, value });
  });
  it.each(['7-40 U/L', '7-40U/L', 'ULN 7-40', 'x7-40'])('reads %j, a range with other text, as one number: not a number', (text) => {
    expect(parseUpperLimit(text)).toEqual({ ok: false, error: { code: 'notNumber' } });
  });
  it('does not read a negative number as a range', () => {
    expect(parseUpperLimit('-40')).toMatchObject({ ok: false, error: { code: 'negative' } });
  });
});

describe('validate', () => {
  it('converts µkat/L to U/L (1 µkat/L = 60 U/L)', () => {
    const result = validate(raw({ alt: '1,5', uln: '0,75', ast: '0.5', unit: 'ukat' }));
    expect(UKAT_TO_UL).toBe(60);
    expect(result).toEqual({
      ok: true,
      input: { alt: 90, uln: 45, ast: 30, unit: 'ukat', typed: { alt: 1.5, uln: 0.75, ast: 0.5 } },
    });
  });

  it('keeps optional values and the sex', () => {
    const result = validate(raw({ ast: '50', age: '45', plt: '210', sex: 'male' }));
    expect(result).toEqual({
      ok: true,
      input: { alt: 88, uln: 40, ast: 50, age: 45, plt: 210, sex: 'male', unit: 'ul', typed: { alt: 88, uln: 40, ast: 50 } },
    });
  });

  it.each<[Partial<RawInput>, string, string]>([
    [{ alt: '' }, 'alt', 'empty'],
    [{ alt: 'high' }, 'alt', 'notNumber'],
    [{ alt: '-3' }, 'alt', 'negative'],
    [{ alt: '0' }, 'alt', 'zero'],
    [{ alt: '150000' }, 'alt', 'tooLarge'],
    [{ uln: '' }, 'uln', 'ulnMissing'],
    [{ uln: '0' }, 'uln', 'zero'],
    [{ uln: '-40' }, 'uln', 'negative'],
    [{ uln: '4' }, 'uln', 'ulnRange'],
    [{ uln: '400' }, 'uln', 'ulnRange'],
    [{ uln: '40', unit: 'ukat' }, 'uln', 'ulnRange'],
    [{ ast: 'x' }, 'ast', 'notNumber'],
    [{ ast: '0' }, 'ast', 'zero'],
    [{ age: '0' }, 'age', 'zero'],
    [{ age: '150' }, 'age', 'ageRange'],
    [{ plt: '0' }, 'plt', 'zero'],
    [{ plt: '210000' }, 'plt', 'tooLarge'],
  ])('%j: %s gets %s', (over, field, code) => {
    const result = validate(raw(over));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual([field]);
      expect(result.errors[field as 'alt']!.code).toBe(code);
    }
  });

  it('accepts the limits themselves', () => {
    expect(validate(raw({ alt: '100000' })).ok).toBe(true);
    expect(validate(raw({ ast: '100000' })).ok).toBe(true);
    expect(validate(raw({ uln: '10', alt: '20' })).ok).toBe(true);
    expect(validate(raw({ uln: '100' })).ok).toBe(true);
    expect(validate(raw({ age: '1' })).ok).toBe(true);
    expect(validate(raw({ age: '120' })).ok).toBe(true);
    expect(validate(raw({ plt: '2000' })).ok).toBe(true);
  });

  it('refuses an age under one year', () => {
    expect(validate(raw({ age: '0.5' }))).toEqual({ ok: false, errors: { age: { code: 'ageRange', min: 1, max: 120 } } });
  });

  it('applies the enzyme limit in the unit chosen', () => {
    const max = LIMITS.enzymeMaxUL / 60;
    expect(validate(raw({ alt: '2000', uln: '0.75', unit: 'ukat' }))).toEqual({ ok: false, errors: { alt: { code: 'tooLarge', max } } });
    expect(validate(raw({ alt: '1666', uln: '0.75', unit: 'ukat' })).ok).toBe(true);
  });

  it('keeps the sex female, and no sex for anything else', () => {
    expect(validate(raw({ sex: 'female' }))).toMatchObject({ ok: true, input: { sex: 'female' } });
    const other = validate(raw({ sex: 'other' }));
    expect(other.ok && other.input.sex).toBeUndefined();
  });

  it('names the limits in the unit chosen', () => {
    const result = validate(raw({ uln: '4', unit: 'ukat' }));
    expect(result).toEqual({ ok: false, errors: { uln: { code: 'ulnRange', min: LIMITS.ulnMinUL / 60, max: LIMITS.ulnMaxUL / 60 } } });
  });

  it('reports every bad field at once', () => {
    const result = validate({ ...EMPTY_INPUT, alt: 'x', uln: '', age: '-1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['age', 'alt', 'uln']);
  });
});

describe('fragment', () => {
  it('reads the documented example', () => {
    expect(parseFragment('#alt=88&uln=40&ast=50&age=45&plt=210')).toEqual({
      alt: '88', uln: '40', ast: '50', age: '45', plt: '210', sex: '', unit: 'ul',
    });
  });
  it('reads sex and unit, and writes them back in a fixed order', () => {
    const fields = parseFragment('#unit=ukat&sex=f&uln=0.75&alt=1.5&other=1');
    expect(fields).toMatchObject({ sex: 'female', unit: 'ukat' });
    expect(toFragment(fields)).toBe('alt=1.5&uln=0.75&sex=f&unit=ukat');
  });
  it('reads sex written out in full, in any case', () => {
    expect(parseFragment('#sex=female').sex).toBe('female');
    expect(parseFragment('#sex=Male').sex).toBe('male');
    expect(parseFragment('#sex=M').sex).toBe('male');
    expect(parseFragment('#sex=x').sex).toBe('');
  });
  it('keeps at most 40 characters of a value', () => {
    expect(parseFragment(`#alt=${'9'.repeat(50)}`).alt).toBe('9'.repeat(40));
  });
  it('drops only a leading #: one inside is part of the text', () => {
    expect(parseFragment('alt=8#8').alt).toBe('8#8');
    expect(hasResultFragment('alt#=88')).toBe(false);
  });
  it('writes trimmed values and leaves out blank ones', () => {
    expect(toFragment({ ...EMPTY_INPUT, alt: ' 88 ', uln: '40', ast: '   ' })).toBe('alt=88&uln=40');
  });
  it('tells a result fragment from the skip link\'s #content', () => {
    expect(hasResultFragment('#content')).toBe(false);
    expect(hasResultFragment('#alt=88')).toBe(true);
  });
});

/** Property-based: the parser is total, never returns a non-number, and agrees with the numbers it is given. */
describe('parsing properties', () => {
  const text = fc.oneof(fc.string(), fc.stringMatching(/^[\s+\-−.,0-9a-z]{0,12}$/));

  it('never throws and returns a finite or infinite positive number, or an error', () => {
    fc.assert(
      fc.property(text, (s) => {
        const parsed = parseNumber(s);
        if (parsed.ok) expect(parsed.value >= 0 && !Number.isNaN(parsed.value)).toBe(true);
        else expect(['empty', 'notNumber', 'negative', 'ambiguous']).toContain(parsed.error.code);
      }),
    );
  });

  it('reads back any decimal it is given, with a point or (unless ambiguous) a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + cents / 100;
        const written = `${whole}.${String(cents).padStart(2, '0')}`;
        expect(parseNumber(written)).toEqual({ ok: true, value: Number(written) });
        expect(parseNumber(written.replace('.', ','))).toEqual({ ok: true, value: Number(written) });
        expect(Math.abs(Number(written) - value)).toBeLessThan(1e-9);
      }),
    );
  });

  it('refuses every negative number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (n) => {
        expect(parseNumber(`-${n.toFixed(3)}`)).toMatchObject({ ok: false, error: { code: 'negative' } });
      }),
    );
  });

  it('validate never throws, and a valid result is always drawable (finite, positive, upper limit in range)', () => {
    const field = fc.oneof(text, fc.double({ noNaN: false }).map(String), fc.integer().map(String));
    fc.assert(
      fc.property(field, field, field, field, field, fc.constantFrom('', 'male', 'female', 'x'), fc.constantFrom('ul', 'ukat', '?'), (alt, uln, ast, age, plt, sex, unit) => {
        const result = validate({ alt, uln, ast, age, plt, sex, unit });
        if (result.ok) {
          const { input } = result;
          for (const v of [input.alt, input.uln, input.ast ?? 1, input.age ?? 1, input.plt ?? 1]) {
            expect(Number.isFinite(v) && v > 0).toBe(true);
          }
          expect(input.uln).toBeGreaterThanOrEqual(LIMITS.ulnMinUL - 1e-9);
          expect(input.uln).toBeLessThanOrEqual(LIMITS.ulnMaxUL + 1e-9);
          expect(input.alt).toBeLessThanOrEqual(LIMITS.enzymeMaxUL + 1e-9);
        } else {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a fragment written from fields reads back as the same fields', () => {
    const number = fc.stringMatching(/^[0-9]{1,5}([.,][0-9]{1,2})?$/);
    const optional = fc.oneof(fc.constant(''), number);
    fc.assert(
      fc.property(number, number, optional, optional, optional, fc.constantFrom('', 'male', 'female'), fc.constantFrom('ul', 'ukat'), (alt, uln, ast, age, plt, sex, unit) => {
        const fields = { alt, uln, ast, age, plt, sex, unit };
        expect(parseFragment(`#${toFragment(fields)}`)).toEqual(fields);
      }),
    );
  });

  it('fragments from anywhere never throw and only fill known fields', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const fields = parseFragment(hash);
        expect(Object.keys(fields).sort()).toEqual(['age', 'alt', 'ast', 'plt', 'sex', 'uln', 'unit']);
        expect(['', 'female', 'male']).toContain(fields.sex);
        expect(['ul', 'ukat']).toContain(fields.unit);
      }),
    );
  });
});
