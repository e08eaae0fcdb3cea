import { type ArgumentNode, type DirectiveNode, type DocumentNode, type GraphQLSchema, Kind, type ValueNode, visit } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** The arguments whose value is a page size: the only arguments a cost depends on. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'] as const;

/**
 * A page of `first` items costs its selection `first` times: the arguments are read after variable
 * coercion (defaults included), so `first: $n` costs what `$n` is, not nothing.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size: unknown = args[PAGE_SIZE_ARGUMENTS[0]] ?? args[PAGE_SIZE_ARGUMENTS[1]];
  if (typeof size !== 'number' || !Number.isFinite(size)) return undefined;
  return 1 + Math.max(0, size) * childComplexity;
};

export interface OperationCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * What an operation costs once its variables are known: every field 1, and the selection of a paged
 * list field multiplied by its page size. GraphQL Armor's cost limit runs earlier, on the document alone,
 * and cannot see variables; this runs at execution (queries, mutations, subscriptions) and can.
 * Answers null when the variables do not fit their types: execution then refuses them itself.
 */
export function operationCost(input: OperationCostInput): number | null {
  try {
    return getComplexity({
      schema: input.schema,
      query: input.document,
      operationName: input.operationName ?? undefined,
      variables: input.variables ?? {},
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return null;
  }
}

/** The variables a document's cost can depend on, and the costs already worked out for it. */
interface DocumentCosts {
  schema: GraphQLSchema;
  variables: string[];
  costs: Map<string, number | null>;
}

/** Distinct (operation, cost-relevant variable values) remembered per document; past it the memo restarts. */
const MAX_COSTS_PER_DOCUMENT = 64;

function variablesIn(value: ValueNode, into: Set<string>): void {
  if (value.kind === Kind.VARIABLE) into.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) variablesIn(item, into);
  else if (value.kind === Kind.OBJECT) for (const field of value.fields) variablesIn(field.value, into);
}

/**
 * The variables that can change a document's cost: those passed to a page-size argument (`first`,
 * `last`, whatever field takes them) and those of `@skip`/`@include`, which decide whether a selection
 * counts. Every other variable (a cursor, a filter, an id) leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node: ArgumentNode) {
      if ((PAGE_SIZE_ARGUMENTS as readonly string[]).includes(node.name.value)) variablesIn(node.value, names);
    },
    Directive(node: DirectiveNode) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        for (const argument of node.arguments ?? []) variablesIn(argument.value, names);
      }
    },
  });
  return [...names].sort();
}

/**
 * Creates operationCost with a memo: GraphQL Yoga hands the same parsed document to every request that
 * sends the same query text (its parse cache), so the cost of a document is worked out once per
 * operation name and values of the variables it depends on (costVariables), instead of walking the
 * whole selection with graphql-query-complexity on every request. The memo is held weakly by document
 * (it goes when Yoga's parse cache drops the document) and bounded per document.
 *
 * One difference from operationCost itself: it answers null when any variable does not fit its type,
 * and a memo entry made by a request whose other variables did fit answers a number instead. Both
 * paths then refuse such a request (by cost, or in execution's own variable coercion).
 */
export function createOperationCostMemo(): (input: OperationCostInput) => number | null {
  const byDocument = new WeakMap<DocumentNode, DocumentCosts>();
  return (input) => {
    let entry = byDocument.get(input.document);
    if (!entry || entry.schema !== input.schema) {
      entry = { schema: input.schema, variables: costVariables(input.document), costs: new Map() };
      byDocument.set(input.document, entry);
    }
    const values = input.variables ?? {};
    // An absent variable takes its default and an explicit null does not: [] and [null] tell them apart.
    const key = JSON.stringify([input.operationName ?? null, ...entry.variables.map((name) => (Object.hasOwn(values, name) ? [values[name]] : []))]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(input);
    if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };
}
