// How well a note reads where it sits: WCAG 2 contrast from the colours the browser resolved for it.
// `noteColours` runs inside the page (self-contained, sent as source, as notesOnPage is).

export interface NoteColours {
  /** The root element's background, as computed. */
  page: string;
  hostOpacity: number;
  text: { color: string; background: string; opacity: number };
  tooltip: { color: string; background: string; opacity: number };
}

/** The computed colours of the first note in the element with this id. */
export function noteColours(id: string): NoteColours {
  const host = document.querySelector(`#${id} caplens-note`) as HTMLElement;
  const part = (selector: string) => {
    const css = getComputedStyle(host.shadowRoot?.querySelector(selector) as Element);
    return { color: css.color, background: css.backgroundColor, opacity: Number(css.opacity) };
  };
  return {
    page: getComputedStyle(document.documentElement).backgroundColor,
    hostOpacity: Number(getComputedStyle(host).opacity),
    text: part('.n'),
    tooltip: part('.t'),
  };
}

export type Rgba = [number, number, number, number];
export const WHITE: Rgba = [255, 255, 255, 1];
export const BLACK: Rgba = [0, 0, 0, 1];

/** "rgb(…)", "rgba(…)" or "color(srgb r g b / a)", as browsers serialise a computed colour; channels 0–255. */
export function parseColor(css: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, Number(srgb[4] ?? 1)];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), Number(rgb[4] ?? 1)];
  throw new Error(`unexpected colour ${css}`);
}

/** A colour with its alpha (times `opacity`) painted over an opaque one. */
export function over([r, g, b, a]: Rgba, [R, G, B]: Rgba, opacity = 1): Rgba {
  const k = a * opacity;
  return [r * k + R * (1 - k), g * k + G * (1 - k), b * k + B * (1 - k), 1];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The note's text against what it is painted on (its tint over the page's background), and the
 * tooltip's text against its own background, which must be opaque to be its own.
 */
export function noteContrast(colours: NoteColours, pageBackground: Rgba): { text: number; tooltip: number } {
  const opacity = colours.hostOpacity * colours.text.opacity;
  const backdrop = over(parseColor(colours.text.background), pageBackground, opacity);
  const ink = over(parseColor(colours.text.color), backdrop, opacity);
  const tip = parseColor(colours.tooltip.background);
  if (tip[3] !== 1) throw new Error(`the tooltip's background is not opaque: ${colours.tooltip.background}`);
  return { text: contrast(ink, backdrop), tooltip: contrast(over(parseColor(colours.tooltip.color), tip), tip) };
}

/**
 * Serves the article as it is (black on white) and with white text on black, each page's own colours
 * whatever the system's scheme; gives each page's path with its background.
 */
export function contrastPages(
  replay: { setPage(path: string, body: string): void },
  article: string,
): Array<[path: string, background: Rgba]> {
  replay.setPage('/article.html', article);
  replay.setPage(
    '/dark.html',
    article.replace('</head>', '<style>html { background: #000; color: #fff; }</style></head>'),
  );
  return [
    ['/article.html', WHITE],
    ['/dark.html', BLACK],
  ];
}
