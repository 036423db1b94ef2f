/** Awaits a promise that must fail with one of our errors, and returns it. */
import { expect } from '@jest/globals';
import { AppError } from '../../core/errors.js';

export async function expectAppError(promise: Promise<unknown>, id: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).id).toBe(id);
  return error as AppError;
}
