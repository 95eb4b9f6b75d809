/**
 * Renders in turn, a few at a time, first come first served.
 *
 * Why: libuv accepts one new connection per turn of the event loop. A page rendered from
 * SQLite runs start to finish without giving the loop back (the driver is synchronous), so
 * when 32 requests are read in one turn, that turn lasts 32 renders, and a reader on a new
 * connection waits one such turn for every connection ahead of it: seconds, under load.
 * Here at most `limit` renders run at once and each next one starts from `setImmediate`, in
 * a later turn: turns stay short, new connections are accepted at once, and every request
 * waits its place in one queue — the slowest about as slow as the median.
 */
interface Place {
  state: 'waiting' | 'running' | 'left';
  wake: () => void;
}

export class RenderQueue {
  private running = 0;
  /** Renders started since the last turn of the loop began: at most `limit` a turn. */
  private startedThisTurn = 0;
  private pumpScheduled = false;
  private readonly waiting: Place[] = [];

  constructor(private readonly limit: number) {}

  /**
   * A place in the queue: `ready` resolves when the render may start; `leave` gives the place
   * up — when the render has ended, or when the request went away while it waited.
   */
  enter(): { ready: Promise<void>; leave: () => void } {
    const place: Place = { state: 'running', wake: () => undefined };
    let ready = Promise.resolve();
    if (this.waiting.length === 0 && this.canStart()) {
      this.start();
    } else {
      place.state = 'waiting';
      ready = new Promise((resolve) => (place.wake = resolve));
      this.waiting.push(place);
      this.schedulePump();
    }
    const leave = () => {
      if (place.state === 'waiting') {
        this.waiting.splice(this.waiting.indexOf(place), 1);
      } else if (place.state === 'running') {
        this.running -= 1;
        this.schedulePump();
      }
      place.state = 'left';
    };
    return { ready, leave };
  }

  get queued(): number {
    return this.waiting.length;
  }

  private canStart(): boolean {
    return this.running < this.limit && this.startedThisTurn < this.limit;
  }

  private start(): void {
    this.running += 1;
    this.startedThisTurn += 1;
    this.schedulePump();
  }

  /**
   * Once a turn, after the loop has accepted and read (`setImmediate` runs after the poll
   * phase), lets the next waiters start — as many as free places, at most `limit`.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.startedThisTurn = 0;
      for (let place = this.waiting[0]; place && this.canStart(); place = this.waiting[0]) {
        this.waiting.shift();
        this.start();
        place.state = 'running';
        place.wake();
      }
    });
  }
}
