import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
} from 'graphql';

/**
 * Arbitraries for a property-based fuzz of the GraphQL surface (test/graphql-fuzz.spec.ts): for every
 * argument type of schema.graphql, values a client may send — valid ones, real ids of rows that exist,
 * and hostile ones (NUL, lone surrogates, bidi overrides, huge text, out-of-range numbers and dates,
 * forged cursors, wrong types, empty and huge lists).
 */

/** Kinds of rows an ID argument can name. */
export const ID_KINDS = [
  'entry',
  'source',
  'comment',
  'folder',
  'claim',
  'invite',
  'report',
  'notification',
  'user',
] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** Real values the fuzz mixes in, so arguments reach the rules behind the not-found checks. */
export interface FuzzPool {
  ids: Partial<Record<IdKind, string[]>>;
  /** The root field being fuzzed (set by argumentsFor): `id` arguments take their kind from it. */
  field?: string;
  handles: string[];
  folders: string[];
}

/** The kind of row an ID argument names: from its name (`entryId`), else from its field (`deleteComment(id)`). */
function idKindOf(argName: string, fieldName: string): IdKind | null {
  const lower = `${argName === 'id' || argName === 'ids' ? fieldName : argName}`.toLowerCase();
  if (lower.includes('parent')) return 'comment';
  return ID_KINDS.find((kind) => lower.includes(kind)) ?? null;
}

const HUGE = 'x'.repeat(200_000);
const HUGE_UNICODE = '𝔘\u202E'.repeat(20_000);

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\0',
  'a\0b',
  '\0'.repeat(50),
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u2066iso\u2069',
  'zero\u200Bwidth',
  '\uFEFFbom',
  '\u2060joiner',
  'ctl\u0001\u0007\u001B[31m\u007F\u0085',
  'line\r\nbreak\u2028\u2029',
  '👩🏽‍💻🏳️‍🌈🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'می‌خواهم',
  'Ω≈ç√∫˜µ≤≥÷',
  '田中さんにあげて下さい',
  'ﷺ'.repeat(100),
  '̶'.repeat(500),
  HUGE,
  HUGE_UNICODE,
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  '\\',
  '%',
  '_',
  '%ff%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><opml>&a;</opml>',
  '<opml version="2.0"><body><outline text="a\u202E" title="b" xmlUrl="http://127.0.0.1:1/feed" /></body></opml>',
  '@',
  '@@admin',
  'admin',
  'http://127.0.0.1:1/',
  'http://[::1]:1/feed',
  'https://example.invalid/feed.xml',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '-1',
  '0',
  '1e309',
  'NaN',
  '9'.repeat(400),
  'null',
  'undefined',
  '{}',
  '[]',
  '!"#$%&()*+,-./:;<=>?@[]^`{|}~',
  '(a OR b) -c "phrase',
  '-',
  '""',
  'OR',
  '*:*',
  '&|!():*',
  "a' & b:* | !c",
];

const DATE_STRINGS = [
  '2024-05-01T10:00:00Z',
  '2024-05-01',
  '1970-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2024-02-30',
  '2024-13-01',
  '2024-05-01T25:00:00Z',
  'yesterday',
  '1',
  '',
  'Invalid Date',
];

/** A keyset cursor as this API encodes them (base64url JSON), with hostile contents. */
const forgedCursor = fc
  .oneof(
    fc.tuple(fc.constantFrom(...DATE_STRINGS), fc.uuid()),
    fc.tuple(fc.constantFrom(...DATE_STRINGS), fc.uuid(), fc.oneof(fc.integer(), fc.double())),
    fc.tuple(fc.constant('s'), fc.double(), fc.constantFrom(...DATE_STRINGS), fc.uuid()),
    fc.tuple(fc.constantFrom(...DATE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS.slice(0, 20))),
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));

const garbageCursor = fc.oneof(
  forgedCursor,
  fc.constantFrom(
    'user:' + '0'.repeat(36),
    Buffer.from('user:\0').toString('base64url'),
    '====',
    '@@@',
    '\0',
  ),
  fc.base64String({ maxLength: 80 }),
);

/** Text of every kind: printable, full Unicode, UTF-16 units (lone surrogates), and the hostile list. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: garbageCursor },
);

const anyInt = fc.oneof(
  fc.constantFrom(0, 1, -1, 20, 50, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
  fc.integer({ min: -5, max: 200 }),
);

/** A value of some other kind than the argument expects: coercion must refuse it as the client's. */
const wrongKind = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 53), 1.5, -0.5, 1e308, true, 'true', '12', [], {}, [null], {
    '': '\0',
  }),
  fc.jsonValue({ maxDepth: 2 }),
);

function pick<T>(values: readonly T[]): fc.Arbitrary<T> | null {
  return values.length > 0 ? fc.constantFrom(...values) : null;
}

/**
 * What one case attacks. Each theme makes one kind of leaf hostile and keeps the others valid (real ids,
 * plausible text, small numbers, no cursor), so the hostile value travels past the not-found checks and
 * the other arguments' validation into the rules and SQL behind them: `nul`, `unicode` and `huge` the
 * text (and `huge` the lists), `numbers` the integers, `dates` the DateTime arguments, `cursors` the
 * `after` cursors (forged, dated out of range). `garbage` and `random` mix everything everywhere.
 */
export const THEMES = [
  'valid',
  'nul',
  'unicode',
  'huge',
  'numbers',
  'dates',
  'cursors',
  'garbage',
  'random',
] as const;
export type Theme = (typeof THEMES)[number];

const NUL_STRINGS = ['\0', 'a\0b', 'name\0', '\0'.repeat(50)];
const UNICODE_STRINGS = [
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u2066iso\u2069',
  'zero\u200Bwidth',
  'ma\uFEFFria',
  '\u2060joiner',
  'ctl\u0001\u0007\u001B[31m\u007F\u0085',
  'line\r\nbreak\u2028\u2029',
  '👩🏽‍💻🏳️‍🌈🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'می‌خواهم',
  '̶'.repeat(500),
  'ﷺ'.repeat(100),
];
const OUT_OF_RANGE_DATES = DATE_STRINGS.slice(5, 10);
/** Well-formed cursors of every list (keyset, ranked keyset, search) dated where PostgreSQL cannot go. */
const outOfRangeCursor = fc
  .oneof(
    fc.tuple(fc.constantFrom(...OUT_OF_RANGE_DATES), fc.uuid()),
    fc.tuple(fc.constantFrom(...OUT_OF_RANGE_DATES), fc.uuid(), fc.integer({ min: 0, max: 3 })),
    fc.tuple(
      fc.constant('s'),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(...OUT_OF_RANGE_DATES),
      fc.uuid(),
    ),
  )
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));

function plainText(name: string, pool: FuzzPool): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  const real =
    lower.includes('handle') || lower === 'login'
      ? pick(pool.handles)
      : lower.includes('folder') || lower === 'name'
        ? pick(pool.folders)
        : null;
  const plausible = fc.oneof(
    fc.constantFrom(
      'hello',
      'post',
      'Reading list',
      'https://example.invalid/feed.xml',
      '@someone',
      'correct horse battery staple',
    ),
    fc.string({ minLength: 1, maxLength: 24 }),
  );
  return real ? fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: plausible }) : plausible;
}

function stringFor(name: string, pool: FuzzPool, theme: Theme): fc.Arbitrary<unknown> {
  if (name === 'after') {
    if (theme === 'cursors') return fc.oneof(outOfRangeCursor, forgedCursor);
    if (theme === 'garbage') return garbageCursor;
    if (theme === 'random') return fc.oneof(anyText, garbageCursor);
    return fc.constant(null);
  }
  switch (theme) {
    case 'nul':
      return fc.oneof(
        fc.constantFrom(...NUL_STRINGS),
        plainText(name, pool).map((text) => `${text}\0${text}`),
      );
    case 'unicode':
      return fc.oneof(
        fc.constantFrom(...UNICODE_STRINGS),
        plainText(name, pool).map((text) => `${text}\u202E${text}\u200B`),
      );
    case 'huge':
      return fc.constantFrom(HUGE, HUGE_UNICODE);
    case 'garbage':
      return anyText;
    case 'random':
      return fc.oneof(anyText, plainText(name, pool));
    case 'valid':
    case 'numbers':
    case 'dates':
    case 'cursors':
      return plainText(name, pool);
  }
}

function idValue(pool: FuzzPool, theme: Theme, kind: IdKind | null): fc.Arbitrary<unknown> {
  const real = pick((kind && pool.ids[kind]) || Object.values(pool.ids).flat()) ?? fc.uuid();
  if (theme === 'garbage') return fc.oneof(anyText, fc.integer(), fc.constantFrom(...HOSTILE_STRINGS));
  if (theme === 'random')
    return fc.oneof(
      { weight: 3, arbitrary: real },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: anyText },
    );
  if (theme === 'nul')
    return fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: real.map((id) => `${id}\0`) });
  if (theme === 'huge')
    return fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: fc.constant(HUGE) });
  return fc.oneof({ weight: 4, arbitrary: real }, { weight: 1, arbitrary: fc.uuid() });
}

function intValue(theme: Theme): fc.Arbitrary<unknown> {
  if (theme === 'numbers' || theme === 'random') return anyInt;
  if (theme === 'garbage') return fc.oneof(anyInt, wrongKind);
  return fc.integer({ min: 1, max: 20 });
}

function dateValue(theme: Theme): fc.Arbitrary<unknown> {
  if (theme === 'dates')
    return fc.oneof(
      fc.constantFrom(...OUT_OF_RANGE_DATES),
      fc.constantFrom(8.64e15, -8.64e15, 1e20, 2 ** 53),
    );
  if (theme === 'garbage' || theme === 'random') {
    return fc.oneof(
      fc.constantFrom(...DATE_STRINGS),
      fc.integer(),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    );
  }
  return fc.oneof(
    fc.constantFrom('2024-05-01T10:00:00Z', '2020-01-01', '1970-01-01T00:00:00.000Z'),
    fc.date({ min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString()),
  );
}

function scalarValue(
  type: GraphQLNamedType,
  argName: string,
  pool: FuzzPool,
  theme: Theme,
): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return idValue(pool, theme, idKindOf(argName, pool.field ?? ''));
    case 'String':
      return stringFor(argName, pool, theme);
    case 'Int':
      return intValue(theme);
    case 'Float':
      return theme === 'numbers' || theme === 'random'
        ? fc.oneof(fc.double({ noNaN: true }), anyInt)
        : fc.double({ min: 0, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dateValue(theme);
    default:
      return stringFor(argName, pool, theme);
  }
}

const isLoose = (theme: Theme) => theme === 'garbage' || theme === 'random';

/** Loose themes leave optional arguments out at times; the others send every one, so each carries its theme. */
function requiredKeys(fields: readonly { name: string; type: GraphQLInputType }[], theme: Theme): string[] {
  return fields.filter((field) => !isLoose(theme) || isNonNullType(field.type)).map((field) => field.name);
}

/** Values for one input type; `depth` bounds recursive input objects. */
export function valueFor(
  type: GraphQLInputType,
  argName: string,
  pool: FuzzPool,
  theme: Theme,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = valueFor(type.ofType, argName, pool, theme, depth);
    return isLoose(theme)
      ? fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: wrongKind })
      : value;
  }
  const inner = nullableValue(type, argName, pool, theme, depth);
  return isLoose(theme)
    ? fc.oneof(
        { weight: 6, arbitrary: inner },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: wrongKind },
      )
    : fc.oneof({ weight: 6, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
}

function nullableValue(
  type: GraphQLInputType,
  argName: string,
  pool: FuzzPool,
  theme: Theme,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueFor(type.ofType, argName, pool, theme, depth + 1);
    // 5,000 copies of one valid item: a huge list, not a list of huge items (5,000 × 200 kB would not fit in a request).
    if (theme === 'huge') {
      return valueFor(type.ofType, argName, pool, 'valid', depth + 1).map((value) =>
        Array.from({ length: 5_000 }, () => value),
      );
    }
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      ...(isLoose(theme) ? [{ weight: 1, arbitrary: item }] : []),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(
      fields.map((field) => [field.name, valueFor(field.type, field.name, pool, theme, depth + 1)]),
    );
    return fc.record(shape, { requiredKeys: requiredKeys(fields, theme) });
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((value) => value.name));
    return isLoose(theme)
      ? fc.oneof({ weight: 4, arbitrary: values }, { weight: 1, arbitrary: anyText })
      : values;
  }
  if (isScalarType(type)) return scalarValue(type, argName, pool, theme);
  return anyText;
}

/** One variable of a fuzz document: the argument it feeds (its type and name drive the values). */
export interface FuzzVariable {
  name: string;
  arg: GraphQLArgument;
}

/** Values for every variable; in the loose themes nullable ones are sometimes left out. */
export function argumentsFor(
  variables: readonly FuzzVariable[],
  basePool: FuzzPool,
  theme: Theme,
  field: string,
): fc.Arbitrary<Record<string, unknown>> {
  const pool = { ...basePool, field };
  const shape = Object.fromEntries(
    variables.map(({ name, arg }) => [name, valueFor(arg.type, arg.name, pool, theme)]),
  );
  const required = variables
    .filter(({ arg }) => !isLoose(theme) || isNonNullType(arg.type))
    .map(({ name }) => name);
  return fc.record(shape, { requiredKeys: required });
}

/** A theme, then arguments in that theme: what the property runs on. */
export function casesFor(
  variables: readonly FuzzVariable[],
  pool: FuzzPool,
  field: string,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...THEMES).chain((theme) => argumentsFor(variables, pool, theme, field));
}

/** `(a: $prefix_a, b: $prefix_b)` for a field's arguments, recording each variable. */
function passArguments(
  field: GraphQLField<unknown, unknown>,
  prefix: string,
  variables: FuzzVariable[],
): string {
  if (field.args.length === 0) return '';
  const passed = field.args.map((arg) => {
    const name = prefix ? `${prefix}_${arg.name}` : arg.name;
    variables.push({ name, arg });
    return `${arg.name}: $${name}`;
  });
  return `(${passed.join(', ')})`;
}

/**
 * A small selection of a field's result: `__typename`, its scalar fields, and one level of nested
 * objects (their scalars). Fields that take arguments get them as variables too (`comments_after`), so
 * nested lists (`entry { comments(first, after) }`) are fuzzed with the root field. Small enough to
 * stay under the cost and depth limits, so requests execute rather than fail validation.
 */
export function selectionFor(
  type: GraphQLOutputType,
  variables: FuzzVariable[],
  prefix = '',
  depth = 0,
): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    const path = prefix ? `${prefix}_${field.name}` : field.name;
    if (isLeafType(getNamedType(field.type)))
      parts.push(`${field.name}${passArguments(field, path, variables)}`);
    else if (depth < 1) {
      const args = passArguments(field, path, variables);
      parts.push(`${field.name}${args} ${selectionFor(field.type, variables, path, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

export interface FuzzOperation {
  kind: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  variables: FuzzVariable[];
  document: string;
}

/** One document per root field, every argument (nested ones included) passed as a variable of its declared type. */
export function operationsOf(schema: GraphQLSchema): FuzzOperation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const variables: FuzzVariable[] = [];
      const passed = passArguments(field, '', variables);
      const selection = selectionFor(field.type, variables);
      const declared = variables.map(({ name, arg }) => `$${name}: ${String(arg.type)}`).join(', ');
      const document = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed} ${selection} }`;
      return { kind, field, variables, document };
    }),
  );
}
