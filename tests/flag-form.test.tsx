// @vitest-environment happy-dom
// Unflagging a flag that has a note asks first, and the note is shown as text.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { UnflagConfirm } from '../components/FlagForm';
import { byRole, click, text } from './ui-query';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

it('shows the note, keeps the flag by default, and removes it only when confirmed', async () => {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  await act(async () => render(<UnflagConfirm note="<b>check</b> the Pentagon figure" onConfirm={onConfirm} onCancel={onCancel} />, root));
  expect(text(root)).toContain('Remove this flag and its note “<b>check</b> the Pentagon figure”?');
  expect(root.querySelector('b')).toBeNull();
  expect(document.activeElement).toBe(byRole(root, 'button', 'Keep flag'));

  await act(async () => {
    root.querySelector('[role="group"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(onCancel).toHaveBeenCalledTimes(1);
  expect(onConfirm).not.toHaveBeenCalled();
  await click(byRole(root, 'button', 'Keep flag'));
  expect(onCancel).toHaveBeenCalledTimes(2);
  await click(byRole(root, 'button', 'Remove flag and note'));
  expect(onConfirm).toHaveBeenCalledTimes(1);
});
