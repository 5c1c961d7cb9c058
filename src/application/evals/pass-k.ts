function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** pass^k: chance that k independent tries all pass, estimated from c passes out of n runs. */
export function passHatK(n: number, c: number, k: number): number {
  return choose(n, k) === 0 ? 0 : choose(c, k) / choose(n, k);
}

/** Mean single-run pass rate (pass^1) and mean pass^k over dialogs, each given as its runs' results. */
export function summariseRuns(runs: Iterable<readonly boolean[]>, k: number): { passRate: number; passK: number } {
  let rate = 0;
  let passK = 0;
  let count = 0;
  for (const results of runs) {
    const c = results.filter(Boolean).length;
    rate += results.length === 0 ? 0 : c / results.length;
    passK += passHatK(results.length, c, k);
    count++;
  }
  const n = Math.max(count, 1);
  return { passRate: rate / n, passK: passK / n };
}
