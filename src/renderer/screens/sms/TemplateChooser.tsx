import { useEffect, useId, useState } from 'react';
import type { SmsTemplate } from '../../../shared/contract/sms';
import { api } from '../../api/client';
import { fillTemplate, insertTemplate, type TemplateFields } from './fill-template';
import { TemplatesEditor } from './TemplatesEditor';

/** "Template": picks a saved template, fills its fields and puts it in the message. Templates are editable. */
export function TemplateChooser({
  fields,
  message,
  onMessage,
}: {
  fields: TemplateFields;
  message: string;
  onMessage(message: string): void;
}) {
  const id = useId();
  const [templates, setTemplates] = useState<SmsTemplate[]>([]);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void api.sms.templates().then((r) => r.ok && setTemplates(r.data.templates));
  }, []);
  return (
    <div className="field">
      <label htmlFor={`${id}-template`}>Template</label>
      <div className="sms-template-row">
        <select
          id={`${id}-template`}
          value=""
          onChange={(e) => {
            const chosen = templates.find((t) => t.id === e.target.value);
            if (chosen) onMessage(insertTemplate(message, fillTemplate(chosen.text, fields)));
          }}
        >
          <option value="">Choose a template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => setEditing((v) => !v)}
          aria-expanded={editing}
        >
          {editing ? 'Close templates' : 'Edit templates'}
        </button>
      </div>
      <span className="field__hint">A template goes into the message, where you can still change it.</span>
      {editing ? <TemplatesEditor templates={templates} onSaved={setTemplates} /> : null}
    </div>
  );
}
