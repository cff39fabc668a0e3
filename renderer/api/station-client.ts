import { methods, topics } from '../../shared/contract';
import type {
  MethodInput,
  MethodName,
  MethodOutput,
  TopicName,
  TopicPayload,
} from '../../shared/contract';
import { StationCallError } from './station-call-error';
import type { LinkState, StationTransport, TransportKind } from './transport';

export interface StationClient {
  readonly transportKind: TransportKind;
  /** Resolves with the method's output or throws a StationCallError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<T extends TopicName>(topic: T, listener: (payload: TopicPayload<T>) => void): () => void;
  // Properties, not methods: React's useSyncExternalStore takes them detached from the client.
  linkState: () => LinkState;
  onLinkState: (listener: (state: LinkState) => void) => () => void;
}

const NOT_UNDERSTOOD =
  'The station backend answered in a way this screen does not understand. Tell your supervisor; Wharf may need updating.';

export function createStationClient(
  transport: StationTransport,
  warn: (message: string, detail?: unknown) => void = (message, detail) =>
    console.warn(message, detail),
): StationClient {
  return {
    transportKind: transport.kind,

    async call(method, input) {
      const result = await transport.invoke(method, input);
      if (!result.ok) throw new StationCallError(method, result.error);
      // Checked here too so a backend and renderer from different versions fail with a clear
      // message at the boundary instead of a confusing crash deep inside a screen.
      const parsed = methods[method].output.safeParse(result.value);
      if (!parsed.success) {
        warn(`station answered ${method} with an unexpected shape`, parsed.error.issues);
        throw new StationCallError(method, {
          code: 'INTERNAL',
          message: NOT_UNDERSTOOD,
          details: { method },
        });
      }
      // TypeScript widens a generic lookup into the union of every output; the schema is the
      // one declared for M, so the narrower type is the truth.
      return parsed.data as MethodOutput<typeof method>;
    },

    on(topic, listener) {
      const schema = topics[topic];
      return transport.subscribe(topic, (payload) => {
        const parsed = schema.safeParse(payload);
        // Same widening as in call(): this schema is the one declared for T.
        if (parsed.success) listener(parsed.data as TopicPayload<typeof topic>);
        else warn(`station pushed ${topic} with an unexpected shape`, parsed.error.issues);
      });
    },

    linkState: () => transport.linkState(),
    onLinkState: (listener) => transport.onLinkState(listener),
  };
}
