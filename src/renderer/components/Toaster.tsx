/** In-app notifications (toasts), e.g. "SMS number approved" (owned by the SMS feature). */
export function Toaster() {
  return null;
}
