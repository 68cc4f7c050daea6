// The command line every Chromium that loads CapLens gets (start, tests, benchmarks, screenshots):
// the unpacked extension, and no background traffic of Chromium's own, which a machine without
// the internet refuses many times over.
export function chromiumArgs(dist) {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // As root (CI, containers) Chromium will not start with its sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
