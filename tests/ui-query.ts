// Find elements the way a reader (or a screen reader) does: by role and accessible name.
import { act } from 'preact/test-utils';

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  textbox: 'textarea, input:not([type]), input[type="text"], [role="textbox"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  combobox: 'select, [role="combobox"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  status: '[role="status"]',
  alert: '[role="alert"]',
  dialog: 'dialog, [role="dialog"]',
  article: 'article',
};

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Label text without the text of the control inside it (a select's options, say). */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('input, select, textarea').forEach((el) => el.remove());
  return clean(copy.textContent);
}

export function nameOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return clean(aria);
  const by = el.getAttribute('aria-labelledby');
  if (by) return clean(by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
    const label = el.closest('label') ?? (el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : null);
    return label ? labelText(label) : '';
  }
  return clean(el.textContent);
}

export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const els = [...root.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role] ?? `[role="${role}"]`)];
  if (name === undefined) return els;
  return els.filter((el) => (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el))));
}

export function byRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(root, role, name);
  if (found.length !== 1) {
    const names = allByRole(root, role).map(nameOf);
    throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}; ${role}s here: ${JSON.stringify(names)}`);
  }
  return found[0]!;
}

export const text = (root: Element) => clean(root.textContent);

/** Lets promises, effects and renders run. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Retries an assertion until it passes or the time runs out. */
export async function waitFor<T>(check: () => T, timeout = 2000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await settle(20);
    }
  }
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
  await settle();
}

/** Types into a text field or sets a select, firing the events Preact listens to. */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
