// Whether a browser can run CapLens's tests, judged from what `--version` prints. Branded Google
// Chrome stopped honouring --load-extension in version 137, so only Chromium, Chrome for Testing and
// older Chrome can load the unpacked build; Firefox must take a Manifest V3 add-on with CapLens's
// manifest keys, which it does from 140 (ESR 140 included).

export const CHROME_LAST_WITH_LOAD_EXTENSION = 136;
export const FIREFOX_MIN = 140;

/** The first "Name 123.4.5" in the output; wrapper scripts may print warnings around it. */
function parse(output) {
  const match = /(?:^|\n)\s*([A-Za-z][A-Za-z ]*?)\s+(\d+)\.[\d.]+(\S*)/.exec(output);
  return match ? { name: match[1].trim(), major: Number(match[2]), suffix: match[3] } : null;
}

/** { ok: true, label } when this Chromium can load an unpacked extension, else { ok: false, reason }. */
export function chromiumVerdict(output) {
  const found = parse(output);
  if (!found) return { ok: false, reason: `does not say which browser it is (--version printed "${output.trim()}")` };
  const label = `${found.name} ${found.major}`;
  if (found.name === 'Chromium' || found.name === 'Google Chrome for Testing') return { ok: true, label };
  if (found.name === 'Google Chrome') {
    return found.major <= CHROME_LAST_WITH_LOAD_EXTENSION
      ? { ok: true, label }
      : { ok: false, reason: `is ${label}, and branded Chrome from 137 on cannot load an unpacked extension` };
  }
  return { ok: 'unknown', label };
}

/** { ok: true, label } for Firefox 140 or later, else { ok: false, reason }. */
export function firefoxVerdict(output) {
  const found = parse(output);
  if (!found || !/Firefox/.test(found.name)) {
    return { ok: false, reason: `is not Firefox (--version printed "${output.trim()}")` };
  }
  const label = `Firefox ${found.major}${found.suffix.includes('esr') ? ' ESR' : ''}`;
  return found.major >= FIREFOX_MIN
    ? { ok: true, label }
    : { ok: false, reason: `is ${label}; CapLens needs Firefox ${FIREFOX_MIN} or later` };
}
