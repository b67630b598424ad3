import type { BatchSummary } from '../../../shared/contract/batch';
import { hrefFor } from '../../stores/route-store';
import { formatWhen } from '../../components/format-when';
import { practicesWord, stateWords } from './batch-words';

/** The active environment's batches: an unfinished one is where a closed window or a crash left it. */
export function BatchesList({ batches }: { batches: readonly BatchSummary[] }) {
  if (batches.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="bulk-batches-title">
      <h2 id="bulk-batches-title">Batches in this environment</h2>
      <ul className="bulk-batches" data-testid="bulk-batches">
        {batches.map((b) => (
          <li key={b.id}>
            <a href={b.kind === 'practices' ? hrefFor('bulk', b.id) : hrefFor('batch', b.id)}>
              {b.files.join(', ')}
            </a>{' '}
            · {practicesWord(b.counts.rows)} · {stateWords[b.state]} · imported {formatWhen(b.createdAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
