export * from './personalDataExport';
export {
  PersonalDataOverview,
  type PersonalDataOverviewProps,
  type PersonalDataRequest,
  type PersonalDataRequestType,
} from './PersonalDataOverview';
