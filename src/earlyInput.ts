/**
 * Keys pressed and clicks made on the prerendered page before the app could answer them: held
 * (`boot.ts` starts holding as it shows the page) and played to the app, in order, once it
 * answers (`main.tsx`, after its first effects ran). Nothing a workshop does in that moment —
 * Space to play, a click on Step — is lost. While held, they are kept from the browser too (Space
 * would scroll; the replay's click does what the click would have), except Tab and typing.
 */
export class EarlyInput {
  private held: Event[] = [];
  private win: Window | null = null;
  private readonly hold = (event: Event) => {
    this.held.push(event);
    // Only the replay reaches the app (React may start listening before the replay: no twice).
    event.stopImmediatePropagation();
    if (event instanceof KeyboardEvent && (event.key === 'Tab' || inField(event.target))) return;
    event.preventDefault();
  };

  start(win: Window): void {
    this.win = win;
    win.addEventListener('keydown', this.hold, true);
    win.addEventListener('click', this.hold, true);
  }

  /** Stops holding and plays what was held to where it happened (or the page, if that is gone). */
  replay(): void {
    const { win } = this;
    if (!win) return;
    win.removeEventListener('keydown', this.hold, true);
    win.removeEventListener('click', this.hold, true);
    this.win = null;
    const held = this.held;
    this.held = [];
    for (const event of held) {
      const target =
        event.target instanceof Node && event.target.isConnected ? event.target : win.document.body;
      target.dispatchEvent(copy(event));
    }
  }
}

const inField = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, select, textarea') !== null;

function copy(event: Event): Event {
  const init = { bubbles: true, cancelable: true, composed: true };
  if (event instanceof KeyboardEvent) {
    const { key, code, location, repeat, shiftKey, ctrlKey, altKey, metaKey } = event;
    return new KeyboardEvent(event.type, {
      ...init,
      ...{ key, code, location, repeat, shiftKey, ctrlKey, altKey, metaKey },
    });
  }
  const mouse = event as MouseEvent;
  const { clientX, clientY, screenX, screenY, button, detail } = mouse;
  const { shiftKey, ctrlKey, altKey, metaKey } = mouse;
  return new MouseEvent(event.type, {
    ...init,
    ...{ clientX, clientY, screenX, screenY, button, detail },
    ...{ shiftKey, ctrlKey, altKey, metaKey },
  });
}

/** The page's one buffer: the first script fills it, the app drains it. */
export const earlyInput = new EarlyInput();
