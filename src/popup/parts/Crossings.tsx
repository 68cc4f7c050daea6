// The latest milestone crossings, newest first ("Cap topped $2T, first time · 2024-12-05").
import { type MilestoneEvent, timelineText, utcDay } from '../../core/milestones';

const SHOWN = 4;

export function Crossings({ events }: { events: readonly MilestoneEvent[] }) {
  return (
    <section class="crossings" aria-label="Latest milestones">
      <h2>Latest milestones</h2>
      {events.length === 0 ? (
        <p class="note" data-testid="crossings">
          None crossed since install.
        </p>
      ) : (
        <ol data-testid="crossings">
          {events.slice(0, SHOWN).map((event) => (
            <li key={`${event.kind}-${event.metric}-${event.at}`}>
              {timelineText(event)} · <time>{utcDay(event.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
