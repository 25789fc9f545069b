/** Helpers for declaring API methods: a params schema and a phantom result type. */
import { z } from 'zod';

/** A phantom that carries a result type; results are built by the core, so they need no runtime schema. */
export function returns<T>(): T {
  return undefined as T;
}

export const noParams = z.strictObject({}).default({});

export interface MethodSpec {
  params: z.ZodType;
  result: unknown;
}
