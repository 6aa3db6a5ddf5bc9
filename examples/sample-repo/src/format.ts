/** Formats cents as a price label, e.g. 1999 -> "$19.99". */
export function priceLabel(cents: number, currency: string = "$"): string {
    const whole = Math.floor(cents / 100)
    const fraction = String(cents % 100).padStart(2, "0")
    return `${currency}${whole}.${fraction}`
}
