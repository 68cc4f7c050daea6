// Reading and filling extension pages in Firefox as a user would find things: by label and test id.
import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './firefox';

export const OPTIONS_PATH = 'src/options/index.html';

/** The trimmed text of the element with `data-testid`, or null when there is none. */
export function textOf(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null, testId);
}

/**
 * A selector for the control a visible label names (the label's text, exactly). Waits for it, as a user
 * waits for a form that renders once the stored settings are read.
 */
export async function fieldLabelled(page: Page, label: string): Promise<string> {
  const find = () =>
    page.evaluate((wanted) => {
      const id = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === wanted)?.htmlFor;
      return id ? `#${CSS.escape(id)}` : '';
    }, label);
  try {
    return await until(find, (selector) => selector !== '', 10_000);
  } catch {
    throw new Error(`no field labelled "${label}"`);
  }
}

/**
 * Clicks the button a user knows by `name` (its accessible name: aria-label, else its text) once it is
 * there and enabled, as Playwright's getByRole('button', { name }).click() waits for it (up to 10 s).
 */
export async function clickButton(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (wanted) =>
        Array.from(document.querySelectorAll('button')).find(
          (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted && !b.disabled,
        ) ?? null,
      name,
    );
    const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (button) {
      try {
        return await button.click();
      } finally {
        await button.dispose();
      }
    }
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`no enabled button named "${name}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
