import { describe, expect, it } from 'vitest';
import { unverifiedCodes, verifiedCodesFrom } from '../../src/lib/verified-codes';

describe('verifiedCodesFrom', () => {
  it('collects the codes of every item of every group, and the ALT test’s SNOMED findings', () => {
    const verified = verifiedCodesFrom({
      tests: [{ codes: { loinc: ['1742-6'], snomed: ['250637003'] }, snomed_findings: { '166603001': 'ALT raised' } }],
      conditions: [{ codes: { icd10cm: ['K76.0', 'B18.1'] } }, { codes: { snomed: ['197321007'] } }],
      drugs: [{ codes: { atc: ['J05AF10'], rxcui: ['306266'] } }, {}],
    });
    expect(Object.fromEntries(Object.entries(verified).map(([system, set]) => [system, [...set]]))).toEqual({
      icd10cm: ['K76.0', 'B18.1'],
      loinc: ['1742-6'],
      atc: ['J05AF10'],
      rxcui: ['306266'],
      snomed: ['250637003', '166603001', '197321007'],
    });
  });
  it('lets the codes of the list pass and names each other one with its field', () => {
    const verified = verifiedCodesFrom({ conditions: [{ codes: { icd10cm: ['K76.0'] } }] });
    const entry = { collection: 'causes', id: 'a', filePath: 'content/causes/a.mdx', data: { codes: { icd10cm: ['K76.0', 'K74.60'] } } };
    expect(unverifiedCodes([entry] as never, verified)).toEqual([
      {
        filePath: 'content/causes/a.mdx',
        field: 'codes.icd10cm[1]',
        message: 'K74.60 is not in the verified icd10cm list (content/verified-codes.json); add a code there only with a source',
      },
    ]);
  });
});
