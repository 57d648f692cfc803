// Bring your own organization: file text → CSV rows → columns → a checked org chart →
// the two networks; and the compact text that carries it in a link.
export { decodeText } from './fileText.ts';
export { readCsv } from './csv.ts';
export { guessMapping } from './columns.ts';
export {
  MAX_IMPORTED_PEOPLE,
  orgChartFromRows,
  parseOrgChart,
  tiesFromRows,
  type ColumnMapping,
  type OrgChart,
  type Parsed,
} from './orgChart.ts';
export { orgHierarchy, orgPeers } from './orgNetworks.ts';
export { decodeOrg, encodeOrg } from './orgCodec.ts';
