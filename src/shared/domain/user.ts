import { z } from 'zod';
import { blanksOf, storedShapeOf, typedShapeOf } from './fields/field-spec';
import { userFieldTable, userFields, userLabels as L } from './fields/user-fields';

/** Each field of a stored user, and as typed (from the user field table). */
const userStoredShape = storedShapeOf(userFieldTable, userFields);
const userTypedShape = typedShapeOf(userFieldTable, userFields);

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

export const emptyUser = (): User => blanksOf(userFieldTable, userFields);
