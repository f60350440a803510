/** The default of an exhaustive `switch`: the compiler names every case that was forgotten. */
export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
