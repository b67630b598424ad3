import { describe, expect, it } from 'vitest';
import { diffPractice } from '../../../src/shared/domain/practice-diff';
import { sunrise } from './fixtures';

describe('diffPractice', () => {
  it('is empty when nothing changed', () => {
    expect(diffPractice(sunrise, { ...sunrise })).toEqual([]);
  });

  it('tells set, changed and cleared apart, in form order, with labels', () => {
    const before = { ...sunrise, fax: '' };
    const after = { ...sunrise, fax: '4065550199', city: 'Powell', address2: '', active: false };
    expect(diffPractice(before, after)).toEqual([
      {
        field: 'address2',
        label: 'Address line 2',
        before: 'Suite 6',
        after: '',
        change: 'cleared',
        warning: 'Address line 2 will be erased in Updox. Leave it filled in to keep it.',
      },
      { field: 'city', label: 'City', before: 'Dublin', after: 'Powell', change: 'changed' },
      { field: 'fax', label: 'Fax', before: '', after: '4065550199', change: 'set' },
      { field: 'active', label: 'Active', before: true, after: false, change: 'changed' },
    ]);
  });

  it('warns loudly on every cleared field and only on those', () => {
    const after = { ...sunrise, websiteUrl: '', directAddress: '', name: 'Sunrise Peds' };
    const changes = diffPractice(sunrise, after);
    expect(changes.filter((c) => c.warning).map((c) => c.field)).toEqual(['directAddress', 'websiteUrl']);
    expect(changes.find((c) => c.field === 'websiteUrl')?.warning).toBe(
      'Website URL will be erased in Updox. Leave it filled in to keep it.',
    );
    expect(changes.find((c) => c.field === 'name')).toMatchObject({ change: 'changed' });
  });

  it('treats a different time zone or country as a change, not a clear', () => {
    const changes = diffPractice(sunrise, { ...sunrise, timeZone: 'Zulu', countryCode: 'PR' });
    expect(changes.map((c) => [c.field, c.change])).toEqual([
      ['countryCode', 'changed'],
      ['timeZone', 'changed'],
    ]);
  });
});
