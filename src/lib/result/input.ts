/**
 * Input of the result explainer (issue 14): parses what a reader types or what a portal puts in the URL fragment
 * (`/result/#alt=88&uln=40&ast=50&age=45&plt=210&sex=m`), checks each field and converts to U/L. Pure and total:
 * any string gives either values or one error per field, never an exception, so the page never draws a broken picture.
 */

/** 1 µkat/L = 60 U/L (1 U = 1 µmol/min; 1 kat = 1 mol/s, so 1 µkat = 60 U). */
export const UKAT_TO_UL = 60;

export type Unit = 'ul' | 'ukat';
export type Sex = 'female' | 'male';
export type NumberField = 'alt' | 'uln' | 'ast' | 'age' | 'plt';
export const NUMBER_FIELDS: readonly NumberField[] = ['alt', 'uln', 'ast', 'age', 'plt'];

/** What the reader typed, field by field, exactly as text; `sex` and `unit` come from radio buttons and a select. */
export interface RawInput {
  alt: string;
  uln: string;
  ast: string;
  age: string;
  plt: string;
  sex: string;
  unit: string;
}

export const EMPTY_INPUT: RawInput = { alt: '', uln: '', ast: '', age: '', plt: '', sex: '', unit: 'ul' };

export type FieldError =
  | { code: 'empty' }
  | { code: 'ulnMissing' }
  | { code: 'notNumber' }
  | { code: 'negative' }
  | { code: 'zero' }
  | { code: 'ambiguous'; a: number; b: number }
  | { code: 'tooLarge'; max: number }
  | { code: 'ulnRange'; min: number; max: number }
  | { code: 'ageRange'; min: number; max: number };

/**
 * Plausibility limits. They are not medical cut-offs: they only catch typing mistakes (a result typed in the wrong
 * box, an extra zero, the wrong unit). ALT and AST: ten times above the 10,000 U/L that the ACG guideline calls a
 * massive rise, so no real result is refused. Upper limit: a wide window around the limits labs print.
 */
export const LIMITS = {
  enzymeMaxUL: 100_000,
  ulnMinUL: 10,
  ulnMaxUL: 100,
  ageMin: 1,
  ageMax: 120,
  plateletMax: 2_000,
} as const;

/** The checked, converted input: enzymes in U/L, platelets in 10^9/L, age in years. */
export interface ResultInput {
  alt: number;
  uln: number;
  ast?: number;
  age?: number;
  plt?: number;
  sex?: Sex;
  /** The unit the reader typed in; values above are always U/L. */
  unit: Unit;
  /** The enzyme values as typed, in `unit`, for showing the conversion. */
  typed: { alt: number; uln: number; ast?: number };
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: FieldError };


/**
 * Reads one number as people write it on a lab report: `88`, `88.5`, `0,75` (decimal comma), `+88`. A comma followed
 * by exactly three digits (`1,200`) could be a thousands separator or a decimal comma, so it is refused with both
 * readings. `parseNumber('0,75')` is `{ ok: true, value: 0.75 }`; `parseNumber('-3')` is a `negative` error.
 */
export function parseNumber(text: string): ParsedNumber {
  let s = text.trim();
  if (s === '') return { ok: false, error: { code: 'empty' } };
  let negative = false;
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  const match = /^(\d*)(?:([.,])(\d*))?$/.exec(s);
  if (!match || `${match[1]}${match[3] ?? ''}` === '') return { ok: false, error: { code: 'notNumber' } };
  const whole = match[1]!;
  const fraction = match[3] ?? '';
  // Very long digit strings give Infinity: kept, so the field's upper limit reports them as too large. One side may be
  // empty (`.5`, `5.`): Number reads those as 0.5 and 5.
  const value = Number(`${whole}.${fraction}`);
  if (negative && value !== 0) return { ok: false, error: { code: 'negative' } };
  if (match[2] === ',' && fraction.length === 3 && /[1-9]/.test(whole)) {
    return { ok: false, error: { code: 'ambiguous', a: Number(`${whole}${fraction}`), b: value } };
  }
  return { ok: true, value };
}

/**
 * The upper limit field also takes the whole range as printed (`7-40`, `7 – 40`, `0,12-0,75`): the higher number is
 * the upper limit. Anything else is read as one number.
 */
export function parseUpperLimit(text: string): ParsedNumber {
  const range = /^\s*([+]?\d+(?:[.,]\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:[.,]\d+)?)\s*$/i.exec(text);
  if (range) {
    const low = parseNumber(range[1]!);
    const high = parseNumber(range[2]!);
    if (low.ok && high.ok) return { ok: true, value: Math.max(low.value, high.value) };
    return high.ok ? low : high;
  }
  return parseNumber(text);
}

type Check = { ok: true; value: number } | { ok: false; error: FieldError } | { ok: true; value: undefined };

/** A required or optional positive number, in the field's unit, with an upper plausibility limit. */
function positive(parsed: ParsedNumber, required: boolean, max: number): Check {
  if (!parsed.ok) return parsed.error.code === 'empty' && !required ? { ok: true, value: undefined } : parsed;
  if (parsed.value === 0) return { ok: false, error: { code: 'zero' } };
  if (parsed.value > max) return { ok: false, error: { code: 'tooLarge', max } };
  return parsed;
}

export type Validation =
  | { ok: true; input: ResultInput }
  | { ok: false; errors: Partial<Record<NumberField, FieldError>> };

/** Checks every field; all errors at once, so each field shows its own message. */
export function validate(raw: RawInput): Validation {
  const unit: Unit = raw.unit === 'ukat' ? 'ukat' : 'ul';
  const factor = unit === 'ukat' ? UKAT_TO_UL : 1;
  const enzymeMax = LIMITS.enzymeMaxUL / factor;
  const errors: Partial<Record<NumberField, FieldError>> = {};

  const alt = positive(parseNumber(raw.alt), true, enzymeMax);
  if (!alt.ok) errors.alt = alt.error;

  let uln = positive(parseUpperLimit(raw.uln), true, Number.POSITIVE_INFINITY);
  if (!uln.ok && uln.error.code === 'empty') uln = { ok: false, error: { code: 'ulnMissing' } };
  if (uln.ok && uln.value !== undefined) {
    const ul = uln.value * factor;
    if (ul < LIMITS.ulnMinUL || ul > LIMITS.ulnMaxUL) {
      uln = { ok: false, error: { code: 'ulnRange', min: LIMITS.ulnMinUL / factor, max: LIMITS.ulnMaxUL / factor } };
    }
  }
  if (!uln.ok) errors.uln = uln.error;

  const ast = positive(parseNumber(raw.ast), false, enzymeMax);
  if (!ast.ok) errors.ast = ast.error;

  let age = positive(parseNumber(raw.age), false, Number.POSITIVE_INFINITY);
  if (age.ok && age.value !== undefined && (age.value < LIMITS.ageMin || age.value > LIMITS.ageMax)) {
    age = { ok: false, error: { code: 'ageRange', min: LIMITS.ageMin, max: LIMITS.ageMax } };
  }
  if (!age.ok) errors.age = age.error;

  const plt = positive(parseNumber(raw.plt), false, LIMITS.plateletMax);
  if (!plt.ok) errors.plt = plt.error;

  if (!alt.ok || !uln.ok || !ast.ok || !age.ok || !plt.ok) return { ok: false, errors };
  const sex: Sex | undefined = raw.sex === 'female' || raw.sex === 'male' ? raw.sex : undefined;
  const input: ResultInput = {
    alt: alt.value! * factor,
    uln: uln.value! * factor,
    unit,
    typed: { alt: alt.value!, uln: uln.value! },
  };
  if (ast.value !== undefined) {
    input.ast = ast.value * factor;
    input.typed.ast = ast.value;
  }
  if (age.value !== undefined) input.age = age.value;
  if (plt.value !== undefined) input.plt = plt.value;
  if (sex) input.sex = sex;
  return { ok: true, input };
}

/** Fragment keys: short, so a portal can build the link by hand. `sex` is `f` or `m`; `unit` is `ukat` when used. */
const SEX_CODES: Record<Sex, string> = { female: 'f', male: 'm' };

/** Reads `#alt=88&uln=40&sex=m` into the form's fields; unknown keys are ignored, missing ones left empty. */
export function parseFragment(hash: string): RawInput {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string) => (params.get(key) ?? '').slice(0, 40);
  const sexCode = get('sex').toLowerCase();
  return {
    alt: get('alt'),
    uln: get('uln'),
    ast: get('ast'),
    age: get('age'),
    plt: get('plt'),
    sex: sexCode === 'f' || sexCode === 'female' ? 'female' : sexCode === 'm' || sexCode === 'male' ? 'male' : '',
    unit: get('unit').toLowerCase() === 'ukat' ? 'ukat' : 'ul',
  };
}

/** The fragment for the fields (without `#`), in a fixed order, leaving out empty fields and the default unit. */
export function toFragment(raw: RawInput): string {
  const params = new URLSearchParams();
  for (const key of NUMBER_FIELDS) {
    const value = raw[key].trim();
    if (value) params.set(key, value);
  }
  if (raw.sex === 'female' || raw.sex === 'male') params.set('sex', SEX_CODES[raw.sex]);
  if (raw.unit === 'ukat') params.set('unit', 'ukat');
  return params.toString();
}

/** Whether the fragment holds anything the explainer reads (a bare `#content` from the skip link does not). */
export function hasResultFragment(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return NUMBER_FIELDS.some((key) => params.has(key));
}
