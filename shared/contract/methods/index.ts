import { joinMethodMaps } from '../define';
import { diagnosticsMethods } from './diagnostics';
import { enrolmentSessionMethods } from './enrolment-session';
import { inventorySyncMethods } from './inventory-sync';
import { settingsMethods } from './settings';
import { stationMethods } from './station';

/** Every station method, declared once. Both transports and the renderer client use this. */
export const methods = joinMethodMaps(
  stationMethods,
  settingsMethods,
  diagnosticsMethods,
  enrolmentSessionMethods,
  inventorySyncMethods,
);
