import type { FieldProblems } from './field-problems';

interface NamedUser {
  readonly firstName: string;
  readonly lastName: string;
  readonly userId: string;
}

/** "Jane Smith (jsmith)", "jsmith", or "User 2" when nothing is typed yet. */
const userDisplayName = (user: NamedUser | undefined, index: number): string => {
  const name = `${user?.firstName.trim() ?? ''} ${user?.lastName.trim() ?? ''}`.trim();
  const id = user?.userId.trim() ?? '';
  if (name && id) return `${name} (${id})`;
  return name || id || `User ${index + 1}`;
};

/**
 * Each problem of a user row (users.<i>.<field>) said with the user's name first, so a list of problems (Review,
 * the refusal of a send) names whose password or field it is.
 */
export const nameUserProblems = (users: readonly NamedUser[], problems: FieldProblems): FieldProblems =>
  Object.fromEntries(
    Object.entries(problems).map(([path, message]) => {
      const m = /^users\.(\d+)\./.exec(path);
      if (!m) return [path, message];
      const index = Number(m[1]);
      return [path, `${userDisplayName(users[index], index)}: ${message}`];
    }),
  );
