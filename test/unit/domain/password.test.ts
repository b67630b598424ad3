import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordRule } from '../../../src/shared/domain/field-rules/password';

describe('Password (Updox policy 4233)', () => {
  it.each(['Sunrise1', 'sunRise!', 'Abcdefg#', 'Pass word9', `Aa1${'x'.repeat(27)}`])('accepts %j', (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });

  it.each([
    ['Sun1', 'Password must be 8 to 30 characters long (it has 4).'],
    [`Aa1${'x'.repeat(28)}`, 'Password must be 8 to 30 characters long (it has 31).'],
    ['sunrise1', 'Password must include an upper-case letter.'],
    ['SUNRISE1', 'Password must include a lower-case letter.'],
    ['Sunriseee', 'Password must include a number or special character.'],
    ['sunriseee', 'Password must include an upper-case letter and a number or special character.'],
    ['12345678', 'Password must include an upper-case letter and a lower-case letter.'],
    [
      '        ',
      'Password must include an upper-case letter, a lower-case letter and a number or special character.',
    ],
    [
      'abc',
      'Password must be 8 to 30 characters long (it has 3) and include an upper-case letter and a number or special character.',
    ],
  ])('rejects %j saying exactly what is missing', (pw, message) => {
    expect(passwordProblem(pw)).toBe(message);
  });

  it('never repeats the password in its message', () => {
    expect(passwordProblem('secretpw')).not.toContain('secretpw');
  });

  it('is optional on a user unless required, and taken exactly as typed', () => {
    expect(passwordRule().problem('')).toBeNull();
    expect(passwordRule('Password', true).problem('')).toBe('Password is required.');
    expect(passwordRule().normalize(' Sunrise1 ')).toBe(' Sunrise1 ');
  });
});
