import { hrefFor } from '../../stores/route-store';
import { placeholderAdvice, placeholdersIn } from './fill-template';

/**
 * The template values missing from the message ("[practice phone]"), each with where to add it; shown while any
 * placeholder is left (Send refuses until they are replaced).
 */
export function TemplateGaps({ message, accountId, id }: { message: string; accountId: string; id: string }) {
  const left = placeholdersIn(message);
  if (left.length === 0) return null;
  const onRecord = left.some((f) => f !== 'locationName');
  return (
    <div id={id} className="note note--warn sms-gaps" data-testid="template-gaps">
      <p>The message has a placeholder where the template had no value:</p>
      <ul>
        {left.map((f) => (
          <li key={f}>{placeholderAdvice[f]}</li>
        ))}
      </ul>
      {onRecord ? (
        <p>
          <a href={hrefFor('edit', accountId)}>Edit the practice</a> (your message is kept).
        </p>
      ) : null}
    </div>
  );
}
