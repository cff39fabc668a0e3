export { DEFAULT_BOXES } from './box-catalogue';
export { FILL_FACTOR, suggestBox, type BoxSuggestion, type PackItem } from './suggest-box';
export {
  roomOnLine,
  verifyPackScan,
  type PackScanVerdict,
  type PackVerifyLine,
} from './verify-pack';
export {
  packCallouts,
  type PackCalloutKind,
  type PackCalloutOptions,
  type PackCalloutText,
} from './pack-callouts';
export { formatWeight } from './parcel-measures';
