import { practiceLabels as L } from '../../../../shared/domain/labels';
import { TextField } from '../WizardFields';
import type { StepProps } from '../step-props';

/** Step 4: the /1.1 website fields, with what happens when they are left empty. */
export function WebsitesStep({ data, errorOf, touch, setPractice }: StepProps) {
  const p = data.practice;
  return (
    <>
      <TextField
        id="practice-websiteUrl"
        label={L.websiteUrl}
        type="url"
        value={p.websiteUrl}
        onChange={(v) => setPractice('websiteUrl', v)}
        onBlur={() => touch('practice.websiteUrl')}
        error={errorOf('practice.websiteUrl')}
        hint="The practice's own website, for example https://sunrisepediatrics.com."
      />
      {p.websiteUrl.trim() === '' ? (
        <p className="note note--warn" data-testid="website-empty-note">
          With no website URL, Updox will use your (the partner's) website for this practice. Carriers check
          the website when they verify a texting number, so this can raise SMS rejection rates.
        </p>
      ) : null}
      <TextField
        id="practice-alternativeWebsiteUrl"
        label={L.alternativeWebsiteUrl}
        type="url"
        value={p.alternativeWebsiteUrl}
        onChange={(v) => setPractice('alternativeWebsiteUrl', v)}
        onBlur={() => touch('practice.alternativeWebsiteUrl')}
        error={errorOf('practice.alternativeWebsiteUrl')}
        hint="Optional. Another website of the practice."
      />
    </>
  );
}
