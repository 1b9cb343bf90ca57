import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";
import { Field, inputClass } from "./field";

interface Labelled {
  label: ReactNode;
  help?: ReactNode;
  error?: string;
}

/** A labelled input with its help and error; works with react-hook-form's `register` and with plain forms. */
export function InputField({ label, help, error, ref, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, "className"> & Labelled & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Field label={label} help={help} error={error}>
      {(a) => <input {...a} {...input} ref={ref} className={inputClass} />}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: ReactNode;
}

/** A labelled drop-down; `anyLabel` adds a first, empty choice ("all …") that means no filter. */
export function SelectField({
  label,
  help,
  error,
  options,
  anyLabel,
  ref,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "className"> & Labelled & { options: readonly SelectOption[]; anyLabel?: ReactNode; ref?: Ref<HTMLSelectElement> }) {
  return (
    <Field label={label} help={help} error={error}>
      {(a) => (
        <select {...a} {...select} ref={ref} className={inputClass}>
          {anyLabel !== undefined && <option value="">{anyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
