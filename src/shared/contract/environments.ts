import { z } from 'zod';
import { call } from './define';
import { environmentKindSchema } from './app';

/** What the renderer may know of credentials: whether they are set and when they were verified. Never them. */
export const credentialStatusSchema = z.object({
  set: z.boolean(),
  builtIn: z.boolean(),
  savedAt: z.string().optional(),
  verifiedAt: z.string().optional(),
});

const environmentViewSchema = z.object({
  id: z.string(),
  kind: environmentKindSchema,
  name: z.string(),
  apiBase: z.string().optional(),
  active: z.boolean(),
  credentials: credentialStatusSchema,
});

export const environmentListSchema = z.object({
  activeId: z.string(),
  environments: z.array(environmentViewSchema),
});

const environmentId = z.string().min(1, 'Choose an environment.');

export const environmentsContract = {
  list: call(z.void(), environmentListSchema, 'The environments and whether each has credentials.'),
  select: call(
    z.object({
      id: environmentId,
      /** Switching to Production is deliberate: refused until the person confirms (naming it and its base URL). */
      confirmProduction: z.boolean().optional(),
    }),
    environmentListSchema,
    'Switch the active environment.',
  ),
  addCustom: call(
    z.object({
      name: z.string().trim().min(1, 'Name is required.').max(60, 'Name must be 60 characters or fewer.'),
      apiBase: z.string().trim().min(1, 'Base URL is required.'),
    }),
    environmentListSchema,
    'Add an environment with a custom IO API base URL.',
  ),
  remove: call(z.object({ id: environmentId }), environmentListSchema, 'Remove a custom environment.'),
};

export const credentialsContract = {
  save: call(
    z.object({
      environmentId,
      applicationId: z.string().trim().min(1, 'Application ID is required.').max(200),
      applicationPassword: z.string().min(1, 'Application password is required.').max(500),
      acceptWeakStorage: z.boolean().optional(),
    }),
    credentialStatusSchema,
    'Store vendor credentials for an environment, encrypted, in main.',
  ),
  test: call(
    z
      .object({
        environmentId,
        /** Typed in the form and not saved: tested as they are, never stored. Both or neither. */
        applicationId: z.string().trim().min(1, 'Application ID is required.').max(200).optional(),
        applicationPassword: z.string().min(1, 'Application password is required.').max(500).optional(),
      })
      .refine((v) => (v.applicationId === undefined) === (v.applicationPassword === undefined), {
        message: 'Type both the Application ID and the Application password to test them.',
        path: ['applicationPassword'],
      }),
    credentialStatusSchema.extend({ tested: z.enum(['typed', 'saved']) }),
    'Check credentials with PingWithApplicationAuth: the ones typed (not saved), or else the stored ones.',
  ),
  clear: call(
    z.object({ environmentId }),
    credentialStatusSchema,
    'Forget the credentials of an environment.',
  ),
};

export type EnvironmentView = z.infer<typeof environmentViewSchema>;
export type EnvironmentList = z.infer<typeof environmentListSchema>;
export type CredentialStatus = z.infer<typeof credentialStatusSchema>;
