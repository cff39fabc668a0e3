import { describe, expect, it } from 'vitest';
import { topics } from '../../shared/contract';
import { createTopicBus } from '../station/contract/topic-bus';
import { forwardTopics } from './push-forwarding';
import type { Subscribe } from './push-forwarding';

function fakeBus() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (topic, listener) => {
    const set = listeners.get(topic) ?? new Set();
    listeners.set(topic, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  const publish = (topic: string, payload: unknown) => {
    for (const listener of listeners.get(topic) ?? []) listener(payload);
  };
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { subscribe, publish, count };
}

describe('forwardTopics', () => {
  it('subscribes once per topic and forwards topic and payload', () => {
    const bus = fakeBus();
    const sent: [string, unknown][] = [];
    forwardTopics(bus.subscribe, ['a', 'b'], (topic, payload) => sent.push([topic, payload]));
    expect(bus.count()).toBe(2);
    bus.publish('b', { n: 1 });
    bus.publish('a', 'x');
    bus.publish('c', 'ignored');
    expect(sent).toEqual([
      ['b', { n: 1 }],
      ['a', 'x'],
    ]);
  });

  it('unsubscribes everything when stopped', () => {
    const bus = fakeBus();
    const sent: unknown[] = [];
    const stop = forwardTopics(bus.subscribe, ['a', 'b'], (_topic, payload) => sent.push(payload));
    stop();
    bus.publish('a', 1);
    expect(sent).toEqual([]);
    expect(bus.count()).toBe(0);
  });

  it('accepts every topic the contract declares on the real topic bus', () => {
    const bus = createTopicBus(() => {});
    expect(() =>
      forwardTopics(
        (t, l) => bus.subscribe(t, l),
        Object.keys(topics),
        () => {},
      ),
    ).not.toThrow();
  });
});
