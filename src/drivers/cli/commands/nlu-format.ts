/** 0.9876 → "98.76%". */
export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}
