import path from 'node:path';
import { z } from 'zod';
import { smsTemplateSchema, type SmsTemplate } from '../../../shared/contract/sms';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';

/**
 * Message templates, editable, in sms-templates.json in the data folder. Fields in braces are filled in on the
 * send screen: {practiceName}, {locationName}, {practicePhone}.
 */
const defaultTemplates = (): SmsTemplate[] => [
  {
    id: 'appointment-reminder',
    name: 'Appointment reminder',
    text: 'Hello from {practiceName}. This is a reminder of your upcoming appointment at {locationName}. Questions? Call {practicePhone}.',
  },
  {
    id: 'call-us',
    name: 'Please call us',
    text: '{practiceName} is trying to reach you. Please call us at {practicePhone}.',
  },
  {
    id: 'portal-message',
    name: 'New portal message',
    text: 'You have a new secure message from {practiceName}. Sign in to the patient portal to read it.',
  },
];

const fileSchema = z.object({ version: z.literal(1), templates: z.array(smsTemplateSchema) });

export interface TemplateStore {
  list(): SmsTemplate[];
  save(templates: SmsTemplate[]): Promise<SmsTemplate[]>;
}

export const openTemplateStore = (dataDir: string): TemplateStore => {
  const file = path.join(dataDir, 'sms-templates.json');
  const read = readBackedUpJsonFileSync(file, fileSchema);
  let templates = read.status === 'ok' ? read.value.templates : defaultTemplates();
  return {
    list: () => templates,
    async save(next) {
      const clean = z.array(smsTemplateSchema).parse(next);
      await writeFileAtomic(file, JSON.stringify({ version: 1, templates: clean }), { keepBackup: true });
      templates = clean;
      return templates;
    },
  };
};
