/**
 * Four 200 KB inputs that would make a badly built pattern backtrack for ever: random letters with
 * and without spaces, and runs of the patterns' own stems with and without spaces. Deterministic for
 * a seed.
 */
export function stressInputs(letters: string, stems: readonly string[], seed: number): string[] {
  let state = seed;
  const rand = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = [...letters];
  const pick = (): string => chars[Math.floor(rand() * chars.length)] ?? 'a';
  const stem = (): string => stems[Math.floor(rand() * stems.length)] ?? '';
  const build = (next: () => string): string => {
    let s = '';
    while (s.length < 200_000) s += next();
    return s;
  };
  return [build(() => pick() + (rand() < 0.15 ? ' ' : '')), build(pick), build(stem), build(() => stem() + (rand() < 0.3 ? ' ' : ''))];
}
