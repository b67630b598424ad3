import { describe, expect, it } from 'vitest';
import { wizardDraftDataSchema } from '../../../src/shared/contract/onboarding-record';
import { validDraft } from './wizard-fixtures';

describe('a draft saved before a field existed', () => {
  it('still opens, with that field blank, and keeps everything typed', () => {
    const draft = validDraft('sunrise-1');
    const { alternativeWebsiteUrl: _dropped, ...olderPractice } = draft.practice;
    const [first, ...rest] = draft.locations;
    const { email: _noEmail, ...olderLocation } = first!;
    const older = { ...draft, practice: olderPractice, locations: [olderLocation, ...rest] };

    const parsed = wizardDraftDataSchema.safeParse(JSON.parse(JSON.stringify(older)));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.practice.alternativeWebsiteUrl).toBe('');
    expect(parsed.data?.locations[0]?.email).toBe('');
    expect(parsed.data?.practice.name).toBe(draft.practice.name);
    expect(parsed.data?.locations[0]?.address1).toBe(first!.address1);
  });

  it('is still refused with an unknown key or a wrong type (a damaged file is not a draft)', () => {
    const draft = validDraft('sunrise-1');
    expect(
      wizardDraftDataSchema.safeParse({ ...draft, practice: { ...draft.practice, extra: 'x' } }).success,
    ).toBe(false);
    expect(
      wizardDraftDataSchema.safeParse({ ...draft, practice: { ...draft.practice, name: 5 } }).success,
    ).toBe(false);
  });
});
