// The latest milestone crossings, newest first ("Cap topped $2T, first time · 2024-12-05").

import { utcDay } from '../../core/milestones/day';
import type { MilestoneEvent } from '../../core/milestones/types';
import { timelineText } from '../../core/milestones/wording';
import { t } from '../../i18n/t';

const SHOWN = 4;

export function Crossings({ events }: { events: readonly MilestoneEvent[] }) {
  return (
    <section class="crossings" aria-label={t('latestMilestones')}>
      <h2>{t('latestMilestones')}</h2>
      {events.length === 0 ? (
        <p class="note" data-testid="crossings">
          {t('noneCrossed')}
        </p>
      ) : (
        <ol data-testid="crossings">
          {events.slice(0, SHOWN).map((event) => (
            <li key={`${event.kind}-${event.metric}-${event.at}`}>
              {timelineText(event, t)} · <time>{utcDay(event.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
