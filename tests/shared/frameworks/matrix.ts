// Which builds the framework-page tests run. `npm test` runs every framework's production build in
// Chromium, and React 18's and Vue's in Firefox, to keep the whole suite within CI's 10 minutes on two
// cores; `npm run test:frameworks` (CAPLENS_FRAMEWORKS=all) runs production and development builds of
// every framework in both browsers.
import type { Framework, Mode } from './build';

const all = process.env.CAPLENS_FRAMEWORKS === 'all';

export const MODES: readonly Mode[] = all ? ['production', 'development'] : ['production'];
export const FIREFOX_FRAMEWORKS: readonly Framework[] = all ? ['react18', 'react19', 'vue'] : ['react18', 'vue'];
