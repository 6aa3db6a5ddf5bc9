import { describe, expect, it } from 'vitest';
import { applyDiscount, cartTotal } from './cart.js';
import { priceLabel } from './format.js';

describe('cart', () => {
  it('adds up line items', () => {
    expect(
      cartTotal([
        { sku: 'a', unitPrice: 250, quantity: 2 },
        { sku: 'b', unitPrice: 99, quantity: 1 },
      ]),
    ).toBe(599);
  });

  it('ignores empty lines', () => {
    expect(cartTotal([{ sku: 'a', unitPrice: 250, quantity: 0 }])).toBe(0);
  });

  it('never discounts below zero', () => {
    expect(applyDiscount(1000, 150)).toBe(0);
    expect(applyDiscount(1000, 10)).toBe(900);
  });

  it('formats prices', () => {
    expect(priceLabel(1999)).toBe('$19.99');
    expect(priceLabel(5, '€')).toBe('€0.05');
  });
});
