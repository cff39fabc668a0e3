type Listener = (payload: unknown) => void;

/**
 * Who listens to which topic. Each subscription is its own entry, so one function subscribed
 * twice is delivered twice and removed once per unsubscribe, like addEventListener is not.
 */
export class TopicListeners {
  readonly #byTopic = new Map<string, Set<{ listener: Listener }>>();
  readonly #onListenerError: (topic: string, error: unknown) => void;

  constructor(onListenerError: (topic: string, error: unknown) => void) {
    this.#onListenerError = onListenerError;
  }

  /** `first` is true when this topic had no listener before, i.e. the backend must be told. */
  add(topic: string, listener: Listener): { first: boolean; remove: () => boolean } {
    let entries = this.#byTopic.get(topic);
    const first = entries === undefined;
    if (!entries) {
      entries = new Set();
      this.#byTopic.set(topic, entries);
    }
    const entry = { listener };
    entries.add(entry);
    let removed = false;
    return {
      first,
      // Answers true when that was the topic's last listener.
      remove: () => {
        if (removed) return false;
        removed = true;
        const current = this.#byTopic.get(topic);
        if (!current) return false;
        current.delete(entry);
        if (current.size > 0) return false;
        this.#byTopic.delete(topic);
        return true;
      },
    };
  }

  topics(): string[] {
    return [...this.#byTopic.keys()];
  }

  deliver(topic: string, payload: unknown): void {
    const entries = this.#byTopic.get(topic);
    if (!entries) return;
    for (const { listener } of [...entries]) {
      // One broken screen must not stop the others from hearing about a change.
      try {
        listener(payload);
      } catch (error) {
        this.#onListenerError(topic, error);
      }
    }
  }
}
