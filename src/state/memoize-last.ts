/**
 * Remembers the last call: the same arguments (by identity) return the same result, so every
 * component that asks for, say, the filtered plots shares one computation and one array.
 */
export function memoizeLast<Arguments extends unknown[], Result>(compute: (...args: Arguments) => Result): (...args: Arguments) => Result {
  let lastArguments: Arguments | null = null;
  let lastResult: Result;
  return (...args) => {
    if (lastArguments !== null && lastArguments.length === args.length && lastArguments.every((value, position) => value === args[position])) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArguments = args;
    return lastResult;
  };
}
