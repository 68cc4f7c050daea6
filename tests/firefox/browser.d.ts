// Firefox's extension API inside page.evaluate callbacks: the surface of tests/chrome.d.ts under
// Firefox's own name, plus what only the Firefox tests read.
declare const browser: typeof chrome & {
  runtime: {
    getManifest(): {
      background: { scripts?: string[] | null; service_worker?: string | null; type?: string | null };
      browser_specific_settings: { gecko: { id: string } };
    };
  };
};
