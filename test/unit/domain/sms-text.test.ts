import { describe, expect, it } from 'vitest';
import { countSms, smsCounterLabel, smsMessageProblem } from '../../../src/shared/domain/sms-text';
import { isUsMobileNumber, sendToProblem, sendToSchema } from '../../../src/shared/domain/sms-recipient';

describe('countSms', () => {
  it('counts nothing as nothing', () => {
    expect(countSms('')).toEqual({ characters: 0, segments: 0, encoding: 'GSM-7' });
  });

  it('GSM-7: 160 fits one SMS, 161 takes two (153 each)', () => {
    expect(countSms('a'.repeat(160))).toEqual({ characters: 160, segments: 1, encoding: 'GSM-7' });
    expect(countSms('a'.repeat(161))).toEqual({ characters: 161, segments: 2, encoding: 'GSM-7' });
    expect(countSms('a'.repeat(306))).toEqual({ characters: 306, segments: 2, encoding: 'GSM-7' });
    expect(countSms('a'.repeat(307))).toEqual({ characters: 307, segments: 3, encoding: 'GSM-7' });
  });

  it('GSM-7 basic set includes accents, Greek capitals and newlines', () => {
    expect(countSms('Héllo Ñoño, à demain! Δ Ω £5 @ ¿¡ §\n')).toMatchObject({ encoding: 'GSM-7' });
  });

  it('counts extension characters as two', () => {
    expect(countSms('€')).toEqual({ characters: 2, segments: 1, encoding: 'GSM-7' });
    expect(countSms('{}[]~|^\\')).toMatchObject({ characters: 16, encoding: 'GSM-7' });
    expect(countSms(`${'a'.repeat(158)}€`)).toEqual({ characters: 160, segments: 1, encoding: 'GSM-7' });
    expect(countSms(`${'a'.repeat(159)}€`)).toEqual({ characters: 161, segments: 2, encoding: 'GSM-7' });
  });

  it('never splits an escape pair across two parts', () => {
    // 152 + € (2) does not fit in 153: the € opens part 2.
    expect(countSms(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toEqual({
      characters: 306,
      segments: 3,
      encoding: 'GSM-7',
    });
  });

  it('UCS-2: 70 fits one SMS, 71 takes two (67 each)', () => {
    expect(countSms('ç'.repeat(70))).toEqual({ characters: 70, segments: 1, encoding: 'UCS-2' });
    expect(countSms('ç'.repeat(71))).toEqual({ characters: 71, segments: 2, encoding: 'UCS-2' });
    expect(countSms(`Hello ${'ж'.repeat(128)}`)).toEqual({ characters: 134, segments: 2, encoding: 'UCS-2' });
    expect(countSms(`Hello ${'ж'.repeat(129)}`)).toEqual({ characters: 135, segments: 3, encoding: 'UCS-2' });
  });

  it('counts an emoji as two UTF-16 units and never splits it', () => {
    expect(countSms('Hi 😀')).toEqual({ characters: 5, segments: 1, encoding: 'UCS-2' });
    expect(countSms('😀'.repeat(35))).toEqual({ characters: 70, segments: 1, encoding: 'UCS-2' });
    expect(countSms('😀'.repeat(36))).toEqual({ characters: 72, segments: 2, encoding: 'UCS-2' });
    // 66 units + an emoji (2) does not fit in 67: the emoji opens part 2.
    expect(countSms(`${'x'.repeat(65)}é😀${'x'.repeat(66)}`)).toMatchObject({ characters: 134, segments: 3 });
  });

  it('switches to UCS-2 for one character outside GSM-7 (a curly apostrophe)', () => {
    expect(countSms(`${'a'.repeat(100)}’`)).toEqual({ characters: 101, segments: 2, encoding: 'UCS-2' });
  });
});

describe('smsCounterLabel', () => {
  it('reads like the send screen', () => {
    expect(smsCounterLabel('a'.repeat(142))).toBe('142 characters · 1 SMS');
    expect(smsCounterLabel('a')).toBe('1 character · 1 SMS');
    expect(smsCounterLabel(countSms('a'.repeat(1500)))).toBe('1,500 characters · 10 SMS');
  });
});

describe('message and Send to', () => {
  it('the message is required and at most 1,600 characters', () => {
    expect(smsMessageProblem(' ')).toBe('Message is required.');
    expect(smsMessageProblem('a'.repeat(1600))).toBeNull();
    expect(smsMessageProblem('a'.repeat(1601))).toBe(
      'Message must be at most 1,600 characters (it has 1,601).',
    );
  });

  it('Send to takes a US mobile number in any common form and stores 10 digits', () => {
    for (const raw of ['(406) 555-0120', '406.555.0120', '+1 406 555 0120']) {
      expect(sendToProblem(raw)).toBeNull();
      expect(sendToSchema.parse(raw)).toBe('4065550120');
    }
    expect(isUsMobileNumber('7875550100')).toBe(true);
  });

  it('rejects wrong numbers without repeating them', () => {
    const message =
      'Send to must be a 10-digit US mobile number with a valid area code (for example (406) 555-0120).';
    for (const raw of ['555-0120', '(123) 555-0120', '(911) 555-0120', '+44 20 7946 0958', '406555012x']) {
      expect(sendToProblem(raw)).toBe(message);
    }
    expect(sendToProblem('')).toBe('Send to is required.');
    expect(sendToProblem('(123) 456-7890')).not.toContain('456');
  });
});
