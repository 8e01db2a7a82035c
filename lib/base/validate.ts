/**
 * Tiny structural validators for data that crosses a trust boundary (messages
 * from content scripts, imported files). Each returns the value typed or throws
 * a ValidationError whose message names the offending path.
 */

export class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'value'}: ${problem}`);
    this.name = 'ValidationError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

export const string =
  (maxLength = 10_000_000): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') throw new ValidationError(path, 'expected a string');
    if (value.length > maxLength) throw new ValidationError(path, `longer than ${maxLength} characters`);
    return value;
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null || value === undefined ? null : check(value, path);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

export const number =
  (min = -Infinity, max = Infinity): Check<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ValidationError(path, 'expected a number');
    if (value < min || value > max) throw new ValidationError(path, `out of range [${min}, ${max}]`);
    return value;
  };

export const integer =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (value, path) => {
    const n = number(min, max)(value, path);
    if (!Number.isInteger(n)) throw new ValidationError(path, 'expected an integer');
    return n;
  };

export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ValidationError(path, 'expected true or false');
  return value;
};

export const literal =
  <T extends string>(...allowed: T[]): Check<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(allowed as string[]).includes(value))
      throw new ValidationError(path, `expected one of ${allowed.join(', ')}`);
    return value as T;
  };

export const array =
  <T>(check: Check<T>, maxItems = 100_000): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new ValidationError(path, 'expected a list');
    if (value.length > maxItems) throw new ValidationError(path, `more than ${maxItems} items`);
    return value.map((item, i) => check(item, `${path}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly these keys checked; unknown keys are dropped, not copied. */
export const object =
  <S extends Shape>(shape: S): Check<FromShape<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ValidationError(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (checked !== undefined) out[key] = checked;
    }
    return out as FromShape<S>;
  };

export const httpUrl: Check<string> = (value, path) => {
  const text = string(8192)(value, path);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ValidationError(path, 'not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ValidationError(path, 'only http and https pages are supported');
  return text;
};
