import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  practiceFieldsOfStep,
  practiceFieldTable,
  type PracticeField,
} from '../../../../shared/domain/fields/practice-fields';
import {
  practiceFormSchema,
  type Practice,
  type PracticeFormInput,
} from '../../../../shared/domain/practice';
import type { FieldSpec } from '../../../../shared/domain/fields/field-spec';
import { FormField } from '../../../components/form/FormField';
import type { StepProps } from '../step-props';
import { practiceFieldExtras } from './practice-field-extras';

/** The draft's practice as typed, checked with the practice's rules (what the resolver runs on each field). */
const practiceResolver = zodResolver(practiceFormSchema);

const rowOf = (field: PracticeField): string | undefined =>
  (practiceFieldTable[field] as FieldSpec).input?.row;

/** Consecutive fields sharing a row (the table's `input.row`), in table order. */
const rowsOf = (fields: readonly PracticeField[]): PracticeField[][] =>
  fields.reduce<PracticeField[][]>((rows, field) => {
    const row = rowOf(field);
    const last = rows.at(-1);
    const lastRow = last?.[0] === undefined ? undefined : rowOf(last[0]);
    if (last && row !== undefined && row === lastRow) last.push(field);
    else rows.push([field]);
    return rows;
  }, []);

/**
 * A practice step of the wizard: the fields the practice field table puts on this step, generated in table order,
 * held by react-hook-form. Every keystroke goes to the draft (autosaved); leaving a field marks it touched.
 */
export function PracticeFieldsStep(props: StepProps & { step: number; skip?: readonly PracticeField[] }) {
  const { data, errorOf, touch, setPractice } = props;
  const form = useForm<PracticeFormInput, unknown, Practice>({
    values: data.practice,
    resolver: practiceResolver,
    mode: 'onTouched',
  });
  const extras = practiceFieldExtras(props);
  const fields = practiceFieldsOfStep(props.step).filter((f) => !props.skip?.includes(f));
  const one = (field: PracticeField) => (
    <FormField
      key={field}
      control={form.control}
      name={field}
      spec={practiceFieldTable[field]}
      id={`practice-${field}`}
      error={errorOf(`practice.${field}`)}
      extras={extras[field]}
      onChange={(value) => setPractice(field, value)}
      onTouched={() => touch(`practice.${field}`)}
    />
  );
  return (
    <>
      {rowsOf(fields).map((row) =>
        row.length === 1 ? (
          one(row[0] as PracticeField)
        ) : (
          <div key={row.join('-')} className="wizard__row">
            {row.map(one)}
          </div>
        ),
      )}
    </>
  );
}
