// Pages assembled from web components and frames: an article rendered into an open shadow root, a
// live ticker in a same-origin iframe, a component added later, and a closed root, on 127.0.0.1
// where CapLens runs.
import { PAGE, TICKER } from '../shared/componentsPage';
import { expect, sharedBrowserTest as test } from './support/fixtures';

test('notes inside an open shadow root and a same-origin frame, none in a closed root; removing the component removes its notes', async ({
  extension,
  replay,
}) => {
  replay.setPage('/ticker.html', TICKER);
  replay.setPage('/components.html', PAGE);
  const page = await extension.context.newPage();
  await page.goto(`${replay.origin}/components.html`);
  // Playwright's CSS locators enter open shadow roots, never closed ones.
  await expect.poll(() => page.locator('#open #lead caplens-note').count(), { timeout: 20_000 }).toBe(1);
  const ticker = page.frame({ url: /ticker\.html$/ });
  await expect.poll(() => ticker?.locator('#tick caplens-note').count()).toBe(1);
  await expect(page.locator('#open #lead caplens-note')).toBeVisible();
  await expect(page.locator('#open #lead caplens-note')).toHaveAttribute('data-kind', 'price');

  // A component added after the reading gets its notes as well.
  await page.evaluate(() => (window as unknown as { addArticle(): void }).addArticle());
  await expect.poll(() => page.locator('#later #lead caplens-note').count()).toBe(1);

  const inClosed = () =>
    page.evaluate(() => (window as unknown as { sealed: ShadowRoot }).sealed.querySelectorAll('caplens-note').length);
  expect(await inClosed()).toBe(0);

  await page.evaluate(() => document.getElementById('open')?.remove());
  await expect.poll(() => page.locator('caplens-note').count()).toBe(1);
  await expect(page.locator('#later #lead caplens-note')).toHaveCount(1);
  expect(await inClosed()).toBe(0);
});
