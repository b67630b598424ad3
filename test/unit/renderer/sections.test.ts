import { describe, expect, it } from 'vitest';
import { sectionOfRoute } from '../../../src/renderer/shell/sections';

describe('the sidebar highlights the section a page belongs to', () => {
  it('maps account pages, edits and the business info form to where the person came from', () => {
    expect(sectionOfRoute('accounts', ['sunrise'])).toBe('accounts');
    expect(sectionOfRoute('edit', ['sunrise'])).toBe('accounts');
    expect(sectionOfRoute('business', ['sunrise'])).toBe('accounts');
    expect(sectionOfRoute('business', ['sunrise', 'sms'])).toBe('sms');
    expect(sectionOfRoute('business', [])).toBe('business');
    expect(sectionOfRoute('sms', ['sunrise'])).toBe('sms');
  });
});
