/**
 * Kannisto closure for the oldest ages. The Kannisto model is a logistic hazard,
 * μ(x) = a·e^{b(x−x0)} / (1 + a·e^{b(x−x0)}), i.e. logit μ(x) = ln a + b(x − x0);
 * it levels off below 1, as observed mortality does beyond 100. It is fitted by least
 * squares on logit mx at ages `fitFrom`…`fitTo` (single-year mx read as μ at x + 0.5),
 * then replaces the observed rates from `closeFrom` on and extends the table to
 * `extendTo` (the new open group), where the noisy observed rates of the very old end.
 */
export interface KannistoFit {
  /** Level at age x0 (`fitFrom`), as a hazard odds. */
  a: number;
  /** Slope per year of age on the logit scale. */
  b: number;
  /** Reference age x0. */
  x0: number;
}

export interface KannistoOptions {
  fitFrom?: number;
  fitTo?: number;
  closeFrom?: number;
  extendTo?: number;
}

/** The Kannisto hazard at exact age x. */
export function kannistoHazard(fit: KannistoFit, x: number): number {
  const e = fit.a * Math.exp(fit.b * (x - fit.x0));
  return e / (1 + e);
}

/** Fits a Kannisto model to mx at ages fitFrom…fitTo (defaults 80…99). */
export function fitKannisto(mx: ArrayLike<number>, fitFrom = 80, fitTo = 99): KannistoFit {
  if (fitTo >= mx.length || fitFrom >= fitTo) {
    throw new Error(`fitKannisto requires 0 ≤ fitFrom < fitTo < ${mx.length}, got ${fitFrom}…${fitTo}`);
  }
  let n = 0,
    sx = 0,
    sy = 0,
    sxx = 0,
    sxy = 0;
  for (let x = fitFrom; x <= fitTo; x++) {
    const m = mx[x];
    if (!(m > 0 && m < 1)) throw new Error(`fitKannisto requires 0 < mx < 1, got ${m} at age ${x}`);
    const t = x + 0.5 - fitFrom;
    const y = Math.log(m / (1 - m));
    n++;
    sx += t;
    sy += y;
    sxx += t * t;
    sxy += t * y;
  }
  const b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const lnA = (sy - b * sx) / n;
  return { a: Math.exp(lnA), b, x0: fitFrom };
}

/**
 * mx for ages 0…extendTo (open group extendTo+), observed below `closeFrom` and Kannisto
 * from there on. Defaults: fit 80-99, close from 95, extend to 130.
 */
export function kannistoClose(mx: ArrayLike<number>, options: KannistoOptions = {}): Float64Array {
  const fitFrom = options.fitFrom ?? 80;
  const fitTo = Math.min(options.fitTo ?? 99, mx.length - 2);
  const closeFrom = options.closeFrom ?? 95;
  const extendTo = options.extendTo ?? 130;
  const fit = fitKannisto(mx, fitFrom, fitTo);
  const out = new Float64Array(extendTo + 1);
  for (let x = 0; x <= extendTo; x++) {
    out[x] = x < closeFrom && x < mx.length - 1 ? mx[x] : kannistoHazard(fit, x + 0.5);
  }
  return out;
}
