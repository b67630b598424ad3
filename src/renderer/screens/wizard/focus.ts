/** Focus an element once React has rendered it (after a state change that adds or shows it). */
export const focusSoon = (selector: string): void => {
  window.setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
};
