// The Firefox flavour of the manifest: Firefox runs MV3 backgrounds as event pages (background.scripts),
// not service workers, wants a gecko id and a data-collection declaration, and knows no
// minimum_chrome_version. Everything else (permissions, CSP, content scripts, popup) is shared.

/** The add-on id: stable, so storage and granted permissions survive updates. */
export const GECKO_ID = 'caplens@caplens.app';

interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  [key: string]: unknown;
}

export function firefoxManifest<M extends Manifest>(manifest: M): M {
  const { minimum_chrome_version: _chromeOnly, ...rest } = manifest;
  const worker = manifest.background?.service_worker;
  return {
    ...rest,
    // An ES-module event page: the same entry as Chrome's service worker (crxjs wraps it in a loader).
    ...(worker ? { background: { scripts: [worker], type: 'module' } } : {}),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the first ESR that reads data_collection_permissions (and has every API used here).
        strict_min_version: '140.0',
        // CapLens sends nothing about the user anywhere: it only fetches public price and block data.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as M;
}
