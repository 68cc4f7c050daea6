// CapLens's own elements keep their look in an open shadow root of their own, its stylesheet first:
// page CSS cannot reach in, and theirs cannot leak out.
export function styledShadow(host: Element, css: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  const style = host.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return shadow;
}
