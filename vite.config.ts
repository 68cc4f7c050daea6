// Builds one browser's extension into dist/<target>. CAPLENS_API_ORIGIN makes a replay build:
// every provider request goes to that loopback origin, which is the only host it may reach.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/lib/firefoxManifest.ts';

const target = process.env.CAPLENS_TARGET ?? 'chrome';
const apiOrigin = process.env.CAPLENS_API_ORIGIN?.replace(/\/$/, '') || null;
const outDir = process.env.CAPLENS_OUT_DIR ?? `dist/${target}`;

if (apiOrigin && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(apiOrigin)) {
  throw new Error(`CAPLENS_API_ORIGIN must be a loopback origin like http://127.0.0.1:8787, got ${apiOrigin}`);
}
// A replay build may wait less for a provider than the shipped 8 s, so that tests of a stalling
// provider do not wait out the real deadline; the shipped build never has it.
const providerTimeoutMs = process.env.CAPLENS_PROVIDER_TIMEOUT_MS
  ? Number(process.env.CAPLENS_PROVIDER_TIMEOUT_MS)
  : null;
if (providerTimeoutMs !== null && (!apiOrigin || !(providerTimeoutMs >= 500))) {
  throw new Error('CAPLENS_PROVIDER_TIMEOUT_MS is for replay builds only (with CAPLENS_API_ORIGIN), and at least 500');
}

function manifestFor(): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as typeof baseManifest & Record<string, unknown>;
  if (apiOrigin) {
    // Match patterns ignore the port: http://127.0.0.1/* covers the replay server on any port.
    manifest.host_permissions = [`${new URL(apiOrigin).origin.replace(/:\d+$/, '')}/*`];
    manifest.name = `${manifest.name} (replay)`;
  }
  // The content script is built on its own afterwards (scripts/lib/buildContentScript.mjs).
  return (target === 'firefox' ? firefoxManifest(manifest) : manifest) as ManifestV3Export;
}

export default defineConfig({
  define: {
    __CAPLENS_API_ORIGIN__: JSON.stringify(apiOrigin),
    __CAPLENS_PROVIDER_TIMEOUT_MS__: JSON.stringify(providerTimeoutMs),
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
  },
  plugins: [crx({ manifest: manifestFor(), browser: target === 'firefox' ? 'firefox' : 'chrome' })],
});
