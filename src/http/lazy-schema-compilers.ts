import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify compiles every route's validation and response schemas before the server listens:
 * about half a second for this API, most of a start. These are Fastify's own compilers (the
 * same Ajv settings, the same fast-json-stringify), each compiled the first time its route
 * needs it, or by `warmUp()` soon after the server listens, so a schema that does not compile
 * is still reported within moments of a start rather than at its first request.
 */
export interface LazySchemaCompilers {
  readonly compilersFactory: {
    buildValidator: ReturnType<typeof AjvCompiler>;
    buildSerializer: ReturnType<typeof SerializerSelector>;
  };
  /** Compiles what is still waiting, one schema per turn of the event loop. */
  warmUp(onError: (error: unknown) => void): void;
}

export function lazySchemaCompilers(): LazySchemaCompilers {
  const pending = new Set<() => void>();
  const later = <F extends (...args: never[]) => unknown>(build: () => F): F => {
    let compiled: F | undefined;
    const compile = () => {
      compiled ??= build();
      pending.delete(compile);
      return compiled;
    };
    pending.add(compile);
    const run = (...args: Parameters<F>) => {
      const fn = compile();
      const result = fn(...args);
      // Fastify reads a validator's `errors` after a failed call, as Ajv leaves them there.
      (run as { errors?: unknown }).errors = (fn as { errors?: unknown }).errors;
      return result;
    };
    return run as unknown as F;
  };

  const validators = AjvCompiler();
  const serializers = SerializerSelector();
  const buildValidator: ReturnType<typeof AjvCompiler> = (externalSchemas, options) => {
    const compileRoute = validators(externalSchemas, options);
    return (route) => later(() => compileRoute(route));
  };
  const buildSerializer: ReturnType<typeof SerializerSelector> = (externalSchemas, options) => {
    const compileRoute = serializers(externalSchemas, options);
    return (route) => later(() => compileRoute(route));
  };
  return {
    compilersFactory: { buildValidator, buildSerializer },
    warmUp(onError) {
      const next = () => {
        const [compile] = pending;
        if (!compile) return;
        try {
          compile();
        } catch (error) {
          pending.delete(compile);
          onError(error);
        }
        setImmediate(next).unref();
      };
      setImmediate(next).unref();
    },
  };
}
