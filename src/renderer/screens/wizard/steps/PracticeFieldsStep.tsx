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
import { TableFields } from '../../../components/form/TableFields';
import type { StepProps } from '../step-props';
import { practiceFieldExtras } from './practice-field-extras';

/** The practice's rules, run by react-hook-form on the fields it holds. */
const practiceResolver = zodResolver(practiceFormSchema);

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
  return (
    <TableFields
      table={practiceFieldTable}
      fields={practiceFieldsOfStep(props.step).filter((f) => !props.skip?.includes(f))}
      control={form.control}
      idOf={(field) => `practice-${field}`}
      errorOf={(field) => errorOf(`practice.${field}`)}
      extras={practiceFieldExtras(props)}
      onChange={(field, value) => setPractice(field, value)}
      onTouched={(field) => touch(`practice.${field}`)}
    />
  );
}
