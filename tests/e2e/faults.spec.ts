// The fault matrix: every provider alone, and all at once, answering badly in each way the issue
// lists, in the built extension in Chromium. Each row is one test that checks what the user sees
// after the faulty round (badge, its title, the popup's sources), that a provider in backoff is not
// asked again (the replay server's request log), and that the next good round recovers.
// docs/reliability.md lists the same rows with their results. Rows share one browser per build, the
// extension uninstalled and installed again before each: the rows are about the extension's state,
// not the browser's profile.
import { defineFaultRows } from './support/faultMatrix';

defineFaultRows(false);
