import { describe, expect, it } from 'vitest';
import {
  FAILURE_FORMS,
  REPAIR_FORMS,
  getFailureForm,
  getLawField,
  setLawField,
  summarizeFailure,
  switchFailureLaw,
  switchRepairLaw,
} from './files.ts';
import type { FailureFile } from './registry.ts';

describe('FAILURE_FORMS', () => {
  it('lists each way of entering a law once, with the inspector ids the e2e specs use', () => {
    const ids = FAILURE_FORMS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(['mtbf', 'rate', 'weibull', 'lognormal']);
    expect(ids[ids.length - 1]).toBe('fixed');
    expect(REPAIR_FORMS.map((f) => f.id)).toEqual(['exponential', 'lognormal', 'fixed']);
    const names = (forms: typeof FAILURE_FORMS) =>
      Object.fromEntries(forms.map((f) => [f.id, f.fields.map((s) => s.inputName)]));
    const failure = names(FAILURE_FORMS);
    expect(failure).toMatchObject({
      mtbf: ['mtbf'],
      rate: ['rate'],
      lognormal: ['failureMean', 'failureSd'],
      fixed: ['reliability'],
    });
    expect(failure['weibull']?.slice(0, 2)).toEqual(['shape', 'scale']);
    expect(names(REPAIR_FORMS)).toEqual({
      exponential: ['mttr'],
      lognormal: ['repairMean', 'repairSd'],
      fixed: ['repairTime'],
    });
  });
});

describe('switchFailureLaw', () => {
  it('returns the same law for its own form or an unknown one', () => {
    const law: FailureFile = { distribution: 'exponential', mtbf: 5 };
    expect(switchFailureLaw(law, 'mtbf')).toBe(law);
    expect(switchFailureLaw(law, 'no-such-form')).toBe(law);
  });
});

describe('switchRepairLaw', () => {
  it('starts a repair law from 4 h, or from the old law’s mean repair time', () => {
    expect(switchRepairLaw(undefined, 'exponential')).toEqual({
      distribution: 'exponential',
      mttr: '4 h',
    });
    expect(switchRepairLaw({ distribution: 'lognormal', mean: 3, sd: 1 }, 'fixed')).toEqual({
      distribution: 'fixed',
      time: 3,
    });
  });
});

describe('a law of an unknown name (a bad file held by the editor)', () => {
  const odd = { distribution: 'gompertz', b: 1 } as unknown as FailureFile;

  it('has no form and a plain summary, and is replaced by a switch', () => {
    expect(getFailureForm(odd)).toBeNull();
    expect(summarizeFailure(odd, String)).toBe('unknown law gompertz');
    expect(switchFailureLaw(odd, 'mtbf')).toEqual({ distribution: 'exponential', mtbf: '10000 h' });
  });
});

describe('setLawField', () => {
  it('sets a field, and removes it when emptied (its default applies)', () => {
    const law: FailureFile = { distribution: 'weibull', shape: 2, scale: 100 };
    const located = setLawField(law, 'location', '2 days');
    expect(located).toEqual({ ...law, location: '2 days' });
    expect(getLawField(located, 'location')).toBe('2 days');
    expect(setLawField(located, 'location', undefined)).toEqual(law);
    expect(getLawField(law, 'distribution')).toBe('weibull');
    expect(getLawField(law, 'toString')).toBeUndefined();
  });
});
