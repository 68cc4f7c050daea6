import { resolve } from 'node:path';

export const E2E_DIST = { chrome: resolve('dist/e2e/chrome') };
