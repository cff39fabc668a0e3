export { ShippingError, SHIPPING_ERROR_CODES, type ShippingErrorCode } from './shipping-error';
export {
  LocalTimeSchema,
  RateCardSchema,
  RateCardServiceSchema,
  RateCardZoneSchema,
  WeightBandSchema,
  normalisePostcode,
  type RateCard,
  type RateCardService,
  type RateCardZone,
  type WeightBand,
} from './rate-card';
export { matchZone, type Destination } from './zone-match';
export {
  ParcelSchema,
  quoteRateCard,
  type Parcel,
  type ServiceQuote,
  type ServiceQuoteResult,
  type ServiceRefusal,
} from './quote-rate-card';
export {
  ConsignmentRangeSchema,
  formatConsignmentNumber,
  needsRefill,
  refillRange,
  remaining,
  takeConsignmentNumber,
  type ConsignmentRange,
} from './consignment-range';
export {
  MIN_OVERRIDE_REASON_LENGTH,
  SERVICE_LEVELS,
  SERVICE_LEVEL_MAX_TRANSIT_DAYS,
  ServiceLevelSchema,
  ServiceOverrideSchema,
  chooseService,
  overrideService,
  type ChooseServiceInput,
  type ServiceChoice,
  type ServiceLevel,
  type ServiceOverride,
} from './choose-service';
export {
  TRACKING_STATES,
  TRACKING_STATE_NAMES,
  TrackingStateSchema,
  type TrackingState,
} from './tracking-state';
