/** Reserves stock from a warehouse that answers slowly; the caller chooses how long to wait. */
export async function reserveStock(
  sku: string,
  quantity: number,
  answerAfterMs: number,
): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, answerAfterMs));
  return sku.length > 0 && quantity > 0;
}
