/**
 * Fewer points for drawing, same picture: largest-triangle-three-buckets (Steinarsson, 2013) keeps,
 * in each bucket, the point forming the largest triangle with its neighbours' representatives, so
 * peaks and oscillations survive. For x that is not ascending (a path in the plane) it falls back to
 * an even stride.
 */
export function downsample(x: number[], y: number[], target: number): { x: number[]; y: number[] } {
  const n = x.length;
  if (n <= target || target < 3) return { x, y };
  let ascending = true;
  for (let i = 1; i < n && ascending; i++) ascending = x[i]! >= x[i - 1]!;
  if (!ascending) {
    const ox: number[] = [];
    const oy: number[] = [];
    for (let k = 0; k < target; k++) {
      const i = Math.round((k * (n - 1)) / (target - 1));
      ox.push(x[i]!);
      oy.push(y[i]!);
    }
    return { x: ox, y: oy };
  }
  const ox = [x[0]!];
  const oy = [y[0]!];
  const every = (n - 2) / (target - 2);
  let a = 0;
  for (let b = 0; b < target - 2; b++) {
    const start = Math.floor(b * every) + 1;
    const end = Math.min(Math.floor((b + 1) * every) + 1, n - 1);
    const nextEnd = Math.min(Math.floor((b + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = end; i < nextEnd; i++) {
      avgX += x[i]!;
      avgY += y[i]!;
    }
    const count = Math.max(1, nextEnd - end);
    avgX /= count;
    avgY /= count;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((x[a]! - avgX) * (y[i]! - y[a]!) - (x[a]! - x[i]!) * (avgY - y[a]!));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    ox.push(x[best]!);
    oy.push(y[best]!);
    a = best;
  }
  ox.push(x[n - 1]!);
  oy.push(y[n - 1]!);
  return { x: ox, y: oy };
}
