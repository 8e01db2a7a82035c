/**
 * Only the user acts. A page script can dispatch any event it likes (click(),
 * dispatchEvent, a forged key press); the browser marks those isTrusted: false.
 * Every control of the in-page UI runs its action only for trusted input: a
 * real click, a key press, a focus the user moved.
 */
export function trusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) return;
    action(event);
  };
}
