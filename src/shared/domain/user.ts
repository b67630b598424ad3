import { z } from 'zod';
import { freeTextRule } from './field-rules/field-rule';
import { loginIdRule, userIdRule } from './field-rules/identifiers';
import { passwordRule } from './field-rules/password';
import { storedFlag, storedText, typedFlag, typedText } from './field-rules/zod-fields';
import { userLabels as L } from './labels';

export const userRules = {
  userId: userIdRule(L.userId),
  loginId: loginIdRule(L.loginId),
  password: passwordRule(L.password),
  firstName: freeTextRule(L.firstName, true, 100),
  lastName: freeTextRule(L.lastName, true, 100),
};

const R = userRules;

export const userStoredShape = {
  userId: storedText(R.userId),
  loginId: storedText(R.loginId),
  password: storedText(R.password),
  firstName: storedText(R.firstName),
  lastName: storedText(R.lastName),
  provider: storedFlag(L.provider),
  admin: storedFlag(L.admin),
  active: storedFlag(L.active),
};

export const userTypedShape = {
  userId: typedText(R.userId),
  loginId: typedText(R.loginId),
  password: typedText(R.password),
  firstName: typedText(R.firstName),
  lastName: typedText(R.lastName),
  provider: typedFlag(L.provider, false),
  admin: typedFlag(L.admin, false),
  active: typedFlag(L.active, true),
};

/**
 * A user of a practice. First name, last name and User ID are required; the password is optional (blank keeps
 * the current one on update) but when given must pass the Updox policy (4233).
 */
export const userSchema = z.object(userStoredShape);
export const userFormSchema = z.object(userTypedShape);

/**
 * Creating a user: only the first and last name are required (Updox's record; the public Ruby client creates users
 * without a password). A user without a Login ID and Password has no web login and authenticates API calls only.
 * A web login needs both: Login ID and Password are required together (Updox answers 4232 for a login without a
 * password).
 */
export const newUserSchema = userSchema.superRefine((u, ctx) => {
  if (u.loginId !== '' && u.password === '')
    ctx.addIssue({
      code: 'custom',
      path: ['password'],
      message: `${L.password} is required with a ${L.loginId} (together they are the web login). Leave both empty for a user without a web login.`,
    });
  if (u.password !== '' && u.loginId === '')
    ctx.addIssue({
      code: 'custom',
      path: ['loginId'],
      message: `${L.loginId} is required with a ${L.password} (together they are the web login). Leave both empty for a user without a web login.`,
    });
});

export type User = z.output<typeof userSchema>;
export type UserFormValues = z.input<typeof userFormSchema>;

export const emptyUser = (): User => ({
  userId: '',
  loginId: '',
  password: '',
  firstName: '',
  lastName: '',
  provider: false,
  admin: false,
  active: true,
});
