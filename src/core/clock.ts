/** "Now", injected: tests and benchmarks pin it, views never call `new Date()` themselves. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
