/**
 * The arithmetic of the explainer's picture: ALT as a multiple of the lab's upper limit (ULN), the band it falls in,
 * and the ACG "healthy" upper limits. Facts from /work/shared/reference/RESULT_EXPLAINER_FACTS.md, checked items only:
 * - bands: mild under 5x, moderate 5-15x, severe over 15x ULN, from a review (Kalas 2021), section 1 [V]; the 5-band
 *   names (borderline, massive...) are UNVERIFIED there and not used;
 * - "true healthy normal" ALT 29-33 U/L for men and 19-25 U/L for women (ACG 2017 abstract), section 2 [V].
 */
import type { Sex } from './input';

export type BandId = 'within' | 'mild' | 'moderate' | 'severe';
export const BAND_IDS: readonly BandId[] = ['within', 'mild', 'moderate', 'severe'];

/** Band edges in multiples of ULN. ACG words them "<5X ULN" and ">15X ULN", so exactly 5x and 15x are moderate. */
export const MILD_BELOW = 5;
export const SEVERE_ABOVE = 15;

/** ACG 2017: "A true healthy normal ALT level ranges from 29 to 33 IU/l for males, 19 to 25 IU/l for females". */
export const ACG_HEALTHY_ULN: Record<Sex, { low: number; high: number }> = {
  male: { low: 29, high: 33 },
  female: { low: 19, high: 25 },
};

/** `multipleOfUln(88, 40)` is 2.2. */
export function multipleOfUln(alt: number, uln: number): number {
  return alt / uln;
}

/** The multiple as shown to the reader: one decimal. The band is read from this shown value, so they never disagree. */
export function shownMultiple(alt: number, uln: number): number {
  return Math.round(multipleOfUln(alt, uln) * 10) / 10;
}

/**
 * The band of a result. Within range means not above the lab's own limit (compared exactly, as the lab flags it);
 * above it, the band follows the multiple as shown (`bandOf(199, 40)`: 4.975 shows as 5.0, so moderate).
 */
export function bandOf(alt: number, uln: number): BandId {
  if (alt <= uln) return 'within';
  const shown = shownMultiple(alt, uln);
  if (shown < MILD_BELOW) return 'mild';
  if (shown <= SEVERE_ABOVE) return 'moderate';
  return 'severe';
}

export type HealthyComparison = 'above' | 'withinRange' | 'below';

/**
 * ALT against the ACG healthy upper limit for the sex given: above the range (ACG: "levels above this should be
 * assessed"), inside the 29-33 (or 19-25) range, or at or below its lower end.
 */
export function compareHealthy(alt: number, sex: Sex): HealthyComparison {
  const { low, high } = ACG_HEALTHY_ULN[sex];
  if (alt > high) return 'above';
  if (alt > low) return 'withinRange';
  return 'below';
}
