/**
 * The default of an exhaustive `switch`: the compiler names every case that was forgotten. At run
 * time (data from outside, such as a row a newer version wrote) it throws `refusal`'s error if
 * given, else a plain one.
 */
export function assertUnreachable(value: never, refusal?: (value: unknown) => Error): never {
  throw refusal ? refusal(value) : new Error(`unreachable: ${JSON.stringify(value)}`);
}
