/** The account page's "SMS business details" checklist (owned by the business-details feature). */
export function AccountReadinessPanel({ accountId }: { accountId: string }) {
  void accountId;
  return null;
}
