/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** Whether the API and the services it depends on are working. */
export type Health = {
  /** PostgreSQL answered a query. */
  database: Scalars['Boolean']['output'];
  /** True when the database and Redis both answer. */
  ok: Scalars['Boolean']['output'];
  /** Redis answered a PING. */
  redis: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type Query = {
  /** Reports the API, database and Redis status. Open to everyone. */
  health: Health;
};

export type HealthQueryVariables = Exact<{ [key: string]: never }>;

export type HealthQuery = { health: { ok: boolean; database: boolean; redis: boolean; version: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    ok
    database
    redis
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
