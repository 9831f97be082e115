/**
 * Solves A x = b for a small dense square system by Gaussian elimination with partial
 * pivoting. `a` is row-major (n × n). Throws when the system is singular.
 */
export function solveLinear(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) p = r;
    const pivot = m[p * n + c];
    if (!(Math.abs(pivot) > 1e-300)) throw new Error(`solveLinear requires a non-singular matrix, got a zero pivot in column ${c}`);
    if (p !== c) {
      for (let k = 0; k < n; k++) {
        const t = m[c * n + k];
        m[c * n + k] = m[p * n + k];
        m[p * n + k] = t;
      }
      const t = x[c];
      x[c] = x[p];
      x[p] = t;
    }
    for (let r = c + 1; r < n; r++) {
      const f = m[r * n + c] / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) m[r * n + k] -= f * m[c * n + k];
      x[r] -= f * x[c];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let k = r + 1; k < n; k++) s -= m[r * n + k] * x[k];
    x[r] = s / m[r * n + r];
  }
  return x;
}

/** Least squares: minimises |X β − y|² through the normal equations (X is rows × cols). */
export function leastSquares(X: ArrayLike<number>, y: ArrayLike<number>, rows: number, cols: number): Float64Array {
  const xtx = new Float64Array(cols * cols);
  const xty = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < cols; i++) {
      const xi = X[r * cols + i];
      if (xi === 0) continue;
      xty[i] += xi * y[r];
      for (let j = 0; j < cols; j++) xtx[i * cols + j] += xi * X[r * cols + j];
    }
  }
  return solveLinear(xtx, xty, cols);
}
