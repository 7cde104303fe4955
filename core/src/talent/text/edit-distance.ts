/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`:
 * "kubernets" → "kubernetes" is 1, "glasvzel" → "glasvezel" is 1, "kuberentes" → "kubernetes" is 1.
 * Returns max + 1 when the distance is larger than max.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const gap = la > lb ? la - lb : lb - la;
  if (gap > max) return max + 1;
  let before = new Int32Array(lb + 1);
  let previous = new Int32Array(lb + 1);
  let current = new Int32Array(lb + 1);
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const substitute = (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1);
      const insert = (current[j - 1] ?? 0) + 1;
      const remove = (previous[j] ?? 0) + 1;
      let best = substitute < insert ? substitute : insert;
      if (remove < best) best = remove;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const transpose = (before[j - 2] ?? 0) + 1;
        if (transpose < best) best = transpose;
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const recycled = before;
    before = previous;
    previous = current;
    current = recycled;
  }
  const distance = previous[lb] ?? max + 1;
  return distance > max ? max + 1 : distance;
}
