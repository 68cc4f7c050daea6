// When the client hydrates: at once (the script runs as the page is parsed, as most sites do), or
// `?hydrate=MS` later, as on a slow phone or a page waiting for async chunks. `?tick=MS`: how often
// the ticker's price changes (0: never).
export function whenToHydrate(hydrate) {
  const query = new URLSearchParams(location.search);
  const delay = Number(query.get('hydrate') ?? 0);
  const tickMs = Number(query.get('tick') ?? 0);
  if (delay > 0) setTimeout(() => hydrate(tickMs), delay);
  else hydrate(tickMs);
}
