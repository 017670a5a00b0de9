// PostGraphile 5 declares Node.js 22 (engines) and uses Promise.withResolvers, new in Node 22; this
// machine, like the project, runs Node 20. The peer's process gets that one function, as Node 22 defines it.
const promises = Promise as unknown as { withResolvers?: () => unknown };
promises.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};
export {};
