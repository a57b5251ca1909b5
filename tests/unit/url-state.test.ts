import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildQuery, readQuery } from '../../src/lib/core/url-state';

describe('url state', () => {
  it('leaves out undefined and empty values', () => {
    expect(buildQuery({ level: 3, rate: undefined, hours: '' })).toBe('?level=3');
    expect(buildQuery({})).toBe('');
  });
  it('keeps commas readable in lists', () => {
    expect(buildQuery({ platforms: 'appen,mercor' })).toBe('?platforms=appen,mercor');
  });
  it('reads the first of repeated keys and decodes values', () => {
    expect(readQuery('?a=1&a=2&b=%3Cx%3E')).toEqual({ a: '1', b: '<x>' });
  });
  it('round-trips any string values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ minLength: 1 })), (values) => {
        expect(readQuery(buildQuery(values))).toEqual(values);
      }),
    );
  });
});
