import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutputOf } from '../../../src/shared/contract/call-types';
import type { AppErrorData } from '../../../src/shared/errors';
import { startTestApp } from '../services/test-services';
import { createPractice } from '../../support/sandbox-api';
import { completePractice, partnerDetails } from '../sms/sms-sandbox';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Export = CallOutputOf<'business', 'exportIncomplete'>;

const okData = async <T>(p: Promise<{ ok: boolean; data?: unknown; error?: AppErrorData }>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
};

describe('exporting the practices whose SMS business details are incomplete (embedded sandbox over HTTP)', () => {
  let app: App;
  let origin: string;
  beforeEach(async () => {
    app = await startTestApp();
    origin = (await app.services.sandbox.get()).origin;
  });
  afterEach(async () => app.close());

  it('one row each, its own gaps empty, columns named as the field table names them', async () => {
    await app.services.business.partners.save('sandbox', partnerDetails);
    await createPractice(origin, completePractice('complete-1', { name: 'Complete Clinic' }));
    await createPractice(
      origin,
      completePractice('no-street', { name: 'No Street Dental', address1: '', postal: '' }),
    );
    await createPractice(origin, completePractice('no-city', { name: 'No City Care', city: '' }));

    const out = await okData<Export>(app.call('business.exportIncomplete'));
    expect(out).toMatchObject({ environmentId: 'sandbox', rows: 2, partnerGaps: [] });
    expect(out.fileName).toMatch(/^sms-details-incomplete-sandbox-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(out.columns).toEqual(['Account ID', 'Practice name', 'Address line 1', 'City', 'ZIP code']);
    const parsed = Papa.parse<Record<string, string>>(out.csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const byId = Object.fromEntries(parsed.data.map((r) => [r['Account ID'], r]));
    expect(Object.keys(byId).sort()).toEqual(['no-city', 'no-street']);
    // Its gaps are empty; what it has is there.
    expect(byId['no-street']).toEqual({
      'Account ID': 'no-street',
      'Practice name': 'No Street Dental',
      'Address line 1': '',
      City: 'Dublin',
      'ZIP code': '',
    });
    expect(byId['no-city']).toMatchObject({
      'Address line 1': '100 Main Street',
      City: '',
      'ZIP code': '43017',
    });
  });

  it("names the partner's own gaps once instead of as columns, and escapes what a spreadsheet would run", async () => {
    await createPractice(
      origin,
      completePractice('formula', { name: '=HYPERLINK("http://x")', address1: '' }),
    );
    const out = await okData<Export>(app.call('business.exportIncomplete'));
    expect(out.partnerGaps.length).toBeGreaterThan(0);
    expect(out.columns).toEqual(['Account ID', 'Practice name', 'Address line 1']);
    expect(out.csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('answers an empty file (headers only) when every practice is complete', async () => {
    await app.services.business.partners.save('sandbox', partnerDetails);
    await createPractice(origin, completePractice('complete-1', { name: 'Complete Clinic' }));
    const out = await okData<Export>(app.call('business.exportIncomplete'));
    expect(out).toMatchObject({ rows: 0, columns: ['Account ID', 'Practice name'] });
    expect(out.csv.trim()).toBe('Account ID,Practice name');
  });
});
