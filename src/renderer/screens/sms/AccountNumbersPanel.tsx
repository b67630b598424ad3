/** The account page's SMS numbers and their verification status (owned by the SMS feature). */
export function AccountNumbersPanel({ accountId }: { accountId: string }) {
  void accountId;
  return null;
}
