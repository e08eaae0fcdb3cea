import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The root fields an operation selects, each as often as it is selected: aliases, fragments and inline
 * fragments included (`a: addComment … b: addComment …` is addComment twice). `@skip`/`@include` are
 * not evaluated, so a field counts even when a directive would leave it out: a bound, not an estimate.
 */
export function countRootFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counts = new Map<string, number>();
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!name.startsWith('__')) counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A validated document has no fragment cycles; `seen` only guards against a spread repeated in a chain.
        if (fragment && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return counts;
}
