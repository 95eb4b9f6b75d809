import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { RenderQueue } from './render-queue.js';

describe('render queue', () => {
  it('starts at most its limit a turn, first come first served', async () => {
    const queue = new RenderQueue(2);
    const started: number[] = [];
    const places = Array.from({ length: 6 }, (_, i) => {
      const place = queue.enter();
      void place.ready.then(() => started.push(i));
      return place;
    });
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    // Nothing more while both places are taken, however many turns go by.
    await nextTurn();
    expect(started).toEqual([0, 1]);
    places[0]?.leave();
    places[1]?.leave();
    await nextTurn();
    await nextTurn();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.queued).toBe(2);
  });

  it('gives up the place of a request that went away while it waited', async () => {
    const queue = new RenderQueue(1);
    const first = queue.enter();
    const gone = queue.enter();
    const third = queue.enter();
    let thirdStarted = false;
    void third.ready.then(() => (thirdStarted = true));
    gone.leave();
    expect(queue.queued).toBe(1);
    first.leave();
    first.leave();
    await nextTurn();
    await nextTurn();
    expect(thirdStarted).toBe(true);
    // Leaving twice freed one place, not two.
    const fourth = queue.enter();
    let fourthStarted = false;
    void fourth.ready.then(() => (fourthStarted = true));
    await nextTurn();
    await nextTurn();
    expect(fourthStarted).toBe(false);
  });
});
