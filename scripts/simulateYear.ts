// npm run simulate-year: a seeded year of minute readings through the background's milestone step, and the
// notifications it made per month. The same seed prints the same table on every machine (docs/milestones.md).
import { markdownTable, monthRows } from './simulate/monthTable';
import { SEED, simulateYear } from './simulate/runYear';

const started = performance.now();
const year = simulateYear(Number(process.env.SEED ?? SEED));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(markdownTable(monthRows(year.notifications)));
console.log(
  `\n${year.readings.length.toLocaleString('en-US')} readings (seed ${process.env.SEED ?? SEED}), ` +
    `${year.events.length} timeline events, ${year.notifications.length} notifications with every kind on; ${seconds} s.`,
);
