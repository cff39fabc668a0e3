import type { z } from 'zod';
import type { methods } from './methods';
import type { topics } from './topics';

type Methods = typeof methods;
type Topics = typeof topics;

export type MethodName = Extract<keyof Methods, string>;
/** What a caller may pass (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives after validation (defaults applied). */
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export type TopicName = Extract<keyof Topics, string>;
export type TopicPayload<T extends TopicName> = z.output<Topics[T]>;
