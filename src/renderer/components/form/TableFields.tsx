import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import type { FieldSpec, FieldTable } from '../../../shared/domain/fields/field-spec';
import { FormField, type FieldExtras } from './FormField';

/** Consecutive fields sharing a row (the table's `input.row`), in the order given. */
const rowsOf = <K extends string>(table: FieldTable, fields: readonly K[]): K[][] => {
  const rowOf = (field: K): string | undefined => (table[field] as FieldSpec).input?.row;
  return fields.reduce<K[][]>((rows, field) => {
    const last = rows.at(-1);
    const row = rowOf(field);
    if (last?.[0] !== undefined && row !== undefined && row === rowOf(last[0])) last.push(field);
    else rows.push([field]);
    return rows;
  }, []);
};

/**
 * The given fields of a field table, generated in order, each one FormField bound to `control`; fields sharing a
 * row sit side by side.
 */
export function TableFields<V extends FieldValues, K extends FieldPath<V> & string>(props: {
  table: FieldTable;
  fields: readonly K[];
  control: Control<V>;
  idOf: (field: K) => string;
  errorOf: (field: K) => string | undefined;
  extras: Partial<Record<K, FieldExtras>>;
  onChange: (field: K, value: string | boolean) => void;
  onTouched: (field: K) => void;
}) {
  const one = (field: K) => (
    <FormField
      key={field}
      control={props.control}
      name={field}
      spec={props.table[field] as FieldSpec}
      id={props.idOf(field)}
      error={props.errorOf(field)}
      extras={props.extras[field]}
      onChange={(value) => props.onChange(field, value)}
      onTouched={() => props.onTouched(field)}
    />
  );
  return (
    <>
      {rowsOf(props.table, props.fields).map((row) =>
        row.length === 1 && row[0] !== undefined ? (
          one(row[0])
        ) : (
          <div key={row.join('-')} className="wizard__row">
            {row.map(one)}
          </div>
        ),
      )}
    </>
  );
}
