import { useId, useState } from 'react';
import type { SmsTemplate } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { templateFieldNames } from './fill-template';

/** Edit, add and remove the saved templates (kept in the data folder; they must not hold patient details). */
export function TemplatesEditor({
  templates,
  onSaved,
}: {
  templates: SmsTemplate[];
  onSaved(t: SmsTemplate[]): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<SmsTemplate[]>(templates);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const change = (i: number, patch: Partial<SmsTemplate>) => {
    setSaved(false);
    setDraft((d) => d.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  };
  const save = async () => {
    const r = await api.sms.saveTemplates({ templates: draft });
    if (!r.ok) return setError(r.error);
    setError(null);
    setSaved(true);
    onSaved(r.data.templates);
  };
  return (
    <div className="sms-templates panel">
      <p className="field__hint">
        Fields filled in when used: {templateFieldNames.map((f) => `{${f}}`).join(', ')}. Never put patient
        details in a template.
      </p>
      {draft.map((t, i) => (
        <div key={t.id} className="sms-templates__item">
          <div className="field">
            <label htmlFor={`${id}-${i}-name`}>Template name</label>
            <input
              id={`${id}-${i}-name`}
              value={t.name}
              onChange={(e) => change(i, { name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${i}-text`}>Template text</label>
            <textarea
              id={`${id}-${i}-text`}
              rows={3}
              value={t.text}
              onChange={(e) => change(i, { text: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="button"
            onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
          >
            Remove<span className="visually-hidden"> {t.name}</span>
          </button>
        </div>
      ))}
      <div className="sms-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((d) => [...d, { id: `t-${Date.now().toString(36)}`, name: 'New template', text: '' }])
          }
        >
          Add template
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          Save templates
        </button>
        <span aria-live="polite">{saved ? 'Templates saved.' : ''}</span>
      </div>
      <ErrorNote error={error} />
    </div>
  );
}
