export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
}

/** Total in cents; quantities below one are ignored. */
export function cartTotal(items: LineItem[]): number {
  let total = 0;
  for (const item of items) {
    if (item.quantity >= 1) total += item.unitPrice * item.quantity;
  }
  return total;
}

export function applyDiscount(total: number, percent: number): number {
  let discounted = Math.round(total * (1 - percent / 100));
  return Math.max(0, discounted);
}
