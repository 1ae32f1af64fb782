/**
 * What the explainer says and where it sends the reader, as data: statements (an i18n key, values to fill in, links
 * to site pages) chosen by rules on the band and the inputs. Rendering and wording live elsewhere (the page's script
 * and src/i18n). Every statement is one RESULT_EXPLAINER_FACTS.md supports; its i18n text names the source and, for
 * items the file tags [V2], hedges ("as quoted in summaries").
 */
import type { UiKey } from '../../i18n/en';
import { ACG_HEALTHY_ULN, bandOf, compareHealthy, shownMultiple, type BandId } from './bands';
import { fib4, type Fib4Result } from './fib4';
import type { ResultInput } from './input';

export type ResultKey = Extract<UiKey, `result.${string}`>;

/** A value for a statement's `{name}` placeholder: a number (formatted for the language) or another string's key. */
export type StatementVar = number | { key: ResultKey };

export interface Statement {
  key: ResultKey;
  vars?: Record<string, StatementVar>;
  /** Site paths, e.g. `/causes/hepatitis-b/`; always from RESULT_LINK_TARGETS. */
  links?: string[];
}

export interface Explanation {
  alt: number;
  uln: number;
  /** ALT / ULN as shown, one decimal. */
  multiple: number;
  band: BandId;
  /** Shown first, with the urgent signs. */
  urgent: Statement[];
  /** What the number is: conversion, multiple, band, ACG healthy limits, the caveat. */
  about: Statement[];
  /** Where to go next, by band and inputs. */
  next: Statement[];
  fib4: Fib4Result | null;
  fib4Statements: Statement[];
}

/** ALT levels (U/L) named in the reference file: All Wales (500), Galvin 2015 (1,000), ACG "massive" (10,000). */
export const ALT_WALES_UL = 500;
export const ALT_GALVIN_UL = 1000;
export const ALT_MASSIVE_UL = 10_000;
/** Under 2x ULN: the MSD Manual's "may require only repeat testing". */
export const MSD_REPEAT_BELOW = 2;

const L = {
  alt: '/tests/alt/',
  ast: '/tests/ast/',
  fib4: '/tests/fib-4/',
  stiffness: '/tests/liver-ultrasound-and-elastography/',
  causes: '/causes/',
  hepB: '/causes/hepatitis-b/',
  hepC: '/causes/hepatitis-c/',
  hepA: '/causes/hepatitis-a/',
  hepE: '/causes/hepatitis-e/',
  alcohol: '/causes/alcohol-related-liver-disease/',
  fatty: '/causes/fatty-liver-disease/',
  iron: '/causes/hemochromatosis/',
  wilson: '/causes/wilson-disease/',
  a1at: '/causes/alpha-1-antitrypsin-deficiency/',
  autoimmune: '/causes/autoimmune-hepatitis/',
  dili: '/causes/drug-induced-liver-injury/',
  exercise: '/causes/intense-exercise/',
  rest: '/lifestyle/rest-after-exercise/',
  repeat: '/lifestyle/regular-liver-tests/',
  medicines: '/lifestyle/review-your-medicines/',
  paracetamol: '/medications/paracetamol/',
  jaundice: '/symptoms/jaundice/',
  bruising: '/symptoms/easy-bruising/',
} as const;

/** Every page the explainer may link to. The build checks that each one exists (src/data/result.ts). */
export const RESULT_LINK_TARGETS: readonly string[] = Object.values(L);

/** Runs every rule over a checked input. */
export function explain(input: ResultInput): Explanation {
  const { alt, uln } = input;
  const multiple = shownMultiple(alt, uln);
  const band = bandOf(alt, uln);

  const urgent: Statement[] = [];
  // All Wales: emergency admission for the systemically unwell with red flags such as "ALT more than 500" [V].
  if (alt > ALT_WALES_UL) urgent.push({ key: 'result.over500', links: [L.jaundice, L.bruising] });

  const about: Statement[] = [];
  if (input.unit === 'ukat') {
    about.push({
      key: 'result.converted',
      vars: { altTyped: input.typed.alt, alt: round(alt), ulnTyped: input.typed.uln, uln: round(uln) },
    });
  }
  about.push({ key: 'result.summary', vars: { alt: round(alt), uln: round(uln), multiple }, links: [L.alt] });
  about.push({ key: `result.band.${band}` });
  if (alt > ALT_MASSIVE_UL) about.push({ key: 'result.band.massive' });
  if (input.sex) {
    const { low, high } = ACG_HEALTHY_ULN[input.sex];
    about.push({ key: `result.healthy.${compareHealthy(alt, input.sex)}`, vars: { sex: { key: `result.sex.${input.sex}` }, low, high } });
  } else {
    about.push({
      key: 'result.healthy.noSex',
      vars: {
        maleLow: ACG_HEALTHY_ULN.male.low,
        maleHigh: ACG_HEALTHY_ULN.male.high,
        femaleLow: ACG_HEALTHY_ULN.female.low,
        femaleHigh: ACG_HEALTHY_ULN.female.high,
      },
    });
  }
  about.push({ key: 'result.caveat' });

  const next: Statement[] = [];
  if (band === 'within') {
    const aboveHealthy = input.sex !== undefined && compareHealthy(alt, input.sex) === 'above';
    next.push(aboveHealthy ? { key: 'result.within.assess', links: [L.alt, L.causes] } : { key: 'result.within.ok', links: [L.alt] });
  }
  if (band === 'mild' || band === 'moderate') {
    next.push({ key: 'result.repeat', links: [L.repeat, L.rest, L.exercise] });
  }
  if (band === 'mild' && multiple < MSD_REPEAT_BELOW) next.push({ key: 'result.mild.msd' });
  if (band === 'mild') {
    next.push({
      key: 'result.mild.checks',
      links: [L.hepB, L.hepC, L.alcohol, L.fatty, L.iron, L.wilson, L.a1at, L.autoimmune, L.dili, L.medicines, L.causes],
    });
  }
  if (band === 'moderate') next.push({ key: 'result.moderate.next', links: [L.causes] });
  if (band === 'mild' || band === 'moderate') next.push({ key: 'result.persistent', links: [L.repeat] });
  if (band === 'severe' || alt > ALT_MASSIVE_UL) {
    next.push({ key: 'result.severe.acg', links: [L.paracetamol, L.dili] });
    next.push({ key: 'result.severe.va', links: [L.hepA, L.hepE, L.dili] });
  }
  if (alt > ALT_GALVIN_UL) next.push({ key: 'result.over1000', links: [L.paracetamol, L.hepE] });
  if (input.ast !== undefined && input.ast > alt) {
    next.push({ key: 'result.ast.higher', vars: { ast: round(input.ast) }, links: [L.ast, L.alcohol] });
  }

  let score: Fib4Result | null = null;
  const fib4Statements: Statement[] = [];
  if (input.age !== undefined && input.ast !== undefined && input.plt !== undefined) {
    score = fib4(input.age, input.ast, alt, input.plt);
    fib4Statements.push({ key: 'result.fib4.value', vars: { score: score.score } });
    if (score.category === 'low') {
      fib4Statements.push(score.olderCutoff ? { key: 'result.fib4.low65', vars: { low: score.lowCutoff } } : { key: 'result.fib4.low', vars: { low: score.lowCutoff } });
    } else if (score.category === 'high') {
      fib4Statements.push({ key: 'result.fib4.high', vars: { high: score.highCutoff } });
    } else {
      fib4Statements.push({ key: 'result.fib4.indeterminate', vars: { low: score.lowCutoff, high: score.highCutoff } });
    }
    if (score.category !== 'low') fib4Statements.push({ key: 'result.fib4.next', links: [L.stiffness] });
    if (score.olderCutoff) fib4Statements.push({ key: 'result.fib4.age65' });
    if (score.young) fib4Statements.push({ key: 'result.fib4.young' });
    fib4Statements.push({ key: 'result.fib4.purpose', links: [L.fib4, L.fatty] });
  } else {
    fib4Statements.push({ key: 'result.fib4.missing', links: [L.fib4] });
  }

  return { alt, uln, multiple, band, urgent, about, next, fib4: score, fib4Statements };
}

/** Values shown in U/L: whole numbers from 10 up, one decimal below (a µkat/L conversion can give 52.8). */
export function round(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}
