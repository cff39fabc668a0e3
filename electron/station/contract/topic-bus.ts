import { topics, WharfError } from '../../../shared/contract';
import type { TopicName, TopicPayload } from '../../../shared/contract';

export type TopicListener = (payload: unknown) => void;

export interface TopicBus {
  publish<T extends TopicName>(topic: T, payload: TopicPayload<T>): void;
  /** Throws UNKNOWN_TOPIC for a name the contract does not declare. */
  subscribe(topic: string, listener: TopicListener): () => void;
}

export function isTopicName(name: string): name is TopicName {
  return Object.hasOwn(topics, name);
}

export function createTopicBus(onListenerError: (error: unknown) => void): TopicBus {
  const listeners = new Map<string, Set<TopicListener>>();
  return {
    publish(topic, payload) {
      // Checked here so a backend bug cannot push a shape the contract does not promise.
      const parsed = topics[topic].parse(payload);
      for (const listener of listeners.get(topic) ?? []) {
        try {
          listener(parsed);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(topic, listener) {
      if (!isTopicName(topic)) {
        throw new WharfError('UNKNOWN_TOPIC', `There is no push topic called "${topic}"`, {
          topic,
        });
      }
      let set = listeners.get(topic);
      if (!set) {
        set = new Set();
        listeners.set(topic, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
