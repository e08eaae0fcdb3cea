import { type DocumentNode, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * A page of `first` items costs its selection `first` times: the arguments are read after variable
 * coercion (defaults included), so `first: $n` costs what `$n` is, not nothing.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size: unknown = args.first ?? args.last;
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
