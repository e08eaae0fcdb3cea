import { GraphQLError } from 'graphql';
import { type Plugin } from 'graphql-yoga';

function asBadUserInput(error: Error): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(error.message, {
    nodes: graphqlError?.nodes,
    source: graphqlError?.source,
    positions: graphqlError?.positions,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A query that does not parse or does not validate against the schema is the client's mistake: answer
 * it with our BAD_USER_INPUT code rather than GraphQL's own GRAPHQL_PARSE_FAILED / VALIDATION_FAILED,
 * so clients handle one closed set of codes (../shared/API.md).
 */
export function useClientErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(asBadUserInput(result));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(asBadUserInput));
      };
    },
  };
}
