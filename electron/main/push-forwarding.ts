export type Subscribe = (topic: string, listener: (payload: unknown) => void) => () => void;
export type SendPush = (topic: string, payload: unknown) => void;

/**
 * Main holds one subscription per topic for the whole app and fans pushes out to windows, so a
 * renderer reload or a second window never adds listeners on the station's bus.
 */
export function forwardTopics(
  subscribe: Subscribe,
  topicNames: readonly string[],
  send: SendPush,
): () => void {
  const unsubscribers = topicNames.map((topic) =>
    subscribe(topic, (payload) => send(topic, payload)),
  );
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
