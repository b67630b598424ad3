import Papa from 'papaparse';
import type { CallOutputOf } from '../../../shared/contract/call-types';
import { missingAccountFields, type MissingAccountField } from '../../../shared/contract/business';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import { practiceFieldTable } from '../../../shared/domain/fields/practice-fields';
import { accountGapFields, partnerGapLabels } from '../../../shared/domain/readiness-gaps';
import { computeSmsReadiness } from '../../../shared/domain/sms-readiness';
import type { UpdoxClient } from '../../updox/client';

/** A column's header: the field table's first CSV name (the label people see), which the import maps back. */
const header = (field: MissingAccountField | 'accountId'): string => practiceFieldTable[field].csv[0];

const fileDate = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The practices of an environment whose SMS business details are incomplete, as a CSV to fill in: Account ID,
 * Practice name, then one column per field that any of them lacks (the readiness rule decides, as for the Missing
 * Business Info form). Each row holds the practice's current values and leaves its own gaps empty. The partner's
 * gaps are not columns: they are named once, to be fixed in Business details. Values that a spreadsheet would run
 * as a formula are escaped.
 */
export const exportIncomplete = async (
  client: UpdoxClient,
  environment: { id: string; name: string },
  partner: PartnerBusinessDetails | null,
  now = new Date(),
): Promise<CallOutputOf<'business', 'exportIncomplete'>> => {
  const practices = await client.practiceList();
  const incomplete = practices.flatMap((practice) => {
    const readiness = computeSmsReadiness(practice, partner);
    return readiness.complete ? [] : [{ practice, readiness, gaps: new Set(accountGapFields(readiness)) }];
  });
  const used = new Set(incomplete.flatMap((p) => [...p.gaps]));
  const columns = missingAccountFields.filter((f) => f !== 'name' && used.has(f));
  const fields = ['accountId', 'name', ...columns] as const;
  const rows = incomplete.map(({ practice, gaps }) =>
    fields.map((f) => (f !== 'accountId' && gaps.has(f) ? '' : practice[f])),
  );
  const partnerGaps = incomplete[0] ? partnerGapLabels(incomplete[0].readiness) : [];
  return {
    environmentId: environment.id,
    fileName: `sms-details-incomplete-${environment.id.replace(/[^A-Za-z0-9_-]/g, '_')}-${fileDate(now)}.csv`,
    rows: rows.length,
    columns: fields.map(header),
    partnerGaps,
    csv: Papa.unparse({ fields: fields.map(header), data: rows }, { escapeFormulae: true, newline: '\r\n' }),
  };
};
