import type { HandlerMap } from '../../contract/handler-map';
import type { SessionService } from './session-service';

export function createSessionHandlers(
  session: SessionService,
): HandlerMap<'session.get' | 'session.people' | 'session.signIn' | 'session.signOut'> {
  return {
    'session.get': () => session.current(),
    'session.people': () => session.people(),
    'session.signIn': (input) => session.signIn(input),
    'session.signOut': async () => {
      await session.signOut();
      return null;
    },
  };
}
