import { describe, expect, it } from 'vitest';
import { isValidCode, loincCheckDigit, normaliseCode, verhoeffValid } from '../../src/lib/codes';

describe('isValidCode', () => {
  it.each([
    ['icd10cm', 'K76.0', true],
    ['icd10cm', 'R74.01', true],
    ['icd10cm', 'T79.6XXA', true],
    ['icd10cm', 'E83.110', true],
    ['icd10cm', 'K76', true],
    ['icd10cm', 'k76.0', false],
    ['icd10cm', 'U07.1', false],
    ['icd10cm', 'K76.', false],
    ['icd10cm', 'K7.60', false],
    ['loinc', '1742-6', true],
    ['loinc', '1920-8', true],
    ['loinc', '6768-6', true],
    ['loinc', '1743-4', true],
    ['loinc', '1744-2', true],
    ['loinc', '1742-5', false],
    ['loinc', '1742', false],
    ['atc', 'J05AF10', true],
    ['atc', 'A05BA', true],
    ['atc', 'J05AF1', false],
    ['atc', 'j05af10', false],
    ['rxcui', '198287', true],
    ['rxcui', '12a', false],
    ['snomed', '409673008', true],
    ['snomed', '707724006', true],
    ['snomed', '409673007', false],
    ['snomed', '12345', false],
  ] as const)('%s %s -> %s', (system, code, expected) => {
    expect(isValidCode(system, code)).toBe(expected);
  });
});

describe('check digits', () => {
  it('computes LOINC mod-10 check digits', () => {
    expect(loincCheckDigit('1742')).toBe(6);
    expect(loincCheckDigit('1920')).toBe(8);
  });
  it('accepts Verhoeff-valid numbers only', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });
});

describe('normaliseCode', () => {
  it('upper-cases ICD-10-CM and ATC, keeps numeric systems', () => {
    expect(normaliseCode('icd10cm', ' k76.0 ')).toBe('K76.0');
    expect(normaliseCode('atc', 'j05af10')).toBe('J05AF10');
    expect(normaliseCode('loinc', '1742-6')).toBe('1742-6');
  });
});
