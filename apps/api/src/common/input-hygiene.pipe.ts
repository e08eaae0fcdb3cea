import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from './errors.js';

/** GraphQL input nesting is shallow; deeper than this is not an argument any operation takes. */
const MAX_DEPTH = 32;
/** A UTF-16 surrogate without its other half (String.prototype.isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuse(path: string, problem: string): never {
  throw new AppError('BAD_USER_INPUT', `${path}: ${problem}`, { field: path });
}

function checkText(value: string, path: string): void {
  if (value.includes('\0')) refuse(path, 'must not contain NUL characters');
  if (LONE_SURROGATE.test(value)) refuse(path, 'must be valid Unicode text (a lone surrogate was sent)');
}

function walk(value: unknown, path: string, depth: number): void {
  if (typeof value === 'string') return checkText(value, path);
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (depth > MAX_DEPTH) refuse(path, 'is nested too deeply');
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, depth + 1);
}

/**
 * Every GraphQL argument, before any resolver sees it: text that PostgreSQL cannot store (NUL) or that
 * is not Unicode (lone UTF-16 surrogates, which would be stored as U+FFFD or break URL encoding) is
 * refused with BAD_USER_INPUT naming the argument (`input.note: …`). One place for every string
 * argument, present and future; field-specific rules (names, free text) live in validation.ts.
 */
@Injectable()
export class InputHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // `@Args()` reaches pipes as 'body' (GqlParamtype.ARGS and RouteParamtypes.BODY are both 3); the
    // viewer, context and parent are 'custom' and pass untouched. No REST controller here takes a body.
    if (metadata.type !== 'body') return value;
    walk(value, metadata.data ?? '', 0);
    return value;
  }
}
