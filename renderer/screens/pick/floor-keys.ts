import { useEffect, useRef } from 'react';

/** The function keys a floor screen answers to, by KeyboardEvent.key ("F2", "Escape" …). */
export type FloorKeyBindings = Partial<Record<string, () => void>>;

/**
 * Listens for the screen's function keys anywhere on the page, so the flow needs no mouse and no
 * focused button. Disabled while a dialog is open: its own keys (Escape closes it) come first.
 */
export function useFloorKeys(bindings: FloorKeyBindings, enabled = true): void {
  const latest = useRef(bindings);
  useEffect(() => {
    latest.current = bindings;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    // The Escape that closes a dialog re-enables these keys while it is still bubbling; a key
    // pressed before the listener existed was meant for something else.
    const attachedAt = performance.now();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey) return;
      if (event.timeStamp < attachedAt) return;
      // Escape in an open drop-down closes the drop-down, not the screen.
      if (event.key === 'Escape' && isExpanded(event.target)) return;
      const action = latest.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

function isExpanded(target: EventTarget | null): boolean {
  return target instanceof Element && target.getAttribute('aria-expanded') === 'true';
}
