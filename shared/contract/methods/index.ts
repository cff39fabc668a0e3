import { joinMethodMaps } from '../define';
import { diagnosticsMethods } from './diagnostics';
import { settingsMethods } from './settings';
import { stationMethods } from './station';

/** Every station method, declared once. Both transports and the renderer client use this. */
export const methods = joinMethodMaps(stationMethods, settingsMethods, diagnosticsMethods);
