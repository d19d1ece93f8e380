/** Pure helpers of the blast radius (InspectorBlastRadius.tsx). */

/**
 * What alone would take the system down while the element is down: the other member of each
 * minimal cut set of two that holds it; `complete` when the list of cut sets holds every pair
 * (all of them are listed, or a larger one is: the list is smallest first).
 */
export function getSinglePointsWhileDown(
  cutSets: readonly (readonly string[])[],
  total: number | null,
  id: string,
): { readonly ids: readonly string[]; readonly complete: boolean } {
  const ids = cutSets
    .filter((c) => c.length === 2 && c.includes(id))
    .map((c) => (c[0] === id ? c[1]! : c[0]!));
  const complete = total === cutSets.length || cutSets.some((c) => c.length > 2);
  return { ids, complete };
}
