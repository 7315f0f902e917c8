/** A rate limit: up to `capacity` uses in a burst, then one more every `refillMs` (`now` passed in). */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number | undefined;

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
  ) {
    this.tokens = capacity;
  }

  /** Takes one use if one is left at `now`. */
  take(now: number): boolean {
    if (this.updatedAt !== undefined) this.tokens = Math.min(this.capacity, this.tokens + Math.max(0, now - this.updatedAt) / this.refillMs);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
