import { z } from 'zod';
import { openDraftStore } from '../../../src/main/services/drafts/draft-store';
import { steppingClock } from './helpers';

/** A small practice-like draft for the store tests. */
export const testDataSchema = z.object({
  name: z.string().min(1, 'Enter the practice name.'),
  zip: z.string().regex(/^\d{5}$/, 'ZIP code must be 5 digits.'),
  locations: z.array(z.object({ name: z.string() })),
});
export type TestData = z.infer<typeof testDataSchema>;

export const sampleData = (name = 'Sunrise Family Practice'): TestData => ({
  name,
  zip: '43017',
  locations: [{ name: 'Main office' }],
});

export function openTestStore(dir: string, now = steppingClock()) {
  return openDraftStore({ dir, dataSchema: testDataSchema, now });
}
