/** Desktop app: a clicked notification opens its screen. Only a hash route of ours is followed. */
export const followOpenScreenRequests = (): void => {
  window.desk?.onOpenScreen((screen) => {
    if (/^#\/[a-z-]+(\/[^\s#]*)?$/.test(screen)) window.location.hash = screen;
  });
};
