/**
 * FIB-4, from RESULT_EXPLAINER_FACTS.md section 6 ([V] items only):
 * - formula (Sterling 2006): FIB-4 = (age [years] x AST [U/L]) / (platelets [10^9/L] x sqrt(ALT [U/L]));
 * - cut-offs for fatty liver disease (Shah 2009): <= 1.30 (90% negative predictive value) and >= 2.67 (80% positive
 *   predictive value); in between is indeterminate (Schreiner 2021);
 * - age (McPherson 2017): from 65 years ("≥65", not ">65") the lower cut-off is 2.0 instead of 1.3; at 35 or under
 *   FIB-4 performed poorly.
 */

export const FIB4_LOW = 1.3;
export const FIB4_LOW_65 = 2.0;
export const FIB4_HIGH = 2.67;
export const FIB4_OLDER_FROM_AGE = 65;
export const FIB4_POOR_UP_TO_AGE = 35;

export type Fib4Category = 'low' | 'indeterminate' | 'high';

export interface Fib4Result {
  /** Rounded to two decimals, as calculators show it; the category is read from this shown value. */
  score: number;
  category: Fib4Category;
  lowCutoff: number;
  highCutoff: number;
  /** 65 or over: the lower cut-off is 2.0. */
  olderCutoff: boolean;
  /** 35 or under: FIB-4 performed poorly in this age group. */
  young: boolean;
}

/** The raw score. `fib4Score(45, 50, 88, 210)` is about 1.14. */
export function fib4Score(age: number, ast: number, alt: number, platelets: number): number {
  return (age * ast) / (platelets * Math.sqrt(alt));
}

/** Score, category and the cut-offs that applied. */
export function fib4(age: number, ast: number, alt: number, platelets: number): Fib4Result {
  const score = Math.round(fib4Score(age, ast, alt, platelets) * 100) / 100;
  const olderCutoff = age >= FIB4_OLDER_FROM_AGE;
  const lowCutoff = olderCutoff ? FIB4_LOW_65 : FIB4_LOW;
  const category: Fib4Category = score <= lowCutoff ? 'low' : score >= FIB4_HIGH ? 'high' : 'indeterminate';
  return { score, category, lowCutoff, highCutoff: FIB4_HIGH, olderCutoff, young: age <= FIB4_POOR_UP_TO_AGE };
}
