import type { HandlerMap } from '../../contract/handler-map';
import type { TopicBus } from '../../contract/topic-bus';
import type { SettingsService } from './settings-service';

export function createSettingsHandlers(deps: {
  settings: SettingsService;
  bus: TopicBus;
  onStationRenamed: () => Promise<void>;
}): HandlerMap<'settings.get' | 'settings.update'> {
  const { settings, bus } = deps;
  return {
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const before = await settings.get();
      // Until people sign in (sync issue), changes are attributed to the station itself.
      const after = await settings.update(patch, 'station');
      if (after.updatedAt !== before.updatedAt) {
        bus.publish('settings.changed', after);
        if (after.stationName !== before.stationName) await deps.onStationRenamed();
      }
      return after;
    },
  };
}
