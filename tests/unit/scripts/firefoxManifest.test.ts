import { describe, expect, test } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { firefoxManifest, GECKO_ID } from '../../../scripts/lib/firefoxManifest';

describe('the Firefox manifest', () => {
  const manifest = firefoxManifest(structuredClone(baseManifest) as Record<string, unknown>) as Record<
    string,
    unknown
  > & { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };

  test('runs the same background entry as an ES-module event page, not a service worker', () => {
    expect(manifest.background).toEqual({ scripts: [baseManifest.background.service_worker], type: 'module' });
  });

  test('has a gecko id, a minimum version and a data-collection declaration', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('drops what only Chrome reads and keeps everything else', () => {
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
    const { minimum_chrome_version: _chrome, background: _bg, ...shared } = baseManifest;
    expect(manifest).toMatchObject(shared);
  });
});
