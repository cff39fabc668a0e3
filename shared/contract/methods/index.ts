import { joinMethodMaps } from '../define';
import { deviceMethods } from './devices';
import { diagnosticsMethods } from './diagnostics';
import { enrolmentSessionMethods } from './enrolment-session';
import { floorMethods } from './floor';
import { inventorySyncMethods } from './inventory-sync';
import { printerMethods } from './printers';
import { settingsMethods } from './settings';
import { shipMethods } from './ship';
import { stationMethods } from './station';

/** Every station method, declared once. Both transports and the renderer client use this. */
export const methods = joinMethodMaps(
  stationMethods,
  settingsMethods,
  diagnosticsMethods,
  deviceMethods,
  enrolmentSessionMethods,
  inventorySyncMethods,
  floorMethods,
  printerMethods,
  shipMethods,
);
