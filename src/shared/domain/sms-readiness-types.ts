import type { PracticeSmsField } from './fields/practice-fields';
import type { PartnerField, PracticeField } from './labels';

type Text = string | null | undefined;

/**
 * Anything shaped like an account: the app's Practice, a draft, or what PracticeGet answered. Its fields are those
 * the practice field table gives a part in SMS readiness.
 */
export type PracticeLike = { readonly [F in PracticeSmsField]?: Text };

/** The partner business details readiness looks at (PartnerBusinessDetails has them all). */
export interface PartnerLike {
  readonly website?: Text;
  readonly contactFirstName?: Text;
  readonly contactLastName?: Text;
  readonly contactEmail?: Text;
  readonly contactPhone?: Text;
}

export type ReadinessKey =
  | 'name'
  | 'address1'
  | 'address2'
  | 'city'
  | 'state'
  | 'countryCode'
  | 'postal'
  | 'website'
  | 'contactFirstName'
  | 'contactLastName'
  | 'contactEmail'
  | 'contactPhone';

export type ReadinessSource = 'account' | 'partner';
export type ReadinessStatus = 'ok' | 'missing' | 'invalid' | 'inherited';

export interface ReadinessItem {
  readonly key: ReadinessKey;
  readonly label: string;
  /** Where the value Updox will use comes from. */
  readonly source: ReadinessSource;
  readonly status: ReadinessStatus;
  /** The value Updox will use or that is wrong ('' when missing). */
  readonly value: string;
  /** The rule, as a sentence naming the field. */
  readonly rule: string;
  /** The field to edit (on the account when fixSource is 'account', else in Business details); not on 'ok'. */
  readonly fixField?: PracticeField | PartnerField;
  readonly fixSource?: ReadinessSource;
}

export type ReadinessWarningKey =
  | 'website-inherited'
  | 'website-not-https'
  | 'website-social-profile'
  | 'website-link-shortener'
  | 'no-physical-address';

export interface ReadinessWarning {
  readonly key: ReadinessWarningKey;
  readonly message: string;
  readonly fixField?: PracticeField | PartnerField;
  readonly fixSource?: ReadinessSource;
}

export interface SmsReadiness {
  /** True exactly when Updox would not answer 4039 for these details. */
  readonly complete: boolean;
  readonly items: readonly ReadinessItem[];
  readonly missing: readonly ReadinessItem[];
  readonly inherited: readonly ReadinessItem[];
  /** Present but breaking the rule. */
  readonly problems: readonly ReadinessItem[];
  readonly warnings: readonly ReadinessWarning[];
}
