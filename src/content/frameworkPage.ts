// Whether a page was rendered by a framework that will hydrate it (or has): React, Vue, Svelte and
// the sites built on them. Such a page's nodes are the framework's; CapLens leaves them alone there.
// Read once, before any note: a script in the isolated world cannot see the frameworks' own marks
// (React's __reactFiber$ properties, Vue's __vue_app__), only what they leave in the DOM.

/** The roots that Next.js, Nuxt, Gatsby, React, Vue (2 and 3), Angular and Astro render into. */
const ROOTS =
  '#__next,#__nuxt,#___gatsby,#root,#app,[data-reactroot],[data-v-app],[data-server-rendered],[ng-version],astro-island';

/**
 * Comments that server renderers write for hydration: React's text separators (" ") and Suspense
 * boundaries ("$", "/$", "$?", "$!"), Vue's and Svelte's fragment and block anchors ("[", "]", "",
 * Svelte's "[0", "[-1", "[!").
 */
const HYDRATION_COMMENT = /^(?: |\/?\$[?!]?|\[-?\d*!?|\]|)$/;
/** A page whose first comments are none of these is not searched to its end. */
const COMMENTS_READ = 500;

export function isFrameworkPage(document: Document): boolean {
  if (document.querySelector(ROOTS)) return true;
  const walker = document.createTreeWalker(document.body ?? document, 0x80);
  for (let i = 0; i < COMMENTS_READ && walker.nextNode(); i++) {
    if (HYDRATION_COMMENT.test((walker.currentNode as Comment).data)) return true;
  }
  return false;
}
