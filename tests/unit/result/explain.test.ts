import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RESULT_LINK_TARGETS, explain, round, type Explanation } from '../../../src/lib/result/explain';
import { validate, type ResultInput } from '../../../src/lib/result/input';
import { en } from '../../../src/i18n/en';

const input = (over: Partial<ResultInput> = {}): ResultInput => ({ alt: 88, uln: 40, unit: 'ul', typed: { alt: 88, uln: 40 }, ...over });
const keys = (list: { key: string }[]) => list.map((s) => s.key);
const all = (ex: Explanation) => [...ex.urgent, ...ex.about, ...ex.next, ...ex.fib4Statements];
const links = (ex: Explanation) => all(ex).flatMap((s) => s.links ?? []);

describe('explain: the number', () => {
  it('gives the multiple, the band and the ALT test page', () => {
    const ex = explain(input());
    expect(ex).toMatchObject({ alt: 88, uln: 40, multiple: 2.2, band: 'mild' });
    expect(ex.about[0]).toEqual({ key: 'result.summary', vars: { alt: 88, uln: 40, multiple: 2.2 }, links: ['/tests/alt/'] });
    expect(keys(ex.about)).toEqual(['result.summary', 'result.band.mild', 'result.healthy.noSex', 'result.caveat']);
  });

  it('shows the µkat/L conversion', () => {
    const ex = explain(input({ alt: 90, uln: 45, unit: 'ukat', typed: { alt: 1.5, uln: 0.75 } }));
    expect(ex.about[0]).toEqual({ key: 'result.converted', vars: { altTyped: 1.5, alt: 90, ulnTyped: 0.75, uln: 45 } });
  });

  it.each([
    ['male', 34, 'result.healthy.above'],
    ['male', 30, 'result.healthy.withinRange'],
    ['female', 19, 'result.healthy.below'],
  ] as const)('compares %s ALT %d with the ACG healthy limit: %s', (sex, alt, key) => {
    const ex = explain(input({ alt, sex }));
    const statement = ex.about.find((s) => s.key.startsWith('result.healthy.'))!;
    expect(statement.key).toBe(key);
    expect(statement.vars).toMatchObject({ sex: { key: `result.sex.${sex}` } });
  });

  it('calls an ALT above 10,000 U/L massive, whatever the upper limit', () => {
    expect(keys(explain(input({ alt: 10_001, uln: 100 })).about)).toContain('result.band.massive');
    expect(keys(explain(input({ alt: 10_000, uln: 100 })).about)).not.toContain('result.band.massive');
  });
});

describe('explain: routing by band', () => {
  it('within range: nothing to chase, unless above the ACG healthy limit', () => {
    expect(keys(explain(input({ alt: 30 })).next)).toEqual(['result.within.ok']);
    expect(keys(explain(input({ alt: 30, sex: 'female' })).next)).toEqual(['result.within.assess']);
    expect(keys(explain(input({ alt: 30, sex: 'male' })).next)).toEqual(['result.within.ok']);
  });

  it('mild under 2x: repeat test, the MSD note, the ACG checks, persistence', () => {
    const ex = explain(input({ alt: 60 }));
    expect(keys(ex.next)).toEqual(['result.repeat', 'result.mild.msd', 'result.mild.checks', 'result.persistent']);
    expect(ex.next[0]!.links).toEqual(['/lifestyle/regular-liver-tests/', '/lifestyle/rest-after-exercise/', '/causes/intense-exercise/']);
    expect(ex.next[2]!.links).toContain('/causes/hepatitis-b/');
    expect(ex.next[2]!.links).toContain('/causes/');
  });

  it('mild from 2x: no MSD note', () => {
    expect(keys(explain(input({ alt: 80 })).next)).toEqual(['result.repeat', 'result.mild.checks', 'result.persistent']);
  });

  it('moderate: repeat, talk to the clinician, persistence; not the under-5x checks', () => {
    expect(keys(explain(input({ alt: 400 })).next)).toEqual(['result.repeat', 'result.moderate.next', 'result.persistent']);
  });

  it('severe: the ACG and VA statements with paracetamol, and the urgent note above 500 U/L', () => {
    const ex = explain(input({ alt: 800 }));
    expect(keys(ex.urgent)).toEqual(['result.over500']);
    expect(keys(ex.next)).toEqual(['result.severe.acg', 'result.severe.va']);
    expect(links(ex)).toContain('/medications/paracetamol/');
  });

  it('above 1,000 U/L: the Galvin study', () => {
    expect(keys(explain(input({ alt: 1001 })).next)).toContain('result.over1000');
    expect(keys(explain(input({ alt: 1000 })).next)).not.toContain('result.over1000');
  });

  it('the urgent note starts above 500 U/L, in any band', () => {
    expect(keys(explain(input({ alt: 500, uln: 100 })).urgent)).toEqual([]);
    expect(keys(explain(input({ alt: 501, uln: 100 })).urgent)).toEqual(['result.over500']);
  });

  it('AST above ALT: the alcohol question with its caveat', () => {
    expect(keys(explain(input({ ast: 90 })).next)).toContain('result.ast.higher');
    expect(keys(explain(input({ ast: 88 })).next)).not.toContain('result.ast.higher');
  });
});

describe('explain: FIB-4', () => {
  it('asks for the missing values', () => {
    const ex = explain(input({ ast: 50, age: 45 }));
    expect(ex.fib4).toBeNull();
    expect(ex.fib4Statements).toEqual([{ key: 'result.fib4.missing', links: ['/tests/fib-4/'] }]);
  });

  it('low, under 65', () => {
    const ex = explain(input({ ast: 50, age: 45, plt: 210 }));
    expect(ex.fib4).toMatchObject({ score: 1.14, category: 'low' });
    expect(keys(ex.fib4Statements)).toEqual(['result.fib4.value', 'result.fib4.low', 'result.fib4.purpose']);
    expect(ex.fib4Statements.at(-1)!.links).toEqual(['/tests/fib-4/', '/causes/fatty-liver-disease/']);
  });

  it('indeterminate and high point to a liver stiffness test', () => {
    expect(keys(explain(input({ alt: 100, ast: 40, age: 50, plt: 100 })).fib4Statements)).toEqual([
      'result.fib4.value',
      'result.fib4.indeterminate',
      'result.fib4.next',
      'result.fib4.purpose',
    ]);
    const high = explain(input({ alt: 100, ast: 60, age: 50, plt: 100 }));
    expect(keys(high.fib4Statements)).toEqual(['result.fib4.value', 'result.fib4.high', 'result.fib4.next', 'result.fib4.purpose']);
  });

  it('65 and over: the 2.0 cut-off; 35 and under: the caution', () => {
    expect(keys(explain(input({ alt: 100, ast: 40, age: 70, plt: 150 })).fib4Statements)).toEqual([
      'result.fib4.value',
      'result.fib4.low65',
      'result.fib4.age65',
      'result.fib4.purpose',
    ]);
    expect(keys(explain(input({ alt: 100, ast: 40, age: 30, plt: 150 })).fib4Statements)).toContain('result.fib4.young');
  });
});

describe('explain: properties', () => {
  const valid = fc
    .record({
      alt: fc.double({ min: 0.5, max: 100_000, noNaN: true }),
      uln: fc.double({ min: 10, max: 100, noNaN: true }),
      ast: fc.option(fc.double({ min: 0.5, max: 100_000, noNaN: true }), { nil: undefined }),
      age: fc.option(fc.double({ min: 1, max: 120, noNaN: true }), { nil: undefined }),
      plt: fc.option(fc.double({ min: 0.5, max: 2000, noNaN: true }), { nil: undefined }),
      sex: fc.constantFrom('', 'male', 'female'),
    })
    .map((r) => validate({ alt: String(r.alt), uln: String(r.uln), ast: r.ast === undefined ? '' : String(r.ast), age: r.age === undefined ? '' : String(r.age), plt: r.plt === undefined ? '' : String(r.plt), sex: r.sex, unit: 'ul' }));

  it('links only to the pages the build checks, and uses only strings that exist', () => {
    fc.assert(
      fc.property(valid, (checked) => {
        if (!checked.ok) return;
        const ex = explain(checked.input);
        for (const link of links(ex)) expect(RESULT_LINK_TARGETS).toContain(link);
        for (const s of all(ex)) expect(en[s.key]).toBeTypeOf('string');
        expect(Number.isFinite(ex.multiple)).toBe(true);
        if (ex.fib4) expect(Number.isFinite(ex.fib4.score)).toBe(true);
      }),
    );
  });
});

it('rounds U/L values: whole numbers from 10, one decimal below', () => {
  expect(round(52.8)).toBe(53);
  expect(round(9.94)).toBe(9.9);
});

describe('explain: what each statement says and links to', () => {
  const fatty = '/causes/fatty-liver-disease/';
  const purpose = { key: 'result.fib4.purpose', links: ['/tests/fib-4/', fatty] };
  const stiffness = { key: 'result.fib4.next', links: ['/tests/liver-ultrasound-and-elastography/'] };

  it('gives both ACG healthy ranges when no sex is given', () => {
    expect(explain(input()).about[2]).toEqual({
      key: 'result.healthy.noSex',
      vars: { maleLow: 29, maleHigh: 33, femaleLow: 19, femaleHigh: 25 },
    });
  });

  it('within range: the ALT page, and the causes when above the healthy limit', () => {
    expect(explain(input({ alt: 30 })).next).toEqual([{ key: 'result.within.ok', links: ['/tests/alt/'] }]);
    expect(explain(input({ alt: 30, sex: 'female' })).next).toEqual([{ key: 'result.within.assess', links: ['/tests/alt/', '/causes/'] }]);
  });

  it('moderate: the causes, and regular tests for persistence', () => {
    expect(explain(input({ alt: 400 })).next.slice(1)).toEqual([
      { key: 'result.moderate.next', links: ['/causes/'] },
      { key: 'result.persistent', links: ['/lifestyle/regular-liver-tests/'] },
    ]);
  });

  it('above 1,000 U/L with AST higher: urgent signs, the likely causes, the AST value', () => {
    const ex = explain(input({ alt: 1200, ast: 1500.4 }));
    expect(ex.urgent).toEqual([{ key: 'result.over500', links: ['/symptoms/jaundice/', '/symptoms/easy-bruising/'] }]);
    expect(ex.next).toEqual([
      { key: 'result.severe.acg', links: ['/medications/paracetamol/', '/causes/drug-induced-liver-injury/'] },
      { key: 'result.severe.va', links: ['/causes/hepatitis-a/', '/causes/hepatitis-e/', '/causes/drug-induced-liver-injury/'] },
      { key: 'result.over1000', links: ['/medications/paracetamol/', '/causes/hepatitis-e/'] },
      { key: 'result.ast.higher', vars: { ast: 1500 }, links: ['/tests/ast/', '/causes/alcohol-related-liver-disease/'] },
    ]);
  });

  it('gives the severe statements above 10,000 U/L even when the band is lower (a very high lab limit)', () => {
    expect(keys(explain(input({ alt: 10_001, uln: 1000 })).next)).toEqual([
      'result.repeat',
      'result.moderate.next',
      'result.persistent',
      'result.severe.acg',
      'result.severe.va',
      'result.over1000',
    ]);
    expect(keys(explain(input({ alt: 10_000, uln: 1000 })).next)).not.toContain('result.severe.acg');
  });

  it('FIB-4: the score and the cut-offs it was compared with', () => {
    expect(explain(input({ ast: 50, age: 45, plt: 210 })).fib4Statements).toEqual([
      { key: 'result.fib4.value', vars: { score: 1.14 } },
      { key: 'result.fib4.low', vars: { low: 1.3 } },
      purpose,
    ]);
    expect(explain(input({ alt: 100, ast: 40, age: 50, plt: 100 })).fib4Statements).toEqual([
      { key: 'result.fib4.value', vars: { score: 2 } },
      { key: 'result.fib4.indeterminate', vars: { low: 1.3, high: 2.67 } },
      stiffness,
      purpose,
    ]);
    expect(explain(input({ alt: 100, ast: 60, age: 50, plt: 100 })).fib4Statements).toEqual([
      { key: 'result.fib4.value', vars: { score: 3 } },
      { key: 'result.fib4.high', vars: { high: 2.67 } },
      stiffness,
      purpose,
    ]);
    expect(explain(input({ alt: 100, ast: 40, age: 70, plt: 150 })).fib4Statements).toEqual([
      { key: 'result.fib4.value', vars: { score: 1.87 } },
      { key: 'result.fib4.low65', vars: { low: 2 } },
      { key: 'result.fib4.age65' },
      purpose,
    ]);
  });
});
