// How documents and drafts name indicators by number: "(4), (5)"; and the phrase with its noun in
// the right number, "biểu hiện (5)" for one and "các biểu hiện (4), (5)" for several.

export function indicatorList(numbers: readonly number[]): string {
  return numbers.map((n) => `(${n})`).join(', ');
}

export function indicatorsPhrase(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'biểu hiện' : 'các biểu hiện'} ${indicatorList(numbers)}`;
}
