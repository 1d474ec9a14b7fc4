export {
  PersonalDataOverview,
  personalDataToCsv,
  personalDataToJson,
  type PersonalDataCategory,
  type PersonalDataItem,
  type PersonalDataOverviewProps,
  type PersonalDataRequest,
  type PersonalDataRequestType,
} from './PersonalDataOverview';
