import { useId } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { hrefFor } from '../../stores/route-store';
import { NumbersTable } from './NumbersTable';
import { checkScheduleWords } from './check-words';
import { isWaitingStatus } from './number-words';
import { useAccountNumbers, type AccountNumbersState } from './use-account-numbers';
import './sms.css';

/** The numbers section, given already-loaded state (the send screen shares its state with the picker). */
export function NumbersSection({
  state,
  headingLevel = 2,
  showMessages = true,
}: {
  state: AccountNumbersState;
  headingLevel?: 2 | 3;
  /** False where the screen shows the notices and errors elsewhere (the send screen, next to the picker). */
  showMessages?: boolean;
}) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { data } = state;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="sms-panel-head">
        <Heading id={titleId}>SMS numbers</Heading>
        <span className="sms-muted" data-testid="sms-check-schedule">
          {checkScheduleWords({
            checkedAt: data?.checkedAt,
            poll: state.poll,
            waiting: data?.locations.some((l) => isWaitingStatus(l.status)) ?? false,
          })}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => void state.checkNow()}
          disabled={state.loading}
        >
          Check now
        </button>
      </div>
      {showMessages ? <NumbersMessages state={state} /> : null}
      {data && !data.smsEnabled ? <p className="note note--error">{data.smsMessage}</p> : null}
      {data ? (
        <NumbersTable
          accountId={data.accountId}
          rows={data.locations}
          busy={state.loading}
          onAddNumber={(id) => void state.requestNumber(id)}
        />
      ) : state.loading ? (
        <p className="empty">Loading numbers…</p>
      ) : null}
    </section>
  );
}

/** What the last numbers action said (Add Number, Check now), and its error; announced. */
export function NumbersMessages({ state }: { state: AccountNumbersState }) {
  return (
    <>
      <div aria-live="polite">{state.notice ? <p className="note note--ok">{state.notice}</p> : null}</div>
      <ErrorNote error={state.error} />
    </>
  );
}

/** The account page's SMS numbers and their verification status (owned by the SMS feature). */
export function AccountNumbersPanel({ accountId }: { accountId: string }) {
  const state = useAccountNumbers(accountId);
  return (
    <div className="sms-account-panel">
      <NumbersSection state={state} />
      <p>
        <a href={hrefFor('sms', accountId)}>Send a text from this account</a>
      </p>
    </div>
  );
}
