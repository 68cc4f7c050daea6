// The fault matrix's stall rows (tests/e2e/support/faultMatrix.ts): each provider, and all at once,
// holding its answer for 20 s, in the build that gives up on a provider after QUICK_PROVIDER_TIMEOUT_MS
// instead of the shipped 8 s, so the rows need not wait out the real deadline.

import { defineFaultRows } from './support/faultMatrix';
import { sharedBrowserTest } from './support/fixtures';

sharedBrowserTest.use({ quickProviderTimeout: true });
defineFaultRows(true);
