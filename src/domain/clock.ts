/** Business code never reads the time itself: it is given a clock, so tests can move time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
